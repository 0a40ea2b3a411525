# The local sandbox is not open to other local users (secret, Host header, connection cap, no lock-out).
casedesk_add_test(tst_localsandboxaccess SOURCES tst_localsandboxaccess.cpp LIBS casedesk_core INTEGRATION)
