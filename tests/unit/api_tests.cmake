# ApiClient's retry, token and timeout rules over a scripted network in the process (no sandbox).
casedesk_add_test(tst_apiclientrules SOURCES tst_apiclientrules.cpp LIBS casedesk_testfakes casedesk_core Qt6::Network)
