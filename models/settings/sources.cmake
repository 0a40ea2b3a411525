# The user's preferences and the language they chose; every settings key, typed, in one place.
target_sources(casedesk_core PRIVATE
    settings/Preferences.h settings/Preferences.cpp
    settings/Setting.h settings/Setting.cpp
    settings/SettingsKeys.h
    settings/Translations.h settings/Translations.cpp
)
