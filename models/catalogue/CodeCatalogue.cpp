#include "models/catalogue/CodeCatalogue.h"

#include "models/catalogue/ApiDocumentLoader.h"
#include "models/catalogue/CodeLabel.h"
#include "models/core/Logging.h"
#include "models/settings/SettingsKeys.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSettings>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace CaseDesk
{

using namespace Qt::StringLiterals;

namespace
{
const QString kKeptDocument = u"provider-api.json"_s;
const QString kTrouble = u"TROUBLE"_s;
const QString kCase = u"CASE"_s;

// What the slow half of an import makes of a file: the checked document, or why not.
struct PreparedImport
{
    std::shared_ptr<const ApiDocument> document;
    QString error; // translated
};

// Reads and checks `fileName` and keeps it (as compact JSON) at `keptPath`. Touches nothing else, so it can
// run on any thread.
PreparedImport prepareImport(const QString& fileName, const QString& dataDir, const QString& keptPath)
{
    const ApiDocumentLoader::Result loaded = ApiDocumentLoader::fromFile(fileName);
    if (!loaded.ok())
        return {nullptr, loaded.error};
    QDir().mkpath(dataDir);
    QSaveFile file(keptPath);
    if (!file.open(QIODevice::WriteOnly)
        || file.write(QJsonDocument(loaded.document->root()).toJson(QJsonDocument::Compact)) < 0 || !file.commit())
        return {nullptr, CodeCatalogue::tr("The document could not be kept in %1: %2.")
                             .arg(QDir::toNativeSeparators(dataDir), file.errorString())};
    return {loaded.document, QString()};
}

TicketCode::TicketType typeOf(const QString& code, const std::optional<CodeLabel>& label)
{
    if (label && label->ticketType == kTrouble)
        return TicketCode::TicketType::Trouble;
    if (label && label->ticketType == kCase)
        return TicketCode::TicketType::Case;
    return TicketCode::inferTicketType(code);
}
} // namespace

CodeCatalogue::CodeCatalogue(QSettings* settings, const QString& dataDir, QObject* parent)
    : QObject(parent)
    , m_settings(settings)
    , m_dataDir(dataDir)
{
    Q_ASSERT(settings);
    setDocument(ApiDocument::bundled());
}

CodeCatalogue::~CodeCatalogue() = default;

QString CodeCatalogue::keptDocumentPath() const
{
    return QDir(m_dataDir).filePath(kKeptDocument);
}

bool CodeCatalogue::load()
{
    m_loadWarning.clear();
    std::shared_ptr<const ApiDocument> document = ApiDocument::bundled();
    bool ok = true;
    if (QFile::exists(keptDocumentPath())) {
        const ApiDocumentLoader::Result kept = ApiDocumentLoader::fromFile(keptDocumentPath());
        if (kept.ok()) {
            document = kept.document;
        } else {
            ok = false;
            m_loadWarning = tr("The provider API document kept in %1 cannot be used (%2) The bundled one is used "
                               "instead.")
                                .arg(QDir::toNativeSeparators(keptDocumentPath()), kept.error);
            qCWarning(lcCatalogue) << m_loadWarning;
        }
    }
    setDocument(document);
    emit catalogueChanged();
    return ok;
}

bool CodeCatalogue::isBundled() const
{
    return m_document == ApiDocument::bundled();
}

QString CodeCatalogue::importedFrom() const
{
    return isBundled() ? QString() : Settings::importedDocumentFrom.read(*m_settings);
}

QDateTime CodeCatalogue::importedAt() const
{
    return isBundled() ? QDateTime() : Settings::importedDocumentAt.read(*m_settings);
}

void CodeCatalogue::setDocument(std::shared_ptr<const ApiDocument> document)
{
    m_document = std::move(document);
    m_codes.clear();
    m_index.clear();
    m_familyCategories.clear();

    const QHash<QString, CodeLabel>& labels = CodeLabelFile::bundled();
    for (const CodeLabel& label : labels) {
        if (label.category && !label.category->isEmpty())
            m_familyCategories.insert(label.family.value_or(TicketCode::familyOf(label.code)), *label.category);
    }
    if (!m_document)
        return;
    for (const QString& code : m_document->codes()) {
        const auto found = labels.constFind(code);
        const std::optional<CodeLabel> label = found != labels.cend() ? std::optional<CodeLabel>(*found) : std::nullopt;
        TicketCode entry;
        entry.code = code;
        entry.family = TicketCode::familyOf(code);
        entry.ticketType = typeOf(code, label);
        entry.hasDetails = !m_document->detailsSchemaPointer(code).isEmpty();
        if (label) {
            entry.title = label->title;
            entry.category = label->category;
            entry.primaryIdLabel = label->primaryIdLabel;
            entry.secondaryIdLabel = label->secondaryIdLabel;
        }
        m_index.insert(code, m_codes.size());
        m_codes.append(entry);
    }
}

std::optional<TicketCode> CodeCatalogue::code(const QString& code) const
{
    const auto it = m_index.constFind(code);
    if (it == m_index.cend())
        return std::nullopt;
    return m_codes.at(*it);
}

QStringList CodeCatalogue::families() const
{
    QStringList families;
    for (const TicketCode& code : m_codes) {
        if (!families.contains(code.family))
            families.append(code.family);
    }
    return families;
}

std::optional<QString> CodeCatalogue::familyCategory(const QString& family) const
{
    const auto it = m_familyCategories.constFind(family);
    return it != m_familyCategories.cend() ? std::optional<QString>(*it) : std::nullopt;
}

QString CodeCatalogue::familyLabel(const QString& family) const
{
    const std::optional<QString> category = familyCategory(family);
    return category ? tr("%1 %2", "family number, then the provider's family name").arg(family, *category) : family;
}

QString CodeCatalogue::displayLabel(const QString& code) const
{
    const QString own = userLabel(code);
    if (!own.isEmpty())
        return own;
    const auto it = m_index.constFind(code);
    return it != m_index.cend() ? m_codes.at(*it).providerLabel() : code;
}

QString CodeCatalogue::listLabel(const QString& code) const
{
    const QString label = displayLabel(code);
    const auto it = m_index.constFind(code);
    if (label != code || it == m_index.cend())
        return label; // a code this catalogue does not know is shown as it came
    const TicketCode& known = m_codes.at(*it);
    const std::optional<QString> category = known.category ? known.category : familyCategory(known.family);
    if (category && !category->trimmed().isEmpty())
        return tr("%1 · %2", "the provider's family name, then a code the provider published no label for")
            .arg(*category, code);
    // Nothing published for the family either: say so, rather than repeat the code from the column beside.
    return tr("Family %1, no published label").arg(known.family);
}

QString CodeCatalogue::userLabel(const QString& code) const
{
    return Settings::userCodeLabels.read(*m_settings).value(code).toString();
}

void CodeCatalogue::setUserLabel(const QString& code, const QString& label)
{
    QVariantMap labels = Settings::userCodeLabels.read(*m_settings);
    const QString trimmed = label.trimmed();
    if (labels.value(code).toString() == trimmed)
        return;
    if (trimmed.isEmpty())
        labels.remove(code);
    else
        labels.insert(code, trimmed);
    Settings::userCodeLabels.write(*m_settings, labels);
    emit userLabelsChanged();
}

QStringList CodeCatalogue::storedList(const Setting<QStringList>& setting) const
{
    QStringList codes;
    for (const QString& code : setting.read(*m_settings)) {
        if (contains(code))
            codes.append(code);
    }
    return codes;
}

bool CodeCatalogue::isFavourite(const QString& code) const
{
    return Settings::favouriteCodes.read(*m_settings).contains(code);
}

void CodeCatalogue::setFavourite(const QString& code, bool favourite)
{
    QStringList stored = Settings::favouriteCodes.read(*m_settings);
    if (stored.contains(code) == favourite)
        return;
    if (favourite)
        stored.append(code);
    else
        stored.removeAll(code);
    Settings::favouriteCodes.write(*m_settings, stored);
    emit favouritesChanged();
}

QStringList CodeCatalogue::favourites() const
{
    return storedList(Settings::favouriteCodes);
}

QStringList CodeCatalogue::recent() const
{
    return storedList(Settings::recentCodes).mid(0, kRecentLimit);
}

void CodeCatalogue::noteUsed(const QString& code)
{
    QStringList stored = Settings::recentCodes.read(*m_settings);
    stored.removeAll(code);
    stored.prepend(code);
    Settings::recentCodes.write(*m_settings, stored.mid(0, kRecentLimit));
    emit recentChanged();
}

bool CodeCatalogue::matches(const TicketCode& code, const CodeSearch& search) const
{
    return search.matches(code.code,
                          {userLabel(code.code), code.title.value_or(QString()), code.category.value_or(QString())});
}

QList<TicketCode> CodeCatalogue::search(const QString& query) const
{
    const CodeSearch search(query);
    QList<TicketCode> found;
    for (const TicketCode& code : m_codes) {
        if (matches(code, search))
            found.append(code);
    }
    return found;
}

CodeCatalogue::ImportResult CodeCatalogue::importDocument(const QString& fileName)
{
    const PreparedImport prepared = prepareImport(fileName, m_dataDir, keptDocumentPath());
    return applyImport(fileName, prepared.document, prepared.error);
}

void CodeCatalogue::importDocumentInBackground(const QString& fileName, std::function<void(const ImportResult&)> done)
{
    if (m_importing) {
        QTimer::singleShot(0, this, [done] { done({false, tr("Another API document is still being read."), {}}); });
        return;
    }
    m_importing = true;
    emit importingChanged(true);
    // Parented to the catalogue: if it goes first, the watcher goes with it and nothing is applied.
    auto* watcher = new QFutureWatcher<PreparedImport>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, fileName, done = std::move(done)] {
        const PreparedImport prepared = watcher->result();
        watcher->deleteLater();
        const ImportResult result = applyImport(fileName, prepared.document, prepared.error);
        m_importing = false;
        emit importingChanged(false);
        done(result);
    });
    watcher->setFuture(QtConcurrent::run(&prepareImport, fileName, m_dataDir, keptDocumentPath()));
}

