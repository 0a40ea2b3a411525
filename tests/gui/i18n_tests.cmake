casedesk_add_test(tst_germanscreens SOURCES tst_germanscreens.cpp VisibleText.h VisibleText.cpp
                  ${PROJECT_SOURCE_DIR}/tests/unit/TsCatalogue.h ${PROJECT_SOURCE_DIR}/tests/unit/TsCatalogue.cpp
                  LIBS casedesk_app GUI LABELS sandbox)
target_include_directories(tst_germanscreens PRIVATE ${PROJECT_SOURCE_DIR}/tests/unit)
casedesk_add_test(tst_keyboardaccess SOURCES tst_keyboardaccess.cpp KeyboardAudit.h KeyboardAudit.cpp
                  LIBS casedesk_app GUI LABELS sandbox)
