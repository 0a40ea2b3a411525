# The sandbox's GETs per second beside a minimal QtHttpServer (./build/bin/bench_sandbox [seconds]).
qt_add_executable(bench_sandbox ${CMAKE_CURRENT_LIST_DIR}/bench_sandbox.cpp)
target_link_libraries(bench_sandbox PRIVATE casedesk_testsupport casedesk_options Qt6::HttpServer Qt6::Network)
target_compile_definitions(bench_sandbox PRIVATE CASEDESK_SANDBOX_BIN="$<TARGET_FILE:casedesk-sandbox>")
add_dependencies(bench_sandbox casedesk-sandbox)
