#include "models/items/CaseListModel.h"

#include "models/core/OutsideText.h"
#include "models/domain/CaseStatus.h"
#include "models/store/CaseRepository.h"

#include <QDateTime>
#include <QFont>
#include <QFutureWatcher>
#include <QLocale>
#include <QSet>
#include <QtConcurrent/QtConcurrentRun>

namespace CaseDesk
{

using namespace Qt::StringLiterals;

namespace
{

QDateTime dateTimeOf(qint64 ms)
{
    return ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms).toLocalTime() : QDateTime();
}
} // namespace

CaseListModel::CaseListModel(QObject* parent)
    : QAbstractTableModel(parent)
{
    m_batchTimer.setSingleShot(true);
    connect(&m_batchTimer, &QTimer::timeout, this, &CaseListModel::applyBatch);
}

CaseListModel::~CaseListModel() = default;

CaseListModel::Loaded CaseListModel::build(const QList<CaseSummary>& summaries, CaseRowFactory& factory)
{
    Loaded loaded;
    loaded.rows.reserve(size_t(summaries.size()));
    loaded.texts.reserve(summaries.size(), summaries.size() * 160);
    for (const CaseSummary& summary : summaries) {
        loaded.rows.push_back(factory.make(summary));
        loaded.texts.append(CaseRowFactory::searchText(loaded.rows.back()));
    }
    return loaded;
}

void CaseListModel::prepareSort(int column)
{
    if (column != CustomerReferenceColumn)
        return;
    m_referenceKeys = true;
    m_factory.setReferenceKeys(true);
    // Rows built before (or by a load that started before) lack the key.
    for (CaseRow& row : m_rows) {
        if (!row.referenceKey)
            m_factory.addReferenceKey(row);
    }
}

void CaseListModel::setLabelProvider(LabelProvider provider)
{
    m_labels = provider;
    m_factory.setLabelProvider(std::move(provider));
    if (m_rows.empty())
        return;
    for (size_t r = 0; r < m_rows.size(); ++r) {
        m_factory.relabel(m_rows[r]);
        m_texts.set(int(r), CaseRowFactory::searchText(m_rows[r]));
    }
    emit dataChanged(index(0, CodeLabelColumn), index(rowCount() - 1, CodeLabelColumn),
                     {Qt::DisplayRole, SearchTextRole});
}

void CaseListModel::setRepository(CaseRepository* repository)
{
    if (m_repository)
        disconnect(m_repository, nullptr, this, nullptr);
    m_repository = repository;
    if (!repository)
        return;
    connect(repository, &CaseRepository::casesAdded, this, [this](const QList<CaseSummary>& added) {
        follow({added, {}});
    });
    connect(repository, &CaseRepository::caseChanged, this, [this](const CaseSummary& changed) {
        follow({{changed}, {}});
    });
    connect(repository, &CaseRepository::caseRemoved, this, [this](const QString& key) { follow({{}, key}); });
    connect(repository, &CaseRepository::opened, this, [this](bool ok) {
        if (ok)
            reload();
    });
    if (repository->isOpen())
        reload();
}

void CaseListModel::follow(const PendingChange& change)
{
    if (m_loading) {
        m_changesWhileLoading.append(change);
        return;
    }
    m_batch.append(change);
    if (m_batchTimer.isActive())
        return;
    const qint64 since = m_sinceBatch.isValid() ? m_sinceBatch.elapsed() : qint64(kBatchMs);
    if (since >= kBatchMs)
        applyBatch();
    else
        m_batchTimer.start(int(kBatchMs - since));
}

class CaseListModel::ChangeGroup
{
public:
    ChangeGroup(CaseListModel* model, qsizetype changes)
        : m_model(changes > 1 ? model : nullptr)
    {
        if (m_model && m_model->m_changeGroups++ == 0)
            emit m_model->changesAboutToBeApplied();
    }
    ~ChangeGroup()
    {
        if (m_model && --m_model->m_changeGroups == 0)
            emit m_model->changesApplied();
    }
    Q_DISABLE_COPY_MOVE(ChangeGroup)

private:
    CaseListModel* m_model;
};

void CaseListModel::applyBatch()
{
    m_batchTimer.stop();
    m_sinceBatch.start();
    const ChangeGroup group(this, m_batch.size());
    // In the order they came: a case removed and added again must end up there.
    for (const PendingChange& change : std::exchange(m_batch, {})) {
        if (!change.removedKey.isEmpty())
            removeKey(change.removedKey);
        if (!change.upserts.isEmpty())
            upsert(change.upserts);
    }
}

