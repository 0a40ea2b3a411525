# Environments against real services: the keychain through a private Secret Service.
casedesk_add_test(tst_secretstore_keyring SOURCES tst_secretstore_keyring.cpp LIBS casedesk_core
                  WRAPPER ${PROJECT_SOURCE_DIR}/tests/support/with-keyring.sh)
