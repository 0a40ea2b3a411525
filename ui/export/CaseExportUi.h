#pragma once

#include "models/export/CaseExportJob.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <memory>

QT_BEGIN_NAMESPACE
class QPagedPaintDevice;
class QProgressDialog;
class QWidget;
QT_END_NAMESPACE

namespace CaseDesk
{

class CaseExporter;

/*
 * The case exports as the user meets them: it asks where to save (one case: a file; several: a folder, each
 * file named after its case) or which printer, runs the exports one after another with a progress dialog
 * whose Cancel stops them (leaving no file), and says how it went. Menus call it for one case or many:
 *
 *     exports->exportPdf({caseNumber});                   // Case ▸ Export as PDF…
 *     exports->exportEvidencePacks(selectedCaseNumbers);  // a list's context menu
 *     exports->print(caseNumber);
 */
class CaseExportUi : public QObject
{
    Q_OBJECT

public:
    CaseExportUi(CaseExporter* exporter, QWidget* window, QObject* parent = nullptr);
    ~CaseExportUi() override;

    void exportPdf(const QStringList& keys);
    void exportEvidencePacks(const QStringList& keys);
    void print(const QString& key);

    bool isBusy() const { return m_job || !m_queue.isEmpty(); }
    // While exports run (tests drive its Cancel button).
    QProgressDialog* progressDialog() const;

signals:
    // A line for the status bar: what was saved where, or that it was cancelled.
    void statusMessage(const QString& text);
    // Every export of a batch has ended (done, cancelled or failed).
    void idle();

private:
    struct Request
    {
        QString key;
        CaseExportJob::Kind kind;
        QString path;
        std::shared_ptr<QPagedPaintDevice> printer;
    };

    void chooseDestination(const QStringList& keys, CaseExportJob::Kind kind);
    void enqueue(const QList<Request>& requests);
    void startNext();
    void onFinished(const CaseExportJob::Outcome& outcome, CaseExportJob::Kind kind);
    void cancelAll();
    QString uniquePath(const QString& folder, const QString& fileName) const;

    QPointer<CaseExporter> m_exporter;
    QPointer<QWidget> m_window;
    QList<Request> m_queue;
    QPointer<CaseExportJob> m_job;
    QPointer<QProgressDialog> m_progress;
    QString m_folder; // the last folder chosen, offered next time
    int m_batchSize = 0;
    int m_batchDone = 0;
};

} // namespace CaseDesk
