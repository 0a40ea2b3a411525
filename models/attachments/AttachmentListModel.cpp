#include "models/attachments/AttachmentListModel.h"

#include "models/attachments/AttachmentPolicy.h"
#include "models/core/OutsideText.h"

#include <QFileInfo>

namespace CaseDesk
{

using namespace Qt::StringLiterals;

AttachmentListModel::AttachmentListModel(QObject* parent)
    : QAbstractListModel(parent)
{}

int AttachmentListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

QVariant AttachmentListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_items.size())
        return {};
    const Item& item = m_items.at(index.row());
    const QString sizeText = item.size >= 0 ? AttachmentPolicy::formatSize(item.size) : tr("size not known yet");
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return OutsideText::name(item.name); // a file's name: never reordered by a bidi override
    case Qt::ToolTipRole: {
        QString tip = tr("%1 (%2, %3): %4").arg(item.name, typeText(item.name), sizeText, stateText(item.state));
        if (!item.convertedFrom.isEmpty())
            tip += u'\n' + tr("Converted from “%1”.").arg(item.convertedFrom);
        if (!item.error.isEmpty())
            tip += u'\n' + item.error;
        return OutsideText::toolTip(tip); // names and the server's reasons, never read as markup
    }
    case Qt::AccessibleTextRole:
        if (item.state == State::Uploading && item.progress >= 0)
            return tr("%1, %2, uploading, %3 percent").arg(item.name, sizeText).arg(item.progress);
        return tr("%1, %2, %3").arg(item.name, sizeText, stateText(item.state));
    case Qt::AccessibleDescriptionRole:
        return item.error;
    case KeyRole:
        return item.key;
    case SizeRole:
        return item.size;
    case SizeTextRole:
        return sizeText;
    case TypeRole:
        return typeText(item.name);
    case StateRole:
        return int(item.state);
    case StateTextRole:
        return stateText(item.state);
    case ProgressRole:
        return item.progress;
    case ErrorRole:
        return item.error;
    case AttachmentIdRole:
        return item.attachmentId;
    case SourcePathRole:
        return item.sourcePath;
    case Sha256Role:
        return item.sha256;
    case ConvertedFromRole:
        return item.convertedFrom;
    default:
        return {};
    }
}

QHash<int, QByteArray> AttachmentListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({{KeyRole, "key"},
                  {NameRole, "name"},
                  {SizeRole, "size"},
                  {SizeTextRole, "sizeText"},
                  {TypeRole, "type"},
                  {StateRole, "state"},
                  {StateTextRole, "stateText"},
                  {ProgressRole, "progress"},
                  {ErrorRole, "error"},
                  {AttachmentIdRole, "attachmentId"},
                  {SourcePathRole, "sourcePath"},
                  {Sha256Role, "sha256"},
                  {ConvertedFromRole, "convertedFrom"}});
    return names;
}

quint64 AttachmentListModel::append(Item item)
{
    item.key = m_nextKey++;
    const int row = int(m_items.size());
    beginInsertRows({}, row, row);
    m_items.append(std::move(item));
    endInsertRows();
    return m_items.last().key;
}

bool AttachmentListModel::update(quint64 key, const std::function<void(Item&)>& change)
{
    const int row = rowOf(key);
    if (row < 0)
        return false;
    change(m_items[row]);
    m_items[row].key = key; // the key is not the caller's to change
    const QModelIndex changed = index(row);
    emit dataChanged(changed, changed);
    return true;
}

bool AttachmentListModel::remove(quint64 key)
{
    const int row = rowOf(key);
    if (row < 0)
        return false;
    beginRemoveRows({}, row, row);
    m_items.removeAt(row);
    endRemoveRows();
    return true;
}

void AttachmentListModel::clear()
{
    if (m_items.isEmpty())
        return;
    beginResetModel();
    m_items.clear();
    endResetModel();
}

int AttachmentListModel::rowOf(quint64 key) const
{
    for (int row = 0; row < m_items.size(); ++row) {
        if (m_items.at(row).key == key)
            return row;
    }
    return -1;
}

const AttachmentListModel::Item* AttachmentListModel::find(quint64 key) const
{
    const int row = rowOf(key);
    return row < 0 ? nullptr : &m_items.at(row);
}

quint64 AttachmentListModel::keyAt(int row) const
{
    return row >= 0 && row < m_items.size() ? m_items.at(row).key : 0;
}

QString AttachmentListModel::stateText(State state)
{
    switch (state) {
    case State::Queued:
        return tr("Waiting to upload");
    case State::Converting:
        return tr("Converting…");
    case State::Hashing:
        return tr("Preparing…");
    case State::Uploading:
        return tr("Uploading…");
    case State::Uploaded:
        return tr("Uploaded");
    case State::Failed:
        return tr("Upload failed");
    case State::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

bool AttachmentListModel::isBusy(State state)
{
    return state == State::Queued || state == State::Converting || state == State::Hashing || state == State::Uploading;
}

QString AttachmentListModel::typeText(const QString& name)
{
    const QString suffix = QFileInfo(OutsideText::name(name)).suffix(); // the real one, whatever hides it
    return suffix.isEmpty() ? tr("No type") : suffix.toUpper();
}

} // namespace CaseDesk
