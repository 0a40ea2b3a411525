# Drafts, the outbox and connectivity: what the user wrote survives crashes and goes out once.
target_sources(casedesk_core PRIVATE
    offline/ArrivalBaseline.h offline/ArrivalBaseline.cpp
    offline/ConnectivityMonitor.h offline/ConnectivityMonitor.cpp
    offline/Draft.h offline/Draft.cpp
    offline/DraftAutosave.h offline/DraftAutosave.cpp
    offline/DraftListModel.h offline/DraftListModel.cpp
    offline/DraftStore.h offline/DraftStore.cpp
    offline/OfflineServices.h offline/OfflineServices.cpp
    offline/OfflineStore.h offline/OfflineStore.cpp
    offline/OfflineTables.h offline/OfflineTables.cpp
    offline/Outbox.h offline/Outbox.cpp
    offline/OutboxAttempt.h offline/OutboxAttempt.cpp
    offline/OutboxChecks.h offline/OutboxChecks.cpp
    offline/OutboxItem.h offline/OutboxItem.cpp
    offline/OutboxModel.h offline/OutboxModel.cpp
    offline/OutboxSender.h offline/OutboxSender.cpp
    offline/OutboxTransport.h offline/OutboxTransport.cpp
)
