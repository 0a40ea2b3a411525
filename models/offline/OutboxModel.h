#pragma once

#include "models/offline/OfflineTables.h"
#include "models/presentation/TimeDisplay.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace CaseDesk
{

class Outbox;
class OutboxSender;

/*
 * The outbox view's rows, in the order items go out: what each item is, its state (waiting, sending,
 * failed, delivered), the reason or result, and when it was made. Unreadable rows are listed as failed.
 * Follows the Outbox; asks the sender which item is on its way.
 */
class OutboxModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        ItemColumn,
        StateColumn,
        DetailColumn,
        CreatedColumn,
        ColumnCount,
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        StateRole,      // OutboxItem::State as int; Failed for an unreadable row
        KindRole,       // "create", "note", "cancel"
        CaseNumberRole, // note, cancel, and a delivered create's new case
        ReadableRole,
    };

    OutboxModel(Outbox* outbox, OutboxSender* sender, QObject* parent = nullptr);

    void setTimeDisplay(const TimeDisplay& display);
    // Delivered items are shown when this is on (the default), hidden otherwise.
    void setShowDelivered(bool show);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    int rowOf(const QString& itemId) const;
    QString idAt(int row) const;

private:
    void reload();
    QString stateText(const StoredOutboxItem& row) const;
    QString detailText(const StoredOutboxItem& row) const;

    QPointer<Outbox> m_outbox;
    QPointer<OutboxSender> m_sender;
    QList<StoredOutboxItem> m_rows;
    TimeDisplay m_time;
    bool m_showDelivered = true;
};

} // namespace CaseDesk
