#include "models/settings/Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QTranslator>

#include <utility>

namespace CaseDesk
{

using namespace Qt::StringLiterals;

namespace
{
const QString kOwnFolder = u":/i18n"_s;

QStringList codesIn(const QString& folder, const QString& prefix)
{
    QStringList codes;
    static const QRegularExpression code(u"^[a-z]{2,3}(_[A-Z]{2})?$"_s);
    const QStringList files = QDir(folder).entryList({prefix + u"_*.qm"_s}, QDir::Files);
    for (const QString& file : files) {
        const QString candidate = file.mid(prefix.size() + 1).chopped(3);
        if (code.match(candidate).hasMatch())
            codes.append(candidate);
    }
    return codes;
}
// True when no locale is set for dates (LC_ALL, LC_TIME, LANG empty, "C" or "POSIX").
bool formatsAreUnset()
{
    for (const char* variable : {"LC_ALL", "LC_TIME", "LANG"}) {
        const QString value = qEnvironmentVariable(variable);
        if (value.isEmpty())
            continue;
        return value == "C"_L1 || value.startsWith("C."_L1) || value == "POSIX"_L1;
    }
    return true;
}
} // namespace

QStringList Translations::availableLanguages()
{
    // Only languages CaseDesk itself speaks: Qt's catalogues alone would leave every menu in English.
    QStringList codes{u"en"_s};
    codes += codesIn(kOwnFolder, u"casedesk"_s);
    codes.removeDuplicates();
    codes.sort();
    return codes;
}

QStringList Translations::install(const QString& language)
{
    static bool installed = false; // once per process: main() and every app built in a test process call it
    if (std::exchange(installed, true))
        return {};
    QLocale locale = QLocale::system();
    if (!language.isEmpty()) {
        locale = QLocale(language);
        QLocale::setDefault(locale);
    } else if (formatsAreUnset() && !locale.uiLanguages().isEmpty()) {
        // LANGUAGE=de on a system without a locale (LANG=C): Qt names the language German but formats dates
        // the C way ("28 Nov 2026"). Dates and numbers follow the language the user reads instead.
        const QLocale spoken(locale.uiLanguages().constFirst());
        if (spoken.language() != QLocale::C)
            QLocale::setDefault(spoken);
    }
    QStringList loaded;
    const QList<std::pair<QString, QString>> sources{
        {u"qtbase"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)},
        {u"casedesk"_s, kOwnFolder},
    };
    for (const auto& [name, folder] : sources) {
        auto* translator = new QTranslator(QCoreApplication::instance());
        if (translator->load(locale, name, u"_"_s, folder) && QCoreApplication::installTranslator(translator)) {
            loaded.append(translator->filePath());
            continue;
        }
        delete translator;
    }
    return loaded;
}

} // namespace CaseDesk
