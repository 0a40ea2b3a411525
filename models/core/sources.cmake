target_sources(casedesk_core PRIVATE
    core/Logging.h core/Logging.cpp
    core/OutsideText.h core/OutsideText.cpp
    core/Timestamp.h core/Timestamp.cpp
)