void CaseListModel::setFirstScreen(std::optional<CaseSummary::IndexedOrder> order, int rows)
{
    m_firstScreenOrder = order;
    m_firstScreenRows = rows;
}

void CaseListModel::reload()
{
    if (!m_repository)
        return;
    const quint64 generation = ++m_generation;
    m_changesWhileLoading.clear();
    // Already in the store, so the load brings them.
    m_batch.clear();
    m_batchTimer.stop();
    setLoading(true);
    if (m_firstScreenOrder && m_firstScreenRows > 0 && m_rows.empty()) {
        // Asked first, so the store thread answers it before it reads the whole store.
        m_repository->loadFirstSummaries(*m_firstScreenOrder, m_firstScreenRows, this,
                                         [this, generation](const QList<CaseSummary>& summaries) {
                                             if (generation == m_generation && m_loading && m_rows.empty())
                                                 applyFirstScreen(build(summaries, m_factory));
                                         });
    }
    m_repository->loadSummaries(this, [this, generation](const QList<CaseSummary>& summaries) {
        if (generation != m_generation)
            return;
        // The label provider may not be thread-safe: resolve the few distinct codes here.
        QHash<QString, QString> labels;
        for (const CaseSummary& summary : summaries) {
            if (!summary.code.isEmpty() && !labels.contains(summary.code))
                labels.insert(summary.code, m_labels ? m_labels(summary.code) : QString());
        }
        auto* watcher = new QFutureWatcher<Loaded>(this);
        connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
            watcher->deleteLater();
            if (generation == m_generation)
                applyLoaded(watcher->future().takeResult());
        });
        // Runs on a worker: a factory of its own (QCollator is per thread), labels resolved above.
        watcher->setFuture(QtConcurrent::run([summaries, labels, referenceKeys = m_referenceKeys] {
            CaseRowFactory factory([&labels](const QString& code) { return labels.value(code); });
            factory.setReferenceKeys(referenceKeys);
            return build(summaries, factory);
        }));
    });
}

void CaseListModel::applyLoaded(Loaded built)
{
    beginResetModel();
    m_rows = std::move(built.rows);
    m_texts = std::move(built.texts);
    m_rowOfKey.clear();
    m_rowOfKey.reserve(qsizetype(m_rows.size()));
    reindexFrom(0);
    endResetModel();
    const QList<PendingChange> changes = std::exchange(m_changesWhileLoading, {});
    setLoading(false);
    // Changes that raced with the load; applying one twice is harmless (upsert by key).
    for (const PendingChange& change : changes) {
        if (!change.removedKey.isEmpty())
            removeKey(change.removedKey);
        if (!change.upserts.isEmpty())
            upsert(change.upserts);
    }
    emit loaded();
}

void CaseListModel::applyFirstScreen(Loaded built)
{
    // Still loading: changes keep waiting in m_changesWhileLoading, and the whole load replaces these rows.
    beginResetModel();
    m_rows = std::move(built.rows);
    m_texts = std::move(built.texts);
    m_rowOfKey.clear();
    reindexFrom(0);
    endResetModel();
}

void CaseListModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    emit loadingChanged(loading);
}

void CaseListModel::reindexFrom(int row)
{
    for (int i = row; i < int(m_rows.size()); ++i)
        m_rowOfKey.insert(m_rows[size_t(i)].summary.caseNumber, i);
}

void CaseListModel::setSummaries(const QList<CaseSummary>& summaries)
{
    ++m_generation; // a load still running must not overwrite these
    applyLoaded(build(summaries, m_factory));
}

