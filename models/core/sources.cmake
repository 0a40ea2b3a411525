target_sources(casedesk_core PRIVATE
    core/Logging.h core/Logging.cpp
    core/NumberConversion.h core/NumberConversion.cpp
    core/Timestamp.h core/Timestamp.cpp
)
