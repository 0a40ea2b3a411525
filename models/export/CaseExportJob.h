#pragma once

#include "models/attachments/AttachmentService.h"
#include "models/export/CaseExportContent.h"
#include "models/store/CaseRepository.h"

#include <QFutureWatcher>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

QT_BEGIN_NAMESPACE
class QPagedPaintDevice;
QT_END_NAMESPACE

namespace CaseDesk
{

class Transfer;

/*
 * One export of one case, from the store to a PDF file, a printer or an evidence pack (.zip), made by
 * CaseExporter. It reads the case from the store (CaseRepository::caseDetail: the last GET answer as
 * received and the notes), lays it out with the case view's CaseFacts, downloads what an evidence pack needs
 * through AttachmentService (one at a time, with progress), then hashes, lays out and writes on a worker
 * thread. cancel() works at every step and leaves no file behind; a job deletes itself after finished().
 *
 *     CaseExportJob* job = exporter->exportEvidencePack(u"11150929"_s, path);
 *     connect(job, &CaseExportJob::progressChanged, bar, [bar](int permille, const QString& step) { ... });
 *     connect(job, &CaseExportJob::finished, this, [](const CaseExportJob::Outcome& outcome) { ... });
 *     job->start();
 */
class CaseExportJob : public QObject
{
    Q_OBJECT

public:
    enum class Kind
    {
        Pdf,
        Print,
        EvidencePack,
    };
    Q_ENUM(Kind)
    enum class Result
    {
        Done,
        Cancelled,
        Failed,
    };
    struct Setup
    {
        QPointer<CaseRepository> repository;
        QPointer<AttachmentService> attachments;
        QString environment;
        TimeDisplay time;
        std::function<QString(const QString& code)> codeLabel;
    };
    struct Outcome
    {
        Result result = Result::Failed;
        QString key;        // as asked for
        QString caseNumber; // once read
        QString path;       // the file written (none for Print)
        QString error;      // translated, for Failed
        int pages = 0;
        int files = 0; // in an evidence pack, the manifest included
    };

    // `destination` is the file for Pdf and EvidencePack; `device` the printer for Print.
    CaseExportJob(const Setup& setup, const QString& key, Kind kind, const QString& destination,
                  std::shared_ptr<QPagedPaintDevice> device, QObject* parent = nullptr);
    ~CaseExportJob() override;

    QString key() const { return m_key; }
    Kind kind() const { return m_kind; }
    QString destination() const { return m_destination; }
    bool isRunning() const { return m_running; }

    void start();
    // Stops at the next step (a download is aborted, the worker stops between pages and while zipping);
    // finished() follows with Result::Cancelled unless the file was already complete.
    void cancel();

signals:
    // `permille` from 0 to 1000 over the whole export; `step` says what happens now, in words.
    void progressChanged(int permille, const QString& step);
    void finished(const CaseDesk::CaseExportJob::Outcome& outcome);

private:
    struct WorkState;

    void onDetail(const CaseDetail& detail);
    void downloadNext(int index);
    void runWorker();
    void onWorkerFinished();
    void finish(Result result, const QString& error = {});
    int workerStart() const;

    Setup m_setup;
    QString m_key;
    Kind m_kind;
    QString m_destination;
    std::shared_ptr<QPagedPaintDevice> m_device;
    CaseExportContent m_content;
    QPointer<Transfer> m_transfer;
    QFutureWatcher<void> m_watcher;
    std::shared_ptr<WorkState> m_state;
    bool m_running = false;
    bool m_cancelled = false;
    bool m_finished = false;
};

} // namespace CaseDesk

Q_DECLARE_METATYPE(CaseDesk::CaseExportJob::Outcome)
