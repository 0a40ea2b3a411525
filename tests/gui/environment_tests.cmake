# Environments, sign-in and preferences in the whole app, offscreen.
casedesk_add_test(tst_environmentmenu SOURCES tst_environmentmenu.cpp LIBS casedesk_app GUI INTEGRATION)
# Sign-in against the sandbox, with a private Secret Service (gnome-keyring in its own D-Bus session).
casedesk_add_test(tst_signin SOURCES tst_signin.cpp LIBS casedesk_app Qt6::Network GUI
                  WRAPPER ${PROJECT_SOURCE_DIR}/tests/support/with-keyring.sh INTEGRATION)
# The same without any keychain: asked once per run, kept in memory only.
casedesk_add_test(tst_signin_nokeychain SOURCES tst_signin_nokeychain.cpp LIBS casedesk_app GUI INTEGRATION)
casedesk_add_test(tst_traynotifier SOURCES tst_traynotifier.cpp
                  LIBS casedesk_testfakes casedesk_ui GUI)
