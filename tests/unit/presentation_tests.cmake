casedesk_add_test(tst_casefacts SOURCES tst_casefacts.cpp LIBS casedesk_core)
