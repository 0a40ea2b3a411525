# The start-up bench: the real casedesk on generated stores beside a bare window (./build/bin/bench_startup).
qt_add_executable(bench_startup_floor ${CMAKE_CURRENT_LIST_DIR}/startup_floor.cpp
                  ${PROJECT_SOURCE_DIR}/ui/widgets/StartupTrace.h ${PROJECT_SOURCE_DIR}/ui/widgets/StartupTrace.cpp)
target_include_directories(bench_startup_floor PRIVATE ${PROJECT_SOURCE_DIR})
target_link_libraries(bench_startup_floor PRIVATE Qt6::Widgets casedesk_options)
set_target_properties(bench_startup_floor PROPERTIES AUTOMOC ON OUTPUT_NAME startup_floor)
qt_add_executable(bench_startup ${CMAKE_CURRENT_LIST_DIR}/bench_startup.cpp)
target_link_libraries(bench_startup PRIVATE casedesk_testfakes casedesk_options Qt6::Sql)
target_compile_definitions(bench_startup PRIVATE CASEDESK_APP_BIN="$<TARGET_FILE:casedesk>"
                           CASEDESK_FLOOR_BIN="$<TARGET_FILE:bench_startup_floor>")
add_dependencies(bench_startup casedesk bench_startup_floor)
