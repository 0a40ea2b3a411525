# The outbox against the real sandbox, stopped and started again, with dropped answers; and the kill test.
casedesk_add_test(tst_outboxdelivery SOURCES tst_outboxdelivery.cpp LIBS casedesk_core LABELS sandbox integration)
if(TARGET casedesk-sandbox)
    add_dependencies(tst_outboxdelivery casedesk-sandbox)
endif()
