# Integration tests of casedesk-sandbox: real HTTP on loopback against the sandbox binary (or
# CASEDESK_TEST_BASE_URL; tests that need the sandbox's own options then skip). Run: ctest -R sandbox
# One executable per area: tst_sandbox_<area>.cpp.
file(GLOB sandbox_test_sources CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/tst_sandbox_*.cpp)
foreach(source ${sandbox_test_sources})
    get_filename_component(name ${source} NAME_WE)
    casedesk_add_test(${name} SOURCES ${source} INTEGRATION)
endforeach()
