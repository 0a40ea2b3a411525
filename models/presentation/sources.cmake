target_sources(casedesk_core PRIVATE
    presentation/CaseFacts.h presentation/CaseFacts.cpp
    presentation/TimeDisplay.h presentation/TimeDisplay.cpp
)
