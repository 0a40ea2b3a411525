# The user's preferences, the language they chose and how they arranged the window (ViewState).
target_sources(casedesk_core PRIVATE
    settings/Preferences.h settings/Preferences.cpp
    settings/Translations.h settings/Translations.cpp
    settings/ViewState.h settings/ViewState.cpp
)
