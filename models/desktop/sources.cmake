# The app on the desktop: one running copy per user that takes the command lines of later starts,
# casedesk:// links to cases, and the news on cases that desktop notifications tell (ui/notifications).
target_sources(casedesk_core PRIVATE
    desktop/CaseLink.h desktop/CaseLink.cpp
    desktop/CaseNews.h desktop/CaseNews.cpp
    desktop/CaseNewsWatcher.h desktop/CaseNewsWatcher.cpp
    desktop/InstanceMessage.h desktop/InstanceMessage.cpp
    desktop/SingleInstance.h desktop/SingleInstance.cpp
)
