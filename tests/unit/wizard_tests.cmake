casedesk_add_test(tst_casedraft SOURCES tst_casedraft.cpp LIBS casedesk_core)
