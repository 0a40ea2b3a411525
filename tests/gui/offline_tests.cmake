# The offline parts of the window: banner, Drafts list, outbox view, note composer autosave.
casedesk_add_test(tst_offlineviews SOURCES tst_offlineviews.cpp
                  LIBS casedesk_testfakes casedesk_ui casedesk_core Qt6::Sql GUI)
casedesk_add_test(tst_wizarddrafts SOURCES tst_wizarddrafts.cpp tst_newcasewizard_driver.h
                  LIBS casedesk_testfakes casedesk_ui casedesk_core GUI)
casedesk_add_test(tst_offlineworkspace SOURCES tst_offlineworkspace.cpp
                  LIBS casedesk_testfakes casedesk_ui casedesk_core Qt6::Sql GUI)
