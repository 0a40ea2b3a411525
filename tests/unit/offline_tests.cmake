# Drafts and the outbox: values, persistence, the sender over a fake server, connectivity and autosave.
casedesk_add_test(tst_draftstore SOURCES tst_draftstore.cpp OfflineFixtures.h LIBS casedesk_core Qt6::Sql)
casedesk_add_test(tst_outbox SOURCES tst_outbox.cpp OfflineFixtures.h LIBS casedesk_core Qt6::Sql)
casedesk_add_test(tst_outboxsender SOURCES tst_outboxsender.cpp FakeOutboxServer.h OfflineFixtures.h
                  LIBS casedesk_core Qt6::Sql)
