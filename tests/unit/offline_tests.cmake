# Drafts and the outbox: values, persistence, the sender over a fake server, connectivity and autosave.
casedesk_add_test(tst_draftstore SOURCES tst_draftstore.cpp LIBS casedesk_testfakes casedesk_core Qt6::Sql)
casedesk_add_test(tst_outbox SOURCES tst_outbox.cpp LIBS casedesk_testfakes casedesk_core Qt6::Sql)
casedesk_add_test(tst_outboxsender SOURCES tst_outboxsender.cpp
                  LIBS casedesk_testfakes casedesk_core Qt6::Sql)
casedesk_add_test(tst_connectivitymonitor SOURCES tst_connectivitymonitor.cpp LIBS casedesk_core)
casedesk_add_test(tst_draftautosave SOURCES tst_draftautosave.cpp LIBS casedesk_testfakes casedesk_core Qt6::Sql)
casedesk_add_test(tst_outboxchecks SOURCES tst_outboxchecks.cpp LIBS casedesk_core)
casedesk_add_test(tst_offlinemodels SOURCES tst_offlinemodels.cpp LIBS casedesk_testfakes casedesk_core Qt6::Sql)