void CaseListModel::upsert(const QList<CaseSummary>& summaries)
{
    const ChangeGroup group(this, summaries.size());
    QList<CaseSummary> added;
    for (const CaseSummary& summary : summaries) {
        const int row = rowOfKey(summary.caseNumber);
        if (row < 0) {
            added.append(summary);
            continue;
        }
        m_rows[size_t(row)] = m_factory.make(summary);
        m_texts.set(row, CaseRowFactory::searchText(m_rows[size_t(row)]));
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
    // Keys may repeat within one batch: keep the last.
    QHash<QString, int> lastOf;
    for (int i = 0; i < added.size(); ++i)
        lastOf.insert(added[i].caseNumber, i);
    if (lastOf.isEmpty())
        return;
    const int first = rowCount();
    beginInsertRows({}, first, first + int(lastOf.size()) - 1);
    for (int i = 0; i < added.size(); ++i) {
        if (lastOf.value(added[i].caseNumber) == i) {
            m_rows.push_back(m_factory.make(added[i]));
            m_texts.append(CaseRowFactory::searchText(m_rows.back()));
        }
    }
    reindexFrom(first);
    endInsertRows();
}

void CaseListModel::removeKey(const QString& key)
{
    const int row = rowOfKey(key);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_rows.erase(m_rows.begin() + row);
    m_texts.remove(row);
    m_rowOfKey.remove(key);
    reindexFrom(row);
    endRemoveRows();
}

int CaseListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CaseListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QModelIndex CaseListModel::indexOfKey(const QString& key, int column) const
{
    const int row = rowOfKey(key);
    return row < 0 ? QModelIndex() : index(row, column);
}

QString CaseListModel::displayText(const CaseRow& row, int column) const
{
    const CaseSummary& s = row.summary;
    switch (Column(column)) {
    case CaseNumberColumn:
        return s.caseNumber;
    case OrderNumberColumn:
        return s.orderNumber;
    case CodeColumn:
        return s.code;
    case CodeLabelColumn:
        return row.codeLabel;
    case StatusColumn:
        return row.statusLabel;
    case IbxColumn:
        return s.ibx;
    case CreatedColumn:
    case UpdatedColumn: {
        const QDateTime when = dateTimeOf(column == CreatedColumn ? s.createdMs : s.updatedMs);
        return when.isValid() ? QLocale().toString(when, QLocale::ShortFormat) : QString();
    }
    case CustomerReferenceColumn:
        return s.customerReference;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant CaseListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CaseRow& row = m_rows[size_t(index.row())];
    const CaseSummary& s = row.summary;
    switch (role) {
    case Qt::DisplayRole: // the server's text, shown as sent but never reordered or hidden
        return OutsideText::clean(displayText(row, index.column()));
    case Qt::ToolTipRole: // tooltips read markup
        return s.description.isEmpty() ? QVariant() : QVariant(OutsideText::toolTip(s.description.left(500)));
    case Qt::FontRole:
        if (s.changedSinceSeen()) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case KeyRole:
        return s.caseNumber;
    case RawStatusRole:
        return s.status;
    case BadgeColorRole:
        return badgeColor(s.status);
    case ChangedSinceSeenRole:
        return s.changedSinceSeen();
    case DescriptionRole:
        return s.description;
    case CodeFamilyRole:
        return row.family;
    case PartialRole:
        return s.isPartial();
    case DateTimeRole:
        if (index.column() == CreatedColumn)
            return dateTimeOf(s.createdMs);
        if (index.column() == UpdatedColumn)
            return dateTimeOf(s.updatedMs);
        return {};
    case SearchTextRole:
        return QString::fromUtf8(m_texts.at(index.row()));
    default:
        return {};
    }
}

QVariant CaseListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case CaseNumberColumn:
        return tr("Case");
    case OrderNumberColumn:
        return tr("Order");
    case CodeColumn:
        return tr("Code");
    case CodeLabelColumn:
        return tr("Code label");
    case StatusColumn:
        return tr("Status");
    case IbxColumn:
        return tr("IBX");
    case CreatedColumn:
        return tr("Created");
    case UpdatedColumn:
        return tr("Last updated");
    case CustomerReferenceColumn:
        return tr("Your reference");
    case ColumnCount:
        break;
    }
    return {};
}

QHash<int, QByteArray> CaseListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(KeyRole, "key");
    names.insert(RawStatusRole, "rawStatus");
    names.insert(BadgeColorRole, "badgeColor");
    names.insert(ChangedSinceSeenRole, "changedSinceSeen");
    names.insert(DescriptionRole, "description");
    names.insert(CodeFamilyRole, "codeFamily");
    names.insert(PartialRole, "partial");
    names.insert(DateTimeRole, "dateTime");
    names.insert(SearchTextRole, "searchText");
    return names;
}

QColor CaseListModel::badgeColor(const QString& rawStatus)
{
    // Mid-tone colours that stay legible with white or black text, light theme or dark.
    switch (CaseStatus::fromRaw(rawStatus)) {
    case CaseStatus::Known::Submitted:
        return QColor(0x5b, 0x8d, 0xd6);
    case CaseStatus::Known::InProgress:
        return QColor(0x2f, 0x80, 0xed);
    case CaseStatus::Known::ActionRequired:
        return QColor(0xe6, 0x7e, 0x22);
    case CaseStatus::Known::Resolved:
        return QColor(0x27, 0xae, 0x60);
    case CaseStatus::Known::Closed:
        return QColor(0x7f, 0x8c, 0x8d);
    case CaseStatus::Known::Cancelled:
        return QColor(0x95, 0x5a, 0x5a);
    case CaseStatus::Known::Unknown:
        break;
    }
    return QColor(0xa0, 0xa0, 0xa0);
}

} // namespace CaseDesk
