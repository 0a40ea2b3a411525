target_sources(casedesk_core PRIVATE
    api/ApiError.h api/ApiError.cpp
    api/ApiErrorEntry.h api/ApiErrorEntry.cpp
)
