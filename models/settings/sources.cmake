# The user's preferences, the language they chose, and how the window looked when CaseDesk last ended.
target_sources(casedesk_core PRIVATE
    settings/Preferences.h settings/Preferences.cpp
    settings/Translations.h settings/Translations.cpp
    settings/WindowSettings.h settings/WindowSettings.cpp
)
