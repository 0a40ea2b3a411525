#include "models/attachments/AttachmentUploader.h"

#include "models/api/Transfer.h"
#include "models/attachments/AttachmentService.h"
#include "models/attachments/Background.h"
#include "models/attachments/ImageConversion.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QUuid>

#include <algorithm>
#include <utility>

namespace CaseDesk
{

using namespace Qt::StringLiterals;

using State = AttachmentListModel::State;

AttachmentUploader::AttachmentUploader(QObject* parent)
    : QObject(parent)
    , m_model(new AttachmentListModel(this))
{}

AttachmentUploader::~AttachmentUploader()
{
    // An upload nobody will use must not go on in the background. Cancelling calls back at once: make those
    // callbacks stale first, and iterate a copy.
    m_attempts.clear();
    const QHash<quint64, QPointer<Transfer>> transfers = std::exchange(m_transfers, {});
    for (const QPointer<Transfer>& transfer : transfers) {
        if (transfer)
            transfer->cancel();
    }
}

void AttachmentUploader::setService(AttachmentService* service)
{
    if (m_service == service)
        return;
    m_service = service;
    if (!m_service)
        return;
    for (const AttachmentListModel::Item& item : m_model->items()) {
        if (item.state == State::Queued)
            prepare(item.key);
    }
}

AttachmentService* AttachmentUploader::service() const
{
    return m_service;
}

const AttachmentPolicy& AttachmentUploader::policy() const
{
    return m_service ? m_service->policy() : AttachmentPolicy::bundled();
}

bool AttachmentUploader::isDuplicate(const QString& path) const
{
    const QString canonical = QFileInfo(path).canonicalFilePath();
    for (const AttachmentListModel::Item& item : m_model->items()) {
        if (QFileInfo(item.sourcePath).canonicalFilePath() == canonical)
            return true;
    }
    return false;
}

AttachmentCheck AttachmentUploader::addFile(const QString& path, const QString& name)
{
    const QFileInfo info(path);
    const QString displayName = name.isEmpty() ? info.fileName() : name;
    AttachmentCheck check = policy().check(info, count(), displayName);
    if (check.ok() && isDuplicate(path))
        check = {AttachmentCheck::Rule::Duplicate, tr("“%1” is already in the list.").arg(displayName)};
    if (!check.ok())
        return check;
    AttachmentListModel::Item item;
    item.name = policy().uploadName(displayName);
    item.sourcePath = info.absoluteFilePath();
    item.size = info.size();
    const quint64 key = m_model->append(item);
    prepare(key);
    noteStateChange();
    return check;
}

AttachmentCheck AttachmentUploader::addConverted(const QString& path)
{
    const QFileInfo info(path);
    const AttachmentCheck check = policy().check(info, count());
    if (check.ok())
        return addFile(path); // nothing to convert
    if (!check.mayConvert() || !ImageConversion::canRead(path))
        return check; // not an image Qt can read: nothing to offer
    AttachmentListModel::Item item;
    item.name = policy().uploadName(info.completeBaseName() + u".png"_s);
    item.sourcePath = info.absoluteFilePath();
    item.convertedFrom = info.fileName();
    item.state = State::Converting;
    const quint64 key = m_model->append(item);
    m_conversions.insert(key, {info.absoluteFilePath(), {}});
    convert(key);
    noteStateChange();
    return {};
}

AttachmentCheck AttachmentUploader::addImage(const QImage& image, const QDateTime& when)
{
    const QString baseName = ImageConversion::screenshotBaseName(when);
    const AttachmentCheck check = policy().checkCount(baseName + u".png"_s, count());
    if (!check.ok())
        return check;
    if (image.isNull())
        return {AttachmentCheck::Rule::Empty, tr("The clipboard holds no image to attach.")};
    AttachmentListModel::Item item;
    item.name = baseName + u".png"_s;
    item.state = State::Converting;
    const quint64 key = m_model->append(item);
    m_conversions.insert(key, {{}, image});
    convert(key);
    noteStateChange();
    return check;
}

void AttachmentUploader::convert(quint64 key)
{
    const Conversion conversion = m_conversions.value(key);
    const AttachmentListModel::Item* item = m_model->find(key);
    if (!item)
        return;
    const int attempt = ++m_attempts[key];
    m_model->update(key, [](AttachmentListModel::Item& it) {
        it.state = State::Converting;
        it.error.clear();
    });
    const QString scratch =
        m_service ? m_service->stash().scratchPath()
                  : QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation)).filePath(u"scratch"_s);
    const QString directory = QDir(scratch).filePath(QUuid::createUuid().toString(QUuid::WithoutBraces));
    const qint64 maxBytes = policy().maxBytes();
    const QString baseName = QFileInfo(item->name).completeBaseName();
    runInBackground<ConvertedImage>(
        this,
        [conversion, directory, maxBytes, baseName] {
            if (!conversion.path.isEmpty())
                return ImageConversion::convertFile(conversion.path, directory, maxBytes);
            return ImageConversion::fit(conversion.image, directory, baseName, maxBytes, baseName + u".png"_s);
        },
        [this, key, attempt](const ConvertedImage& converted) {
            if (attemptOf(key) != attempt)
                return;
            if (!converted.ok())
                return fail(key, converted.error);
            m_conversions.remove(key);
            m_model->update(key, [this, &converted](AttachmentListModel::Item& it) {
                it.name = policy().uploadName(QFileInfo(converted.path).fileName());
                it.sourcePath = converted.path;
                it.size = converted.size;
                it.state = State::Queued;
            });
            prepare(key);
            noteStateChange();
        });
}

