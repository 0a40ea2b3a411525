casedesk_add_test(tst_translationcatalogues SOURCES tst_translationcatalogues.cpp
                  LIBS casedesk_testfakes Qt6::Core)
target_compile_definitions(tst_translationcatalogues PRIVATE
    CASEDESK_LUPDATE="$<TARGET_FILE:Qt6::lupdate>")
