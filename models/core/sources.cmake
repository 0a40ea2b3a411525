target_sources(casedesk_core PRIVATE
    core/Logging.h core/Logging.cpp
    core/OutsideText.h core/OutsideText.cpp
    core/PrivateFiles.h core/PrivateFiles.cpp
    core/Timestamp.h core/Timestamp.cpp
)
