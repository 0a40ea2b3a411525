#include "models/offline/OutboxModel.h"

#include "models/core/OutsideText.h"
#include "models/offline/Outbox.h"
#include "models/offline/OutboxSender.h"

namespace CaseDesk
{

OutboxModel::OutboxModel(Outbox* outbox, OutboxSender* sender, QObject* parent)
    : QAbstractTableModel(parent)
    , m_outbox(outbox)
    , m_sender(sender)
{
    connect(outbox, &Outbox::itemsChanged, this, &OutboxModel::reload);
    if (sender) {
        connect(sender, &OutboxSender::currentItemChanged, this, [this] {
            if (!m_rows.isEmpty())
                emit dataChanged(index(0, StateColumn), index(int(m_rows.size()) - 1, StateColumn));
        });
    }
    reload();
}

void OutboxModel::setTimeDisplay(const TimeDisplay& display)
{
    m_time = display;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, CreatedColumn), index(int(m_rows.size()) - 1, CreatedColumn));
}

void OutboxModel::setShowDelivered(bool show)
{
    m_showDelivered = show;
    reload();
}

void OutboxModel::reload()
{
    beginResetModel();
    m_rows.clear();
    if (m_outbox) {
        for (const StoredOutboxItem& entry : m_outbox->entries()) {
            if (m_showDelivered || !entry.item || entry.item->isPending())
                m_rows.append(entry);
        }
    }
    endResetModel();
}

int OutboxModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OutboxModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString OutboxModel::stateText(const StoredOutboxItem& row) const
{
    if (!row.item)
        return tr("Failed");
    if (m_sender && m_sender->currentItemId() == row.id)
        return tr("Sending");
    return row.item->stateText();
}

QString OutboxModel::detailText(const StoredOutboxItem& row) const
{
    if (!row.item)
        return tr("This item cannot be read (%1). Discard it.").arg(row.problem);
    const OutboxItem& item = *row.item;
    if (item.state == OutboxItem::State::Delivered) {
        const QString result = item.resultId.value_or(QString());
        switch (item.kind) {
        case OutboxItem::Kind::Create:
            return result.startsWith(QLatin1String("1-")) ? tr("Created as trouble ticket %1").arg(result)
                                                          : tr("Created as case %1").arg(result);
        case OutboxItem::Kind::Note:
            return tr("Added to case %1").arg(item.caseNumber);
        case OutboxItem::Kind::Cancel:
            return tr("Case %1 cancelled").arg(item.caseNumber);
        }
    }
    const QString words = item.firstWords(60);
    QString reason = item.reason.value_or(QString());
    if (item.isPending() && item.mayHaveBeenSent())
        reason = tr("%1 It may have arrived: the server is asked before it is sent again.").arg(reason).trimmed();
    if (reason.isEmpty())
        return words;
    return words.isEmpty() ? reason : tr("%1 — %2").arg(words, reason);
}

QVariant OutboxModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const StoredOutboxItem& row = m_rows.at(index.row());
    switch (role) {
    case IdRole:
        return row.id;
    case StateRole:
        return int(row.item ? row.item->state : OutboxItem::State::Failed);
    case KindRole:
        return row.item ? OutboxItem::kindKey(row.item->kind) : QString();
    case CaseNumberRole:
        if (!row.item)
            return QString();
        if (row.item->kind == OutboxItem::Kind::Create)
            return row.item->resultId.value_or(QString());
        return row.item->caseNumber;
    case ReadableRole:
        return row.item.has_value();
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case ItemColumn:
            return row.item ? OutsideText::clean(row.item->summary()) : tr("Unreadable item");
        case StateColumn:
            return stateText(row);
        case DetailColumn:
            return OutsideText::clean(detailText(row)); // the server's reasons
        case CreatedColumn:
            return row.item && row.item->createdMs > 0
                       ? m_time.formatShort(QDateTime::fromMSecsSinceEpoch(row.item->createdMs, Qt::UTC))
                       : QString();
        }
        return {};
    case Qt::ToolTipRole: // tooltips would read markup in what was typed or what the server said
        if (index.column() == ItemColumn && row.item && row.item->createdMs > 0)
            return OutsideText::toolTip(tr("%1\nMade %2")
                                            .arg(row.item->summary(), m_time.format(QDateTime::fromMSecsSinceEpoch(
                                                                          row.item->createdMs, Qt::UTC))));
        if (index.column() == DetailColumn || index.column() == StateColumn)
            return OutsideText::toolTip(detailText(row));
        return {};
    default:
        return {};
    }
}

QVariant OutboxModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ItemColumn:
        return tr("Item");
    case StateColumn:
        return tr("State");
    case DetailColumn:
        return tr("Reason or result");
    case CreatedColumn:
        return tr("Made");
    }
    return {};
}

int OutboxModel::rowOf(const QString& itemId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == itemId)
            return row;
    }
    return -1;
}

QString OutboxModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : QString();
}

} // namespace CaseDesk
