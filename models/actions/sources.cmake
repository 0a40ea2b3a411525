target_sources(casedesk_core PRIVATE
    actions/CaseActions.h actions/CaseActions.cpp
)
