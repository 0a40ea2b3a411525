# The export commands' dialogs: where to save, progress and cancel, the print dialog (Qt PrintSupport).
target_sources(casedesk_ui PRIVATE
    export/CaseExportUi.h export/CaseExportUi.cpp
    export/ListExportUi.h export/ListExportUi.cpp
)
target_link_libraries(casedesk_ui PRIVATE Qt6::PrintSupport)
