casedesk_add_test(tst_newcasewizard SOURCES tst_newcasewizard.cpp tst_newcasewizard_driver.h
                  LIBS casedesk_ui casedesk_core GUI)
casedesk_add_test(tst_newcasewizard_submit SOURCES tst_newcasewizard_submit.cpp tst_newcasewizard_driver.h
                  LIBS casedesk_ui casedesk_core GUI)
casedesk_add_test(tst_newcasewizard_sandbox SOURCES tst_newcasewizard_sandbox.cpp tst_newcasewizard_driver.h
                  LIBS casedesk_ui casedesk_core Qt6::Sql GUI INTEGRATION)
casedesk_add_test(tst_newcasewizard_catalogue SOURCES tst_newcasewizard_catalogue.cpp tst_newcasewizard_driver.h
                  LIBS casedesk_ui casedesk_core GUI)
