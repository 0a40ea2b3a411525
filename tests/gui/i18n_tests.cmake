# The app's screens in each translated language: one executable per language, since the language is read
# from the environment before the application starts.
foreach(language de fr)
    casedesk_add_test(tst_translatedscreens_${language} SOURCES tst_translatedscreens.cpp VisibleText.h VisibleText.cpp
                      KeyboardAudit.h KeyboardAudit.cpp
                      ${PROJECT_SOURCE_DIR}/tests/unit/TsCatalogue.h ${PROJECT_SOURCE_DIR}/tests/unit/TsCatalogue.cpp
                      LIBS casedesk_app GUI LABELS sandbox)
    target_include_directories(tst_translatedscreens_${language} PRIVATE ${PROJECT_SOURCE_DIR}/tests/unit)
    target_compile_definitions(tst_translatedscreens_${language} PRIVATE SCREEN_LANGUAGE="${language}")
endforeach()
casedesk_add_test(tst_keyboardaccess SOURCES tst_keyboardaccess.cpp KeyboardAudit.h KeyboardAudit.cpp
                  LIBS casedesk_app GUI LABELS sandbox)
