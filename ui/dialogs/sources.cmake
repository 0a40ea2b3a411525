target_sources(casedesk_ui PRIVATE
    dialogs/FindOnServerDialog.h dialogs/FindOnServerDialog.cpp
    dialogs/GoToCaseDialog.h dialogs/GoToCaseDialog.cpp
)
