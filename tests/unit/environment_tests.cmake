# Environments, preferences and the no-keychain fallback of the secret store.
casedesk_add_test(tst_environmentregistry SOURCES tst_environmentregistry.cpp LIBS casedesk_core)
casedesk_add_test(tst_preferences SOURCES tst_preferences.cpp LIBS casedesk_core)
casedesk_add_test(tst_viewstate SOURCES tst_viewstate.cpp LIBS casedesk_core)
casedesk_add_test(tst_secretstore_nokeychain SOURCES tst_secretstore_nokeychain.cpp LIBS casedesk_core)
# Where the app finds casedesk-sandbox: in the build folder and installed.
casedesk_add_test(tst_sandboxprogram SOURCES tst_sandboxprogram.cpp LIBS casedesk_core)
casedesk_add_test(tst_setting SOURCES tst_setting.cpp LIBS casedesk_core)
