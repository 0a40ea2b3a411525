#pragma once

#include <QAbstractListModel>
#include <QList>
#include <QString>

#include <functional>

namespace CaseDesk
{

/*
 * The files of one attachment list (a note being written, a case being created) and where each upload
 * stands. AttachmentUploader is its only writer; views read it through the roles below.
 *
 * Rows are addressed by a stable key (rows move when others are removed); names, sizes and states are
 * formatted here so every view shows them alike.
 */
class AttachmentListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum class State
    {
        Queued,     // waiting for the attachment service (none set yet)
        Converting, // an image being turned into PNG or JPEG
        Hashing,    // being copied into the stash
        Uploading,
        Uploaded,
        Failed,
        Cancelled,
    };
    Q_ENUM(State)

    enum Role
    {
        KeyRole = Qt::UserRole + 1,
        NameRole,
        SizeRole,     // qint64 bytes, -1 while unknown
        SizeTextRole, // "2.4 MB"
        TypeRole,     // "PNG"
        StateRole,    // State as int
        StateTextRole,
        ProgressRole, // 0..100, -1 while unknown
        ErrorRole,
        AttachmentIdRole,
        SourcePathRole,
        Sha256Role,
        ConvertedFromRole,
    };

    struct Item
    {
        quint64 key = 0;
        QString name;          // as it will be uploaded
        QString sourcePath;    // what the user added (or a converted copy)
        QString convertedFrom; // the original's name when this is a conversion
        qint64 size = -1;
        State state = State::Queued;
        int progress = -1;
        QString error;
        QString attachmentId;
        QString attachmentName; // as the API named it
        QString sha256;
        QString stashPath; // the stashed copy, named for upload
    };

    explicit AttachmentListModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Appends `item` under a new key, which it returns.
    quint64 append(Item item);
    // Applies `change` to the item with `key`; false when there is none.
    bool update(quint64 key, const std::function<void(Item&)>& change);
    bool remove(quint64 key);
    void clear();

    int rowOf(quint64 key) const;
    const Item* find(quint64 key) const;
    const Item& at(int row) const { return m_items.at(row); }
    QList<Item> items() const { return m_items; }
    quint64 keyAt(int row) const;

    static QString stateText(State state);
    static bool isBusy(State state);
    static QString typeText(const QString& name);

private:
    QList<Item> m_items;
    quint64 m_nextKey = 1;
};

} // namespace CaseDesk