CodeCatalogue::ImportResult
CodeCatalogue::applyImport(const QString& fileName, std::shared_ptr<const ApiDocument> document, const QString& error)
{
    if (!document)
        return {false, error, {}};
    Settings::importedDocumentFrom.write(*m_settings, QFileInfo(fileName).absoluteFilePath());
    Settings::importedDocumentAt.write(*m_settings, QDateTime::currentDateTimeUtc());

    CatalogueDiff diff =
        m_document ? CatalogueDiff::between(*m_document, *document) : CatalogueDiff{document->codes(), {}, {}};
    setDocument(std::move(document));
    m_loadWarning.clear();
    emit catalogueChanged();
    return {true, QString(), diff};
}

CatalogueDiff CodeCatalogue::resetToBundled()
{
    if (QFile::exists(keptDocumentPath()) && !QFile::remove(keptDocumentPath()))
        qCWarning(lcCatalogue) << "cannot remove" << keptDocumentPath();
    Settings::importedDocumentFrom.remove(*m_settings);
    Settings::importedDocumentAt.remove(*m_settings);
    const std::shared_ptr<const ApiDocument> bundled = ApiDocument::bundled();
    CatalogueDiff diff;
    if (m_document && bundled)
        diff = CatalogueDiff::between(*m_document, *bundled);
    setDocument(bundled);
    m_loadWarning.clear();
    emit catalogueChanged();
    return diff;
}

} // namespace CaseDesk
