# The app's screens in each translated language: one executable per language, since the language is read
# from the environment before the application starts.
foreach(language de fr)
    casedesk_add_test(tst_translatedscreens_${language} SOURCES tst_translatedscreens.cpp VisibleText.h VisibleText.cpp
                      KeyboardAudit.h KeyboardAudit.cpp
                      LIBS casedesk_testfakes casedesk_app GUI INTEGRATION)
        target_compile_definitions(tst_translatedscreens_${language} PRIVATE SCREEN_LANGUAGE="${language}")
endforeach()
casedesk_add_test(tst_keyboardaccess SOURCES tst_keyboardaccess.cpp KeyboardAudit.h KeyboardAudit.cpp
                  LIBS casedesk_app GUI INTEGRATION)
