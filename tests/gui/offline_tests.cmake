# The offline parts of the window: banner, Drafts list, outbox view, note composer autosave.
casedesk_add_test(tst_offlineviews SOURCES tst_offlineviews.cpp ${PROJECT_SOURCE_DIR}/tests/unit/FakeOutboxServer.h
                  LIBS casedesk_ui casedesk_core Qt6::Sql GUI)
target_include_directories(tst_offlineviews PRIVATE ${PROJECT_SOURCE_DIR}/tests/unit)
casedesk_add_test(tst_wizarddrafts SOURCES tst_wizarddrafts.cpp tst_newcasewizard_driver.h
                  ${PROJECT_SOURCE_DIR}/tests/unit/FakeOutboxServer.h LIBS casedesk_ui casedesk_core GUI)
target_include_directories(tst_wizarddrafts PRIVATE ${PROJECT_SOURCE_DIR}/tests/unit)
casedesk_add_test(tst_offlineworkspace SOURCES tst_offlineworkspace.cpp
                  ${PROJECT_SOURCE_DIR}/tests/unit/FakeOutboxServer.h LIBS casedesk_ui casedesk_core Qt6::Sql GUI)
target_include_directories(tst_offlineworkspace PRIVATE ${PROJECT_SOURCE_DIR}/tests/unit)
