target_sources(casedesk_core PRIVATE
    presentation/CaseFacts.h presentation/CaseFacts.cpp
    presentation/TextLinks.h presentation/TextLinks.cpp
    presentation/TimeDisplay.h presentation/TimeDisplay.cpp
)
