#pragma once

#include <QStringList>

namespace CaseDesk
{

/*
 * Puts the chosen language in place before the first widget is made: the locale for dates and numbers,
 * Qt's own translations (standard buttons and dialogs) and CaseDesk's (":/i18n/casedesk_<code>.qm") where
 * they exist. A language chosen in the preferences therefore applies at the next start.
 *
 *     Translations::install(preferences.language()); // "" follows the system
 */
class Translations
{
public:
    // Language codes worth offering: English, and every language CaseDesk has a catalogue for.
    static QStringList availableLanguages();
    // Returns the translation files loaded, for the log. Only the first call of a process installs.
    static QStringList install(const QString& language);
};

} // namespace CaseDesk