void AttachmentUploader::prepare(quint64 key)
{
    const AttachmentListModel::Item* item = m_model->find(key);
    if (!item || !m_service)
        return;
    const int attempt = ++m_attempts[key];
    m_model->update(key, [](AttachmentListModel::Item& it) {
        it.state = State::Hashing;
        it.error.clear();
        it.progress = -1;
    });
    m_service->stash().add(item->sourcePath, item->name, this, [this, key, attempt](const StashedFile& stashed) {
        if (attemptOf(key) != attempt)
            return;
        if (!stashed.ok())
            return fail(key, stashed.error);
        const QString scratch = m_service ? m_service->stash().scratchPath() : QString();
        m_model->update(key, [&stashed, &scratch](AttachmentListModel::Item& it) {
            if (!scratch.isEmpty() && it.sourcePath.startsWith(scratch + u'/')) {
                // A conversion's output: the stash holds it now, its scratch folder can go.
                QDir(QFileInfo(it.sourcePath).path()).removeRecursively();
                it.sourcePath = stashed.blobPath;
            }
            it.sha256 = stashed.sha256;
            it.stashPath = stashed.namedPath;
            it.size = stashed.size;
        });
        upload(key);
    });
}

void AttachmentUploader::upload(quint64 key)
{
    const AttachmentListModel::Item* item = m_model->find(key);
    if (!item || !m_service)
        return;
    const int attempt = ++m_attempts[key];
    m_model->update(key, [](AttachmentListModel::Item& it) {
        it.state = State::Uploading;
        it.error.clear();
        it.progress = 0;
    });
    Transfer* transfer =
        m_service->upload(item->stashPath, this, [this, key, attempt](const ApiResult<AttachmentInfo>& result) {
            if (attemptOf(key) != attempt)
                return;
            m_transfers.remove(key);
            const AttachmentListModel::Item* current = m_model->find(key);
            if (!current)
                return;
            if (result.ok()) {
                m_model->update(key, [&result](AttachmentListModel::Item& it) {
                    it.state = State::Uploaded;
                    it.progress = 100;
                    it.attachmentId = result.value->attachmentId;
                    it.attachmentName = result.value->attachmentName.isEmpty() ? it.name : result.value->attachmentName;
                });
            } else if (result.error.kind == ApiError::Kind::Cancelled) {
                m_model->update(key, [](AttachmentListModel::Item& it) {
                    it.state = State::Cancelled;
                    it.error = tr("The upload of “%1” was cancelled; retry it or remove it.").arg(it.name);
                });
            } else {
                return fail(key, failureText(current->name, result.error));
            }
            noteStateChange();
        });
    if (transfer) {
        m_transfers.insert(key, transfer);
        connect(transfer, &Transfer::progressChanged, this, [this, key, attempt](qint64 done, qint64 total) {
            if (attemptOf(key) != attempt || total <= 0)
                return;
            const int percent = int(std::clamp<qint64>(done * 100 / total, 0, 100));
            m_model->update(key, [percent](AttachmentListModel::Item& it) { it.progress = percent; });
        });
    }
    noteStateChange();
}

