# The case repository over the real API client and casedesk-sandbox on loopback.
casedesk_add_test(tst_caserepository SOURCES tst_caserepository.cpp LIBS casedesk_core INTEGRATION)
