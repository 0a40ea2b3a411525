casedesk_add_test(tst_apiclient SOURCES tst_apiclient.cpp LIBS casedesk_core Qt6::Network INTEGRATION)
casedesk_add_test(tst_redirectsandcaps SOURCES tst_redirectsandcaps.cpp RecordingProxy.h
                  LIBS casedesk_core casedesk_testserver LABELS network)
