target_sources(casedesk_core PRIVATE
    attachments/AttachmentListModel.h attachments/AttachmentListModel.cpp
    attachments/AttachmentOpenCheck.h
    attachments/AttachmentPolicy.h attachments/AttachmentPolicy.cpp
    attachments/AttachmentService.h attachments/AttachmentService.cpp
    attachments/AttachmentStash.h attachments/AttachmentStash.cpp
    attachments/AttachmentUploader.h attachments/AttachmentUploader.cpp
    attachments/Background.h
    attachments/DownloadMark.h attachments/DownloadMark.cpp
    attachments/ImageConversion.h attachments/ImageConversion.cpp
)
# Hashing, copying and converting run on worker threads (Background.h), never on the UI thread.
target_link_libraries(casedesk_core PRIVATE Qt6::Concurrent)
