# The user's preferences, the language they chose, how they arranged the window (ViewState) and how it looked
# when CaseDesk last ended (WindowSettings); every settings key, typed, in one place.
target_sources(casedesk_core PRIVATE
    settings/Preferences.h settings/Preferences.cpp
    settings/Setting.h settings/Setting.cpp
    settings/SettingsKeys.h
    settings/Translations.h settings/Translations.cpp
    settings/WindowSettings.h settings/WindowSettings.cpp
    settings/ViewState.h settings/ViewState.cpp
)
