# Desktop notifications about cases: through the desktop's notification service over D-Bus where there is
# one (Linux and other freedesktop desktops), the system tray otherwise.
target_sources(casedesk_ui PRIVATE
    notifications/CaseNotifications.h notifications/CaseNotifications.cpp
    notifications/TrayNotifier.h notifications/TrayNotifier.cpp
)
if(CASEDESK_DBUS_NOTIFICATIONS)
    target_sources(casedesk_ui PRIVATE notifications/DBusNotifier.h notifications/DBusNotifier.cpp)
endif()
