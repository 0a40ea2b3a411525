# The ticket list bench: prints timings over 50,000 stored cases (./build/bin/bench_caselist).
qt_add_executable(bench_caselist ${CMAKE_CURRENT_LIST_DIR}/bench_caselist.cpp)
target_link_libraries(bench_caselist PRIVATE casedesk_core casedesk_options Qt6::Test)
target_compile_definitions(bench_caselist PRIVATE CASEDESK_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
