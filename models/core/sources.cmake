target_sources(casedesk_core PRIVATE
    core/AppIdentity.h core/AppIdentity.cpp
    core/Backoff.h core/Backoff.cpp
    core/Diagnostics.h core/Diagnostics.cpp
    core/LogFile.h core/LogFile.cpp
    core/Logging.h core/Logging.cpp
    core/NumberConversion.h core/NumberConversion.cpp
    core/OutsideText.h core/OutsideText.cpp
    core/PrivateFiles.h core/PrivateFiles.cpp
    core/Timestamp.h core/Timestamp.cpp
)
set_property(SOURCE core/AppIdentity.cpp APPEND PROPERTY COMPILE_DEFINITIONS CASEDESK_APP_ID="${CASEDESK_APP_ID}")
