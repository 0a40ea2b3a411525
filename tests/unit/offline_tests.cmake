# Drafts and the outbox: values, persistence, the sender over a fake server, connectivity and autosave.
casedesk_add_test(tst_draftstore SOURCES tst_draftstore.cpp OfflineFixtures.h LIBS casedesk_core Qt6::Sql)
casedesk_add_test(tst_outbox SOURCES tst_outbox.cpp OfflineFixtures.h LIBS casedesk_core Qt6::Sql)
casedesk_add_test(tst_outboxsender SOURCES tst_outboxsender.cpp FakeOutboxServer.h OfflineFixtures.h
                  LIBS casedesk_core Qt6::Sql)
casedesk_add_test(tst_connectivitymonitor SOURCES tst_connectivitymonitor.cpp LIBS casedesk_core)
casedesk_add_test(tst_draftautosave SOURCES tst_draftautosave.cpp OfflineFixtures.h LIBS casedesk_core Qt6::Sql)
casedesk_add_test(tst_outboxchecks SOURCES tst_outboxchecks.cpp LIBS casedesk_core)
casedesk_add_test(tst_offlinemodels SOURCES tst_offlinemodels.cpp OfflineFixtures.h LIBS casedesk_core Qt6::Sql)
