# Drafts, the outbox and the connection state in the main window; autosave of the wizard and the note composer.
target_sources(casedesk_ui PRIVATE
    offline/CaseDraftKeeper.h offline/CaseDraftKeeper.cpp
    offline/ConnectivityBanner.h offline/ConnectivityBanner.cpp
    offline/DraftsView.h offline/DraftsView.cpp
    offline/OfflineWorkspace.h offline/OfflineWorkspace.cpp
    offline/OutboxView.h offline/OutboxView.cpp
)
