#include "models/export/CaseExportJob.h"

#include "models/api/Transfer.h"
#include "models/attachments/AttachmentService.h"
#include "models/export/CaseDocument.h"
#include "models/export/EvidencePack.h"
#include "models/export/PagedPrinter.h"
#include "models/store/CaseRepository.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QFile>
#include <QPagedPaintDevice>
#include <QPdfWriter>
#include <QPromise>
#include <QSaveFile>
#include <QTextDocument>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>

namespace CaseDesk
{

using namespace Qt::StringLiterals;

namespace
{
// Where the worker's share of the progress starts: an evidence pack downloads first.
constexpr int kDownloadShare = 600;

QString fileBaseName(const CaseExportContent& content)
{
    return u"case-"_s + content.facts.number;
}

// Writes the PDF of `content` to `device`; false when cancelled or painting failed.
bool writePdf(const CaseExportContent& content, QIODevice* device, const std::function<bool()>& cancelled, int* pages)
{
    const std::unique_ptr<QTextDocument> document = CaseDocument::build(content);
    QPdfWriter pdf(device);
    pdf.setPageLayout(PagedPrinter::defaultLayout());
    pdf.setTitle(CaseDocument::title(content));
    pdf.setCreator(QCoreApplication::applicationName());
    return PagedPrinter::print(document.get(), &pdf, CaseDocument::footer(content), cancelled, pages);
}
} // namespace

// What the worker hands back; shared, so a job that goes away first leaves it to the worker.
struct CaseExportJob::WorkState
{
    std::atomic<bool> done{false};
    QString error;
    int pages = 0;
    int files = 0;
};

CaseExportJob::CaseExportJob(const Setup& setup, const QString& key, Kind kind, const QString& destination,
                             std::shared_ptr<QPagedPaintDevice> device, QObject* parent)
    : QObject(parent)
    , m_setup(setup)
    , m_key(key)
    , m_kind(kind)
    , m_destination(destination)
    , m_device(std::move(device))
{
    connect(&m_watcher, &QFutureWatcherBase::progressValueChanged, this, [this](int value) {
        const int start = workerStart();
        emit progressChanged(start + value * (1000 - start) / 1000, m_watcher.progressText());
    });
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &CaseExportJob::onWorkerFinished);
}

CaseExportJob::~CaseExportJob()
{
    if (m_transfer)
        m_transfer->cancel();
    if (m_watcher.isRunning())
        m_watcher.cancel(); // the worker stops at its next check and cleans up after itself
}

int CaseExportJob::workerStart() const
{
    return m_kind == Kind::EvidencePack ? kDownloadShare : 0;
}

void CaseExportJob::start()
{
    if (m_running || m_finished)
        return;
    m_running = true;
    emit progressChanged(0, tr("Reading case %1…").arg(m_key));
    if (!m_setup.repository)
        return finish(Result::Failed, tr("The local case store is not open."));
    m_setup.repository->caseDetail(m_key, this, [this](const CaseDetail& detail) { onDetail(detail); });
}

void CaseExportJob::cancel()
{
    if (m_finished || m_cancelled)
        return;
    m_cancelled = true;
    if (!m_running)
        return finish(Result::Cancelled);
    if (m_transfer)
        m_transfer->cancel(); // its callback finishes the job
    else if (m_watcher.isRunning())
        m_watcher.cancel(); // onWorkerFinished finishes it
}

void CaseExportJob::onDetail(const CaseDetail& detail)
{
    if (m_cancelled)
        return finish(Result::Cancelled);
    if (!detail.found)
        return finish(Result::Failed, tr("Case %1 is not in the local store.").arg(m_key));
    if (!detail.answer || detail.raw.isEmpty())
        return finish(Result::Failed,
                      tr("Case %1 has not been read from the server yet. Open it once, then export it.").arg(m_key));
    QList<CaseNote> pending;
    for (const StoredNote& note : detail.notes) {
        if (note.isPending())
            pending.append(note.note);
    }
    m_content.exportedAt = QDateTime::currentDateTimeUtc();
    // The case view's own facts: the same fields, labels and durations as on screen.
    m_content.facts =
        CaseFacts::from(*detail.answer, detail.raw, pending, m_setup.time, m_setup.codeLabel, m_content.exportedAt);
    m_content.rawAnswer = detail.raw;
    m_content.environment = m_setup.environment;
    m_content.time = m_setup.time;
    m_content.attachments = ExportedAttachment::listOf(m_content.facts);
    if (AttachmentService* service = m_setup.attachments) {
        for (ExportedAttachment& attachment : m_content.attachments) {
            attachment.size = service->knownSize(attachment.ref.id);
            if (service->isCached(m_content.facts.number, attachment.ref))
                attachment.localPath = service->cachePath(m_content.facts.number, attachment.ref);
        }
    }
    if (m_kind == Kind::EvidencePack)
        downloadNext(0);
    else
        runWorker();
}

