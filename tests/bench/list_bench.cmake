# The ticket list bench: prints timings, is not a test (not registered with ctest).
# tests/bench/CMakeLists.txt only reads *_tests.cmake, so tests/unit/store_tests.cmake includes this file;
# the guard lets a later *_bench.cmake glob include it too.
if(NOT TARGET bench_caselist)
    qt_add_executable(bench_caselist ${CMAKE_CURRENT_LIST_DIR}/bench_caselist.cpp)
    target_link_libraries(bench_caselist PRIVATE casedesk_core casedesk_options Qt6::Test)
    target_compile_definitions(bench_caselist PRIVATE CASEDESK_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
endif()
