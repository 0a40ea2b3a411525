target_sources(casedesk_ui PRIVATE
    widgets/ActionIcons.h widgets/ActionIcons.cpp
    widgets/AppIcon.h widgets/AppIcon.cpp
    widgets/CollapsibleSection.h widgets/CollapsibleSection.cpp
    widgets/ContextShortcuts.h widgets/ContextShortcuts.cpp
    widgets/DotIcon.h widgets/DotIcon.cpp
    widgets/LinkedTextLabel.h widgets/LinkedTextLabel.cpp
    widgets/PlainText.h widgets/PlainText.cpp
    widgets/RecordTable.h widgets/RecordTable.cpp
    widgets/StartupTrace.h widgets/StartupTrace.cpp
    widgets/StatusBadge.h widgets/StatusBadge.cpp
    widgets/ThemeColors.h widgets/ThemeColors.cpp
)
