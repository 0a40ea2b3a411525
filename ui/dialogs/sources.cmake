target_sources(casedesk_ui PRIVATE
    dialogs/AboutDialog.h dialogs/AboutDialog.cpp
    dialogs/FindOnServerDialog.h dialogs/FindOnServerDialog.cpp
    dialogs/GoToCaseDialog.h dialogs/GoToCaseDialog.cpp
)
