#pragma once

#include "models/items/CaseRow.h"
#include "models/items/SearchTexts.h"
#include "models/store/CaseSummary.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QElapsedTimer>
#include <QHash>
#include <QPointer>
#include <QTimer>

#include <optional>
#include <vector>

namespace CaseDesk
{

class CaseRepository;

/*
 * The ticket list's rows: every case in the local store, one row each, in the order they arrived.
 * Sorting and filtering belong to CaseSortFilterModel on top of it.
 *
 *     auto* cases = new CaseListModel(this);
 *     cases->setLabelProvider([catalogue](const QString& code) { return catalogue->label(code); });
 *     cases->setRepository(repository); // loads, then follows the repository's change signals
 *
 * Loading reads the store on the store thread and builds the rows (labels, search text, collation keys)
 * on a worker, then swaps them in with one model reset; the UI thread only swaps. Changes that arrive
 * while loading are applied after the swap. The repository's changes are applied at once when none was in
 * the last kBatchMs, else together at the end of that time: a refresh changing thousands of cases one by one
 * then repaints the list a few times a second instead of once per case.
 */
class CaseListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        CaseNumberColumn,
        OrderNumberColumn,
        CodeColumn,
        CodeLabelColumn,
        StatusColumn,
        IbxColumn,
        CreatedColumn,
        UpdatedColumn,
        CustomerReferenceColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role
    {
        KeyRole = Qt::UserRole + 1, // the store key (case number, or order number of a partial row)
        RawStatusRole,              // the status as the API sent it
        BadgeColorRole,             // QColor for the status badge
        ChangedSinceSeenRole,       // bool
        DescriptionRole,
        CodeFamilyRole,
        PartialRole,    // bool: found by search, not fetched yet
        DateTimeRole,   // QDateTime of the Created and Last updated columns
        SearchTextRole, // what the quick filter searches, for plain proxies
    };
    Q_ENUM(Role)

    using LabelProvider = CaseRowFactory::LabelProvider;

    // How long the repository's changes wait for others after one was applied.
    static constexpr int kBatchMs = 50;

    explicit CaseListModel(QObject* parent = nullptr);
    ~CaseListModel() override;

    // Labels for codes; the code itself is shown where it returns an empty string. Relabels loaded rows.
    void setLabelProvider(LabelProvider provider);
    // Follows `repository`'s signals and loads its store. The repository must outlive this model.
    void setRepository(CaseRepository* repository);
    void reload();
    bool isLoading() const { return m_loading; }
    // A load first shows the first `rows` cases in `order`, read through the store's index in a moment, then
    // replaces them with every case (loaded() comes only then). Set it for a list sorted that way, so the first
    // screen needs no wait for the whole store. std::nullopt: the list waits for the whole store.
    void setFirstScreen(std::optional<CaseSummary::IndexedOrder> order, int rows = 100);

    // Makes what sorting by `column` compares and has not been made yet (the references' collation keys,
    // made only for a list sorted by reference); rows added later get it too. CaseSortFilterModel calls it.
    void prepareSort(int column);

    // Replaces every row at once, built on this thread: for tests and small sets.
    void setSummaries(const QList<CaseSummary>& summaries);
    // Adds rows, or updates the rows with the same keys.
    void upsert(const QList<CaseSummary>& summaries);
    void removeKey(const QString& key);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    const CaseRow& caseRow(int row) const { return m_rows[size_t(row)]; }
    // What the quick filter searches in `row` (CaseRowFactory::searchText()).
    QByteArrayView searchText(int row) const { return m_texts.at(row); }
    int rowOfKey(const QString& key) const { return m_rowOfKey.value(key, -1); }
    QModelIndex indexOfKey(const QString& key, int column = 0) const;

    static QColor badgeColor(const QString& rawStatus);

signals:
    void loadingChanged(bool loading);
    void loaded();
    // Around several changes applied at once (a batch of the repository's, or an upsert of several rows):
    // a sorted view may then put the rows that moved in place once, after the last (CaseSortFilterModel).
    void changesAboutToBeApplied();
    void changesApplied();

private:
    struct PendingChange
    {
        QList<CaseSummary> upserts;
        QString removedKey;
    };

    struct Loaded
    {
        std::vector<CaseRow> rows;
        SearchTexts texts;
    };
    static Loaded build(const QList<CaseSummary>& summaries, CaseRowFactory& factory);
    // Whether rows carry the references' collation keys (since the list was first sorted by reference).
    bool m_referenceKeys = false;
    void applyLoaded(Loaded built);
    void applyFirstScreen(Loaded built);
    void setLoading(bool loading);
    void follow(const PendingChange& change);
    void applyBatch();
    // Emits changesAboutToBeApplied() now and changesApplied() when it goes, for more than one change; nests.
    class ChangeGroup;
    int m_changeGroups = 0;
    void reindexFrom(int row);
    QString displayText(const CaseRow& row, int column) const;

    std::vector<CaseRow> m_rows;
    SearchTexts m_texts;
    QHash<QString, int> m_rowOfKey;
    CaseRowFactory m_factory;
    LabelProvider m_labels;
    QPointer<CaseRepository> m_repository;
    quint64 m_generation = 0;
    bool m_loading = false;
    QList<PendingChange> m_changesWhileLoading;
    QList<PendingChange> m_batch; // the repository's changes waiting for m_batchTimer
    QTimer m_batchTimer;
    QElapsedTimer m_sinceBatch; // since the last batch was applied
    std::optional<CaseSummary::IndexedOrder> m_firstScreenOrder;
    int m_firstScreenRows = 0;
};

} // namespace CaseDesk
