# The ticket list's item models over the local store. Loading builds rows on a worker (QtConcurrent).
target_sources(casedesk_core PRIVATE
    items/CaseFilter.h items/CaseFilter.cpp
    items/CaseListModel.h items/CaseListModel.cpp
    items/CaseOrder.h items/CaseOrder.cpp
    items/CaseRow.h items/CaseRow.cpp
    items/CaseSortFilterModel.h items/CaseSortFilterModel.cpp
    items/FullTextSearch.h items/FullTextSearch.cpp
    items/SavedViewModel.h items/SavedViewModel.cpp
    items/SavedViews.h items/SavedViews.cpp
    items/SearchTexts.h items/SearchTexts.cpp
    items/StatusCountModel.h items/StatusCountModel.cpp
)
target_link_libraries(casedesk_core PRIVATE Qt6::Concurrent)