void CaseExportJob::downloadNext(int index)
{
    const int count = int(m_content.attachments.size());
    if (m_cancelled)
        return finish(Result::Cancelled);
    if (index >= count)
        return runWorker();
    AttachmentService* service = m_setup.attachments;
    if (!service)
        return finish(Result::Failed, tr("Not connected to a server: the attachments cannot be downloaded."));
    const ExportedAttachment& attachment = m_content.attachments.at(index);
    const QString step = tr("Downloading “%1” (%2 of %3)…").arg(attachment.ref.name).arg(index + 1).arg(count);
    emit progressChanged(index * kDownloadShare / count, step);
    const QString cached = service->cachePath(m_content.facts.number, attachment.ref);
    m_transfer = service->fetch(
        m_content.facts.number, attachment.ref, cached, this, [this, index, cached](const ApiResult<QString>& result) {
            m_transfer = nullptr;
            if (!result.ok()) {
                if (m_cancelled || result.error.kind == ApiError::Kind::Cancelled)
                    return finish(Result::Cancelled);
                return finish(Result::Failed,
                              tr("“%1” could not be downloaded: %2")
                                  .arg(m_content.attachments.at(index).ref.name, result.error.userMessage()));
            }
            m_content.attachments[index].localPath = cached;
            downloadNext(index + 1);
        });
    if (m_transfer) {
        connect(m_transfer, &Transfer::progressChanged, this, [this, index, count, step](qint64 done, qint64 total) {
            const double part = total > 0 ? double(done) / double(total) : 0.0;
            emit progressChanged(int((index + part) * kDownloadShare / count), step);
        });
    }
}