QString AttachmentUploader::failureText(const QString& name, const ApiError& error)
{
    // Uploads are never resent by themselves (ApiClient's rule for writes): say so, and what to do.
    if (error.kind == ApiError::Kind::Offline || error.kind == ApiError::Kind::Timeout)
        return tr("“%1” did not upload: the connection to the server was lost before it answered. Retry it when "
                  "the connection is back.")
            .arg(name);
    return tr("“%1” did not upload: %2").arg(name, error.userMessage());
}

void AttachmentUploader::fail(quint64 key, const QString& message)
{
    m_transfers.remove(key);
    m_model->update(key, [&message](AttachmentListModel::Item& it) {
        it.state = State::Failed;
        it.error = message;
    });
    noteStateChange();
}

void AttachmentUploader::cancel(quint64 key)
{
    const AttachmentListModel::Item* item = m_model->find(key);
    if (!item || !AttachmentListModel::isBusy(item->state))
        return;
    if (const QPointer<Transfer> transfer = m_transfers.value(key)) {
        transfer->cancel(); // the upload's callback reports Cancelled
        return;
    }
    ++m_attempts[key]; // a conversion or copy in flight: its result is ignored
    m_model->update(key, [](AttachmentListModel::Item& it) {
        it.state = State::Cancelled;
        it.error = tr("“%1” was cancelled before it uploaded; retry it or remove it.").arg(it.name);
    });
    noteStateChange();
}

void AttachmentUploader::retry(quint64 key)
{
    const AttachmentListModel::Item* item = m_model->find(key);
    if (!item || (item->state != State::Failed && item->state != State::Cancelled))
        return;
    if (m_conversions.contains(key))
        convert(key);
    else if (!item->stashPath.isEmpty() && QFileInfo::exists(item->stashPath))
        upload(key); // the stashed copy: the original may have moved since
    else if (m_service)
        prepare(key);
    else
        m_model->update(key, [](AttachmentListModel::Item& it) {
            it.state = State::Queued;
            it.error.clear();
        });
    noteStateChange();
}

void AttachmentUploader::remove(quint64 key)
{
    const AttachmentListModel::Item* item = m_model->find(key);
    if (!item)
        return;
    ++m_attempts[key];
    if (const QPointer<Transfer> transfer = m_transfers.take(key))
        transfer->cancel();
    if (item->state == State::Uploaded && m_service)
        m_service->discard(item->attachmentId);
    m_model->remove(key);
    m_attempts.remove(key);
    m_conversions.remove(key);
    noteStateChange();
}

void AttachmentUploader::clear()
{
    m_attempts.clear(); // every callback still on its way is now stale
    const QHash<quint64, QPointer<Transfer>> transfers = std::exchange(m_transfers, {});
    for (const QPointer<Transfer>& transfer : transfers) {
        if (transfer)
            transfer->cancel();
    }
    m_conversions.clear();
    m_model->clear();
    noteStateChange();
}

bool AttachmentUploader::isSettled() const
{
    for (const AttachmentListModel::Item& item : m_model->items()) {
        if (AttachmentListModel::isBusy(item.state))
            return false;
    }
    return true;
}

bool AttachmentUploader::hasProblems() const
{
    return !problemNames().isEmpty();
}

QStringList AttachmentUploader::problemNames() const
{
    QStringList names;
    for (const AttachmentListModel::Item& item : m_model->items()) {
        if (item.state == State::Failed || item.state == State::Cancelled)
            names << item.name;
    }
    return names;
}

void AttachmentUploader::whenSettled(QObject* context, std::function<void()> callback)
{
    if (isSettled()) {
        callback();
        return;
    }
    m_waiters.append({context, context != nullptr, std::move(callback)});
}

QList<AttachmentRef> AttachmentUploader::references() const
{
    QList<AttachmentRef> refs;
    for (const AttachmentListModel::Item& item : m_model->items()) {
        if (item.state == State::Uploaded)
            refs.append({item.attachmentId, item.attachmentName, {}, {}});
    }
    return refs;
}

void AttachmentUploader::noteStateChange()
{
    const bool settledNow = isSettled();
    const bool becameSettled = settledNow && !m_wasSettled;
    m_wasSettled = settledNow;
    if (!becameSettled)
        return;
    emit settled();
    const QList<Waiter> waiters = std::exchange(m_waiters, {});
    for (const Waiter& waiter : waiters) {
        if (waiter.context || !waiter.tied)
            waiter.callback();
    }
}

} // namespace CaseDesk
