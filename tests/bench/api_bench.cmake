# ApiClient's GETs beside a bare QNetworkAccessManager (./build/bin/bench_apiclient [rounds]).
qt_add_executable(bench_apiclient ${CMAKE_CURRENT_LIST_DIR}/bench_apiclient.cpp)
target_link_libraries(bench_apiclient PRIVATE casedesk_core casedesk_testsupport casedesk_options Qt6::Network)
target_compile_definitions(bench_apiclient PRIVATE CASEDESK_SANDBOX_BIN="$<TARGET_FILE:casedesk-sandbox>")
add_dependencies(bench_apiclient casedesk-sandbox)
# A 10 MB attachment up and down through ApiClient beside curl (./build/bin/bench_transfer [rounds]).
qt_add_executable(bench_transfer ${CMAKE_CURRENT_LIST_DIR}/bench_transfer.cpp)
target_link_libraries(bench_transfer PRIVATE casedesk_core casedesk_testsupport casedesk_options Qt6::Network)
target_compile_definitions(bench_transfer PRIVATE CASEDESK_SANDBOX_BIN="$<TARGET_FILE:casedesk-sandbox>")
add_dependencies(bench_transfer casedesk-sandbox)
