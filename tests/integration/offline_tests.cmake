# The outbox against the real sandbox, stopped and started again, with dropped answers; and the kill test.
casedesk_add_test(tst_outboxdelivery SOURCES tst_outboxdelivery.cpp LIBS casedesk_core INTEGRATION)

# The app's own classes in a child process, typing and sending, for tst_crashsafety to kill.
qt_add_executable(casedesk_crashdriver crashdriver/main.cpp crashdriver/TypingStream.h)
target_link_libraries(casedesk_crashdriver PRIVATE casedesk_ui casedesk_core Qt6::Test casedesk_options)
casedesk_add_test(tst_crashsafety SOURCES tst_crashsafety.cpp crashdriver/TypingStream.h LIBS casedesk_core
                  INTEGRATION)
target_compile_definitions(tst_crashsafety PRIVATE CASEDESK_CRASHDRIVER_BIN="$<TARGET_FILE:casedesk_crashdriver>")
add_dependencies(tst_crashsafety casedesk_crashdriver)

# The fault matrix: every write through the app's classes against a sandbox made to lie; exactly once each.
casedesk_add_test(tst_exactlyonce SOURCES tst_exactlyonce.cpp LIBS casedesk_core INTEGRATION)
