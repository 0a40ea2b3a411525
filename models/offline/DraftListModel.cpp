#include "models/offline/DraftListModel.h"

#include "models/core/OutsideText.h"
#include "models/offline/DraftStore.h"

namespace CaseDesk
{

DraftListModel::DraftListModel(DraftStore* drafts, QObject* parent)
    : QAbstractTableModel(parent)
    , m_drafts(drafts)
{
    connect(drafts, &DraftStore::draftsChanged, this, &DraftListModel::reload);
    m_rows = drafts->entries();
}

void DraftListModel::setTimeDisplay(const TimeDisplay& display)
{
    m_time = display;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, EditedColumn), index(int(m_rows.size()) - 1, EditedColumn));
}

void DraftListModel::reload()
{
    // A few dozen rows at most: a reset is cheaper to get right than a diff, and views keep their selection
    // by id (rowOf) where it matters.
    beginResetModel();
    m_rows = m_drafts ? m_drafts->entries() : QList<StoredDraft>();
    endResetModel();
}

int DraftListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DraftListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DraftListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const StoredDraft& row = m_rows.at(index.row());
    const std::optional<Draft>& draft = row.draft;
    switch (role) {
    case IdRole:
        return row.id;
    case KindRole:
        return draft ? Draft::kindKey(draft->kind) : QString();
    case CaseNumberRole:
        return draft && draft->note ? draft->note->caseNumber : QString();
    case ProblemRole:
        return row.problem;
    case ErrorRole:
        return draft ? draft->errorMessage.value_or(QString()) : QString();
    case EditedMsRole:
        return row.editedMs;
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case SubjectColumn:
            if (!draft)
                return tr("Unreadable draft");
            return OutsideText::clean(draft->errorMessage ? tr("%1 (refused)").arg(draft->subject())
                                                          : draft->subject());
        case FirstWordsColumn:
            return OutsideText::clean(draft ? draft->firstWords() : row.problem);
        case EditedColumn:
            return row.editedMs > 0 ? m_time.formatShort(QDateTime::fromMSecsSinceEpoch(row.editedMs, Qt::UTC))
                                    : QString();
        }
        return {};
    case Qt::ToolTipRole: // typed text and the server's refusals; tooltips would read markup
        if (!draft)
            return OutsideText::toolTip(tr("This draft cannot be read (%1). Discard it.").arg(row.problem));
        if (draft->errorMessage)
            return OutsideText::toolTip(*draft->errorMessage);
        if (index.column() == FirstWordsColumn)
            return OutsideText::toolTip(draft->firstWords(400)); // a dock is narrow: the tooltip has room for more
        return index.column() == SubjectColumn ? QVariant(OutsideText::toolTip(draft->subject())) : QVariant();
    default:
        return {};
    }
}

QVariant DraftListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SubjectColumn:
        return tr("Draft");
    case FirstWordsColumn:
        return tr("First words");
    case EditedColumn:
        return tr("Last edited");
    }
    return {};
}

int DraftListModel::rowOf(const QString& draftId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == draftId)
            return row;
    }
    return -1;
}

QString DraftListModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).id : QString();
}

} // namespace CaseDesk
