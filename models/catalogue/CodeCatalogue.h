#pragma once

#include "models/catalogue/ApiDocument.h"
#include "models/catalogue/CatalogueDiff.h"
#include "models/catalogue/CodeSearch.h"
#include "models/catalogue/TicketCode.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

class QSettings;

namespace CaseDesk
{

template <typename T>
class Setting;

/*
 * The ticket codes the create wizard offers, as data: the active API document's code enum and details
 * schemas, the provider's labels (code-labels.json), and the user's own labels, favourites and recently
 * used codes (kept in the QSettings given, under "catalogue/").
 *
 *     CodeCatalogue catalogue(&settings, QStandardPaths::writableLocation(AppLocalDataLocation) + "/catalogue");
 *     catalogue.load();                                   // the kept provider document, or the bundled spec
 *     catalogue.search(u"power"_s); catalogue.displayLabel(u"0002-0000"_s);
 *     const auto result = catalogue.importDocument(path); // refused with a reason, or applied with a diff
 *     catalogue.importDocumentInBackground(path, [](const CodeCatalogue::ImportResult& result) { ... });
 *     catalogue.resetToBundled();
 *
 * An imported document is copied (as JSON) into `dataDir` and reloaded by load(); a refused one changes
 * nothing. Signals: catalogueChanged() when codes or schemas are replaced; the others when the user's own
 * data changes. The settings object is not owned and must outlive the catalogue.
 */
class CodeCatalogue : public QObject
{
    Q_OBJECT

public:
    static constexpr int kRecentLimit = 8;

    struct ImportResult
    {
        bool ok = false;
        QString error; // translated, when refused
        CatalogueDiff diff;
    };

    CodeCatalogue(QSettings* settings, const QString& dataDir, QObject* parent = nullptr);
    ~CodeCatalogue() override;

    // Loads the kept provider document, or the bundled spec. False when a kept document could not be used;
    // the bundled spec is active then and loadWarning() says why.
    bool load();
    QString loadWarning() const { return m_loadWarning; }

    std::shared_ptr<const ApiDocument> document() const { return m_document; }
    bool isBundled() const;
    QString importedFrom() const; // the file name the provider document came from; empty when bundled
    QDateTime importedAt() const;

    QList<TicketCode> codes() const { return m_codes; }
    std::optional<TicketCode> code(const QString& code) const;
    bool contains(const QString& code) const { return m_index.contains(code); }
    QStringList families() const;
    // The provider's name for the family where code-labels.json has one.
    std::optional<QString> familyCategory(const QString& family) const;
    // "0002 Power", or just "0010" when the provider has not named it.
    QString familyLabel(const QString& family) const;

    // The user's own label, else the provider's title, else the code itself.
    QString displayLabel(const QString& code) const;
    // For the case list's Code label column: displayLabel(), except for a code with neither label, which
    // reads "Power · 0002-0107" (the provider's family name, then the code) where the family has a name, and
    // "Family 0305, no published label" where it has none; never a made-up label for the code itself.
    QString listLabel(const QString& code) const;
    QString userLabel(const QString& code) const;
    void setUserLabel(const QString& code, const QString& label); // an empty label removes it

    bool isFavourite(const QString& code) const;
    void setFavourite(const QString& code, bool favourite);
    QStringList favourites() const; // codes of this catalogue only, in the order they were marked

    QStringList recent() const; // most recent first, at most kRecentLimit, codes of this catalogue only
    void noteUsed(const QString& code);

    bool matches(const TicketCode& code, const CodeSearch& search) const;
    QList<TicketCode> search(const QString& query) const;

    // Reads, checks and keeps the document, then applies it. Blocks the calling thread while it reads.
    ImportResult importDocument(const QString& fileName);
    // The same with the reading, checking and keeping (the slow part, and disk work) on
    // Qt's thread pool, so the UI thread stays free; the document is applied here afterwards and `done` is
    // called on this object's thread (never after it is gone). isImporting() is true meanwhile, and a second
    // import started then is refused.
    void importDocumentInBackground(const QString& fileName, std::function<void(const ImportResult&)> done);
    bool isImporting() const { return m_importing; }
    CatalogueDiff resetToBundled();

signals:
    void catalogueChanged();
    void userLabelsChanged();
    void favouritesChanged();
    void recentChanged();
    void importingChanged(bool importing);

private:
    void setDocument(std::shared_ptr<const ApiDocument> document);
    // The second half of an import, on this object's thread: what prepareImport() made of the file.
    ImportResult applyImport(const QString& fileName, std::shared_ptr<const ApiDocument> document,
                             const QString& error);
    QString keptDocumentPath() const;
    QStringList storedList(const Setting<QStringList>& setting) const;

    QSettings* m_settings;
    QString m_dataDir;
    std::shared_ptr<const ApiDocument> m_document;
    QList<TicketCode> m_codes;
    QHash<QString, qsizetype> m_index;
    QHash<QString, QString> m_familyCategories;
    QString m_loadWarning;
    bool m_importing = false;
};

} // namespace CaseDesk
