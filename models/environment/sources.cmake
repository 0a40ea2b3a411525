# Where CaseDesk works: the built-in environments, the user's custom servers, and the local sandbox process.
target_sources(casedesk_core PRIVATE
    environment/Environment.h environment/Environment.cpp
    environment/EnvironmentLock.h environment/EnvironmentLock.cpp
    environment/EnvironmentRegistry.h environment/EnvironmentRegistry.cpp
    environment/LocalSandbox.h environment/LocalSandbox.cpp
)
