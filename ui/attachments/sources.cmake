target_sources(casedesk_ui PRIVATE
    attachments/AttachmentItemDelegate.h attachments/AttachmentItemDelegate.cpp
    attachments/AttachmentListView.h attachments/AttachmentListView.cpp
    attachments/AttachmentListWidget.h attachments/AttachmentListWidget.cpp
    attachments/CaseAttachmentsPanel.h attachments/CaseAttachmentsPanel.cpp
    attachments/FileDropFilter.h attachments/FileDropFilter.cpp
)