void CaseExportJob::runWorker()
{
    if (m_cancelled)
        return finish(Result::Cancelled);
    m_state = std::make_shared<WorkState>();
    const Kind kind = m_kind;
    const QString destination = m_destination;
    const std::shared_ptr<QPagedPaintDevice> device = m_device;
    const std::shared_ptr<WorkState> state = m_state;
    const QString generator =
        u"%1 %2"_s.arg(QCoreApplication::applicationName(), QCoreApplication::applicationVersion());
    m_watcher.setFuture(QtConcurrent::run([content = m_content, kind, destination, device, state,
                                           generator](QPromise<void>& promise) mutable {
        promise.setProgressRange(0, 1000);
        auto cancelled = [&promise] {
            return promise.isCanceled();
        };

        // Size and SHA-256 of every attachment on disk: for the PDF's list and the manifest.
        promise.setProgressValueAndText(1, CaseExportJob::tr("Checking the attachments…"));
        for (ExportedAttachment& attachment : content.attachments) {
            if (cancelled())
                return;
            if (attachment.localPath.isEmpty())
                continue;
            QFile file(attachment.localPath);
            if (!file.open(QIODevice::ReadOnly)) {
                if (kind == Kind::EvidencePack) {
                    state->error =
                        CaseExportJob::tr("“%1” cannot be read: %2").arg(attachment.ref.name, file.errorString());
                    return;
                }
                attachment.localPath.clear();
                continue;
            }
            QCryptographicHash hash(QCryptographicHash::Sha256);
            hash.addData(&file);
            attachment.size = file.size();
            attachment.sha256 = hash.result().toHex();
        }

        promise.setProgressValueAndText(200, kind == Kind::Print ? CaseExportJob::tr("Printing…")
                                                                 : CaseExportJob::tr("Laying out the pages…"));
        if (kind == Kind::Print) {
            // Once pages go to the printer they are printed whole: a half-printed case helps nobody.
            const std::unique_ptr<QTextDocument> document = CaseDocument::build(content);
            if (cancelled())
                return;
            if (!PagedPrinter::print(document.get(), device.get(), CaseDocument::footer(content), {}, &state->pages))
                state->error = CaseExportJob::tr("The printer could not be started.");
            else
                state->done = true;
            return;
        }
        if (kind == Kind::Pdf) {
            // QSaveFile: the PDF appears under its name only once complete; cancelled, nothing is left.
            QSaveFile file(destination);
            if (!file.open(QIODevice::WriteOnly)) {
                state->error = file.errorString();
                return;
            }
            if (!writePdf(content, &file, cancelled, &state->pages)) {
                file.cancelWriting();
                if (!cancelled())
                    state->error = CaseExportJob::tr("The PDF could not be laid out.");
                return;
            }
            if (cancelled())
                return; // not committed: QSaveFile removes its temporary file
            if (!file.commit()) {
                state->error = file.errorString();
                return;
            }
            state->files = 1;
            state->done = true;
            return;
        }

        // The evidence pack: the PDF, the raw answer, every attachment and the manifest, in one zip.
        QBuffer pdfBytes;
        pdfBytes.open(QIODevice::WriteOnly);
        if (!writePdf(content, &pdfBytes, cancelled, &state->pages)) {
            if (!cancelled())
                state->error = CaseExportJob::tr("The PDF could not be laid out.");
            return;
        }
        EvidencePack pack;
        pack.caseNumber = content.facts.number;
        pack.environment = content.environment;
        pack.exportedAt = content.exportedAt;
        pack.generator = generator;
        QSet<QString> taken{QString::fromLatin1(EvidencePack::kManifestName)};
        const QString base = fileBaseName(content);
        pack.files.append(EvidencePack::File::fromData(EvidencePack::entryName({}, base + u".pdf"_s, &taken),
                                                       pdfBytes.data(), u"report"_s));
        pack.files.append(EvidencePack::File::fromData(EvidencePack::entryName({}, base + u".json"_s, &taken),
                                                       content.rawAnswer, u"answer"_s));
        for (const ExportedAttachment& attachment : std::as_const(content.attachments)) {
            EvidencePack::File file;
            file.path = EvidencePack::entryName(u"attachments"_s, attachment.ref.name, &taken);
            file.sourceFile = attachment.localPath;
            file.size = attachment.size.value_or(0);
            file.sha256 = attachment.sha256;
            file.kind = u"attachment"_s;
            file.attachmentId = attachment.ref.id;
            file.originalName = attachment.ref.name;
            file.noteId = attachment.noteId;
            pack.files.append(file);
        }
        const QString writing = CaseExportJob::tr("Writing the evidence pack…");
        promise.setProgressValueAndText(500, writing);
        const QString error = pack.write(destination, [&promise, &writing](double done) {
            // With its text: setProgressValue() alone would clear it.
            promise.setProgressValueAndText(500 + int(done * 499), writing);
            return !promise.isCanceled();
        });
        if (!error.isEmpty()) {
            if (!cancelled())
                state->error = error;
            return;
        }
        state->files = int(pack.files.size()) + 1;
        state->done = true;
    }));
}

void CaseExportJob::onWorkerFinished()
{
    const std::shared_ptr<WorkState> state = m_state;
    if (!state)
        return;
    if (state->done) {
        // Complete before a late cancel arrived: the file is whole, and that is what happened.
        Outcome outcome;
        outcome.pages = state->pages;
        outcome.files = state->files;
        m_state.reset();
        m_finished = true;
        m_running = false;
        outcome.result = Result::Done;
        outcome.key = m_key;
        outcome.caseNumber = m_content.facts.number;
        outcome.path = m_kind == Kind::Print ? QString() : m_destination;
        emit progressChanged(1000, tr("Done."));
        emit finished(outcome);
        deleteLater();
        return;
    }
    if (m_cancelled || state->error.isEmpty())
        return finish(Result::Cancelled);
    finish(Result::Failed, state->error);
}

void CaseExportJob::finish(Result result, const QString& error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_running = false;
    Outcome outcome;
    outcome.result = result;
    outcome.key = m_key;
    outcome.caseNumber = m_content.facts.number;
    outcome.error = error;
    emit finished(outcome);
    deleteLater();
}

} // namespace CaseDesk
