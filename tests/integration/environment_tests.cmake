# Environments against real services: the keychain through a private Secret Service.
casedesk_add_test(tst_secretstore_keyring SOURCES tst_secretstore_keyring.cpp LIBS casedesk_core INTEGRATION
                  WRAPPER ${PROJECT_SOURCE_DIR}/tests/support/with-keyring.sh)
# The proxy preference reaching the network layer, and preferences across a restart (the proxy password in a
# private keyring).
casedesk_add_test(tst_proxypreference SOURCES tst_proxypreference.cpp RecordingProxy.h LIBS casedesk_app Qt6::Network
                  WRAPPER ${PROJECT_SOURCE_DIR}/tests/support/with-keyring.sh INTEGRATION)
# No secret or token in settings, files or the log after sign-in, token refreshes and errors.
casedesk_add_test(tst_nosecretleaks SOURCES tst_nosecretleaks.cpp RecordingProxy.h LIBS casedesk_app Qt6::Network
                  WRAPPER ${PROJECT_SOURCE_DIR}/tests/support/with-keyring.sh INTEGRATION)
# A case, a draft and an outbox item made in one environment are invisible in another.
casedesk_add_test(tst_environmentisolation SOURCES tst_environmentisolation.cpp LIBS casedesk_app
                  WRAPPER ${PROJECT_SOURCE_DIR}/tests/support/with-keyring.sh INTEGRATION)
