casedesk_add_test(tst_casefacts SOURCES tst_casefacts.cpp LIBS casedesk_core)
casedesk_add_test(tst_textlinks SOURCES tst_textlinks.cpp LIBS casedesk_core)
