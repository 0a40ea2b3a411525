# Where CaseDesk works: the built-in environments, the user's custom servers, and the local sandbox process.
target_sources(casedesk_core PRIVATE
    environment/Environment.h environment/Environment.cpp
    environment/EnvironmentLock.h environment/EnvironmentLock.cpp
    environment/EnvironmentRegistry.h environment/EnvironmentRegistry.cpp
    environment/LocalSandbox.h environment/LocalSandbox.cpp
)
# Where the app looks for casedesk-sandbox: beside itself (the build folder), else where it is installed, as
# a path relative to the app's folder (bin/../libexec/casedesk), so an installed tree can move.
file(RELATIVE_PATH casedesk_installed_sandbox_dir ${CMAKE_INSTALL_FULL_BINDIR}
     ${CMAKE_INSTALL_FULL_LIBEXECDIR}/casedesk)
set_property(SOURCE environment/LocalSandbox.cpp APPEND PROPERTY COMPILE_DEFINITIONS
    CASEDESK_SANDBOX_EXECUTABLE="casedesk-sandbox${CMAKE_EXECUTABLE_SUFFIX}"
    CASEDESK_INSTALLED_SANDBOX_DIR="${casedesk_installed_sandbox_dir}")
