casedesk_add_test(tst_domainjson SOURCES tst_domainjson.cpp LIBS casedesk_core)
casedesk_add_test(tst_apierror SOURCES tst_apierror.cpp LIBS casedesk_core)
