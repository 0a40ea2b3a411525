# The user's preferences and the language they chose.
target_sources(casedesk_core PRIVATE
    settings/Preferences.h settings/Preferences.cpp
    settings/Translations.h settings/Translations.cpp
)
