# Desktop notifications (system tray) when a case's status changes.
target_sources(casedesk_ui PRIVATE
    notifications/TrayNotifier.h notifications/TrayNotifier.cpp
)
