# The case repository over the real API client and casedesk-sandbox on loopback.
casedesk_add_test(tst_caserepository SOURCES tst_caserepository.cpp LIBS casedesk_core LABELS sandbox integration)
if(TARGET casedesk-sandbox)
    add_dependencies(tst_caserepository casedesk-sandbox)
endif()
