# The wizard's validator and the sandbox must agree on every row of the bad-request table.
casedesk_add_test(tst_validationagreement SOURCES tst_validationagreement.cpp LIBS casedesk_core
                  INTEGRATION)
