target_sources(casedesk_core PRIVATE
    environment/LocalSandbox.h environment/LocalSandbox.cpp
)
