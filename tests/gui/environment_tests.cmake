# Environments, sign-in and preferences in the whole app, offscreen.
casedesk_add_test(tst_environmentmenu SOURCES tst_environmentmenu.cpp LIBS casedesk_app GUI INTEGRATION)
# Sign-in against the sandbox, with a private Secret Service (gnome-keyring in its own D-Bus session).
casedesk_add_test(tst_signin SOURCES tst_signin.cpp LIBS casedesk_app Qt6::Network GUI
                  WRAPPER ${PROJECT_SOURCE_DIR}/tests/support/with-keyring.sh INTEGRATION)
# The same without any keychain: asked once per run, kept in memory only.
casedesk_add_test(tst_signin_nokeychain SOURCES tst_signin_nokeychain.cpp LIBS casedesk_app GUI INTEGRATION)
# Case notifications over D-Bus, against a fake org.freedesktop.Notifications on a session bus of its own
# (the test starts dbus-daemon), the tray without it, and a click that opens the case in the whole app.
if(UNIX AND NOT APPLE) # where ui/ builds its D-Bus notifier
    casedesk_add_test(tst_desktopnotifications SOURCES tst_desktopnotifications.cpp LIBS casedesk_app Qt6::DBus
                      GUI INTEGRATION)
endif()
