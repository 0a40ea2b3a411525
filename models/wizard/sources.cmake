target_sources(casedesk_core PRIVATE
    wizard/CaseDraft.h wizard/CaseDraft.cpp
    wizard/ContactChoices.h
    wizard/CustomerReference.h wizard/CustomerReference.cpp
    wizard/DraftAttachment.h wizard/DraftAttachment.cpp
    wizard/RequestChecks.h wizard/RequestChecks.cpp
    wizard/RequestLimits.h wizard/RequestLimits.cpp
    wizard/RequestPaths.h wizard/RequestPaths.cpp
    wizard/ReviewSummary.h wizard/ReviewSummary.cpp
    wizard/ServerViolations.h wizard/ServerViolations.cpp
)
