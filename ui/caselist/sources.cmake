target_sources(casedesk_ui PRIVATE
    caselist/CaseFilterBar.h caselist/CaseFilterBar.cpp
    caselist/CaseListView.h caselist/CaseListView.cpp
    caselist/CaseRowDelegate.h caselist/CaseRowDelegate.cpp
    caselist/CaseSelectionActions.h caselist/CaseSelectionActions.cpp
)
