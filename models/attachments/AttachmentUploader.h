#pragma once

#include "models/attachments/AttachmentListModel.h"
#include "models/attachments/AttachmentPolicy.h"
#include "models/domain/AttachmentRef.h"

#include <QDateTime>
#include <QHash>
#include <QImage>
#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

namespace CaseDesk
{

class ApiError;
class AttachmentService;
class Transfer;

/*
 * The attachments of one note or new case, from the moment they are added until the request that refers
 * to them is sent. Each added file is checked against the policy, copied into the stash (so nothing is lost
 * if the original moves or an upload fails) and uploaded at once, with progress, cancel and retry.
 *
 *     uploader->setService(attachments);            // items added before this wait in Queued
 *     const AttachmentCheck check = uploader->addFile(path);
 *     ...
 *     uploader->whenSettled(this, [this] {          // every upload finished, failed or was cancelled
 *         if (!uploader->hasProblems()) send(uploader->references());
 *     });
 */
class AttachmentUploader : public QObject
{
    Q_OBJECT

public:
    explicit AttachmentUploader(QObject* parent = nullptr);
    ~AttachmentUploader() override;

    // Not owned. Queued items start uploading once a service is set.
    void setService(AttachmentService* service);
    AttachmentService* service() const;
    // The policy in force: the service's, else the bundled one.
    const AttachmentPolicy& policy() const;
    AttachmentListModel* model() const { return m_model; }

    // Checks the file and, when it passes, adds it and starts its upload. `name` overrides the file's own
    // name (a draft restoring a stashed copy). The check's message says why a file was refused.
    AttachmentCheck addFile(const QString& path, const QString& name = {});
    // For an image refused for its type or size: converts it to PNG (JPEG if needed to fit), then adds it.
    AttachmentCheck addConverted(const QString& path);
    // A pasted image, kept as screenshot-<date-time>.png (JPEG only if a PNG would be over the limit).
    AttachmentCheck addImage(const QImage& image, const QDateTime& when = QDateTime::currentDateTime());

    void cancel(quint64 key);
    void retry(quint64 key);
    // Removes the item; an uploaded file is deleted from the server too, since nothing will refer to it.
    void remove(quint64 key);
    // Forgets every item without deleting anything on the server (after the request that used them was sent).
    void clear();

    int count() const { return m_model->rowCount(); }
    // True when no item is still converting, copying or uploading (an empty list is settled).
    bool isSettled() const;
    // True when some item failed or was cancelled: a request sent now would lack it.
    bool hasProblems() const;
    QStringList problemNames() const;
    // Runs `callback` once the list is settled (at once when it already is), while `context` lives.
    void whenSettled(QObject* context, std::function<void()> callback);
    // The uploaded attachments, in list order, with the id and name the API returned.
    QList<AttachmentRef> references() const;

signals:
    void settled();

private:
    struct Waiter
    {
        QPointer<QObject> context;
        bool tied = false;
        std::function<void()> callback;
    };
    // What a converting item is made from: a file, or a pasted image.
    struct Conversion
    {
        QString path;
        QImage image;
    };

    bool isDuplicate(const QString& path) const;
    void convert(quint64 key);
    void prepare(quint64 key);
    void upload(quint64 key);
    void fail(quint64 key, const QString& message);
    static QString failureText(const QString& name, const ApiError& error);
    void noteStateChange();
    int attemptOf(quint64 key) const { return m_attempts.value(key); }

    AttachmentListModel* m_model;
    QPointer<AttachmentService> m_service;
    QHash<quint64, QPointer<Transfer>> m_transfers;
    QHash<quint64, int> m_attempts;           // callbacks of an earlier attempt are ignored
    QHash<quint64, Conversion> m_conversions; // until the converted file exists, for retry
    QList<Waiter> m_waiters;
    bool m_wasSettled = true;
};

} // namespace CaseDesk
