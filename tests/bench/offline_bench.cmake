# The autosave bench: a draft's durable save beside an empty SQLite transaction (./build/bin/bench_autosave).
qt_add_executable(bench_autosave ${CMAKE_CURRENT_LIST_DIR}/bench_autosave.cpp)
target_link_libraries(bench_autosave PRIVATE casedesk_core casedesk_options Qt6::Test Qt6::Sql)
