casedesk_add_test(tst_apiclient SOURCES tst_apiclient.cpp LIBS casedesk_core Qt6::Network INTEGRATION)
