#pragma once

#include "models/offline/OfflineTables.h"
#include "models/presentation/TimeDisplay.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace CaseDesk
{

class DraftStore;

/*
 * The Drafts list: one row per draft (new cases and notes), most recently edited first, with what it is,
 * its first words and when it was last edited. A draft that no longer reads is a row too, saying why, so it
 * can be discarded. Follows the DraftStore it is given.
 *
 *     auto* model = new DraftListModel(drafts, this);
 *     view->setModel(model);
 *     const QString id = model->data(index, DraftListModel::IdRole).toString();
 */
class DraftListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        SubjectColumn,
        FirstWordsColumn,
        EditedColumn,
        ColumnCount,
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        KindRole,       // "case", "note", empty for an unreadable row
        CaseNumberRole, // notes: the case they are for
        ProblemRole,    // why the row cannot be read, empty otherwise
        ErrorRole,      // why the server refused it last time, empty otherwise
        EditedMsRole,
    };

    explicit DraftListModel(DraftStore* drafts, QObject* parent = nullptr);

    void setTimeDisplay(const TimeDisplay& display);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    int rowOf(const QString& draftId) const;
    QString idAt(int row) const;

private:
    void reload();

    QPointer<DraftStore> m_drafts;
    QList<StoredDraft> m_rows;
    TimeDisplay m_time;
};

} // namespace CaseDesk
