# The app on the desktop: one running copy per user that takes the command lines of later starts, and
# casedesk:// links to cases.
target_sources(casedesk_core PRIVATE
    desktop/CaseLink.h desktop/CaseLink.cpp
    desktop/InstanceMessage.h desktop/InstanceMessage.cpp
    desktop/SingleInstance.h desktop/SingleInstance.cpp
)
