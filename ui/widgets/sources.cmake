target_sources(casedesk_ui PRIVATE
    widgets/CollapsibleSection.h widgets/CollapsibleSection.cpp
    widgets/StatusBadge.h widgets/StatusBadge.cpp
)
