# `cmake --install` of this build into a DESTDIR: the tree, the desktop entry and AppStream validators, the
# installed app and sandbox. Needs desktop-file-validate and appstreamcli (./dev installs them).
casedesk_add_test(tst_installtree SOURCES tst_installtree.cpp LIBS casedesk_core INTEGRATION)
target_compile_definitions(tst_installtree PRIVATE
    CASEDESK_CMAKE_COMMAND="${CMAKE_COMMAND}"
    CASEDESK_BUILD_DIR="${CMAKE_BINARY_DIR}"
    CASEDESK_VERSION="${PROJECT_VERSION}")
