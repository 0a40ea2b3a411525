#include "settings/Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QRegularExpression>
#include <QTranslator>

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
} // namespace

QStringList Translations::availableLanguages()
{
    QStringList codes{u"en"_s};
    codes += codesIn(QLibraryInfo::path(QLibraryInfo::TranslationsPath), u"qtbase"_s);
    codes += codesIn(kOwnFolder, u"casedesk"_s);
    codes.removeDuplicates();
    codes.sort();
    return codes;
}

QStringList Translations::install(const QString& language)
{
    QLocale locale = QLocale::system();
    if (!language.isEmpty()) {
        locale = QLocale(language);
        QLocale::setDefault(locale);
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
