# The UI thread during a refresh of 3,000 open cases, with a stall detector (./build/bin/bench_uistall).
qt_add_executable(bench_uistall ${CMAKE_CURRENT_LIST_DIR}/bench_uistall.cpp)
target_link_libraries(bench_uistall PRIVATE casedesk_ui casedesk_testfakes casedesk_options Qt6::Test)
target_compile_definitions(bench_uistall PRIVATE CASEDESK_SANDBOX_BIN="$<TARGET_FILE:casedesk-sandbox>")
add_dependencies(bench_uistall casedesk-sandbox)
