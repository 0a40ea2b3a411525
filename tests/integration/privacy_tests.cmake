# The local sandbox is not open to other local users (secret, Host header, connection cap, no lock-out).
casedesk_add_test(tst_localsandboxaccess SOURCES tst_localsandboxaccess.cpp LIBS casedesk_core INTEGRATION)
# Folders 0700 and files 0600 after a real run of the app and its sandbox, and under a permissive umask.
casedesk_add_test(tst_privatefiles SOURCES tst_privatefiles.cpp LIBS casedesk_app GUI INTEGRATION)
