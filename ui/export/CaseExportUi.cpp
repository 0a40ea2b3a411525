#include "ui/export/CaseExportUi.h"

#include "models/export/CaseExporter.h"
#include "models/export/PagedPrinter.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QStandardPaths>

namespace CaseDesk
{

using namespace Qt::StringLiterals;

CaseExportUi::CaseExportUi(CaseExporter* exporter, QWidget* window, QObject* parent)
    : QObject(parent)
    , m_exporter(exporter)
    , m_window(window)
    , m_folder(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
{}

CaseExportUi::~CaseExportUi()
{
    m_queue.clear();
    if (m_job)
        m_job->cancel();
    delete m_progress;
}

QProgressDialog* CaseExportUi::progressDialog() const
{
    return m_progress;
}

void CaseExportUi::exportPdf(const QStringList& keys)
{
    chooseDestination(keys, CaseExportJob::Kind::Pdf);
}

void CaseExportUi::exportEvidencePacks(const QStringList& keys)
{
    chooseDestination(keys, CaseExportJob::Kind::EvidencePack);
}

void CaseExportUi::chooseDestination(const QStringList& keys, CaseExportJob::Kind kind)
{
    if (keys.isEmpty() || !m_exporter)
        return;
    const bool pack = kind == CaseExportJob::Kind::EvidencePack;
    auto* dialog = new QFileDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(u"caseExportFileDialog"_s);
    dialog->setDirectory(m_folder);
    if (keys.size() == 1) {
        dialog->setWindowTitle(pack ? tr("Export evidence pack of case %1").arg(keys.first())
                                    : tr("Export case %1 as PDF").arg(keys.first()));
        dialog->setAcceptMode(QFileDialog::AcceptSave);
        dialog->setNameFilter(pack ? tr("Zip archives (*.zip)") : tr("PDF documents (*.pdf)"));
        dialog->setDefaultSuffix(pack ? u"zip"_s : u"pdf"_s);
        dialog->selectFile(CaseExporter::suggestedFileName(keys.first(), kind));
    } else {
        dialog->setWindowTitle(pack ? tr("Folder for the evidence packs of %n case(s)", nullptr, int(keys.size()))
                                    : tr("Folder for the PDFs of %n case(s)", nullptr, int(keys.size())));
        dialog->setFileMode(QFileDialog::Directory);
        dialog->setOption(QFileDialog::ShowDirsOnly);
    }
    connect(dialog, &QFileDialog::fileSelected, this, [this, keys, kind](const QString& chosen) {
        QList<Request> requests;
        if (keys.size() == 1) {
            m_folder = QFileInfo(chosen).absolutePath();
            requests.append({keys.first(), kind, chosen, nullptr});
        } else {
            m_folder = chosen;
            for (const QString& key : keys)
                requests.append({key, kind, uniquePath(chosen, CaseExporter::suggestedFileName(key, kind)), nullptr});
        }
        enqueue(requests);
    });
    dialog->open();
}

void CaseExportUi::print(const QString& key)
{
    if (key.isEmpty() || !m_exporter)
        return;
    auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
    printer->setDocName(tr("Case %1").arg(key));
    printer->setPageLayout(PagedPrinter::defaultLayout());
    auto* dialog = new QPrintDialog(printer.get(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(u"casePrintDialog"_s);
    dialog->setWindowTitle(tr("Print case %1").arg(key));
    // The printer lives as long as this connection (the dialog's) or the job that prints on it.
    connect(dialog, &QDialog::accepted, this, [this, key, printer] {
        enqueue({{key, CaseExportJob::Kind::Print, {}, printer}});
    });
    dialog->open();
}

QString CaseExportUi::uniquePath(const QString& folder, const QString& fileName) const
{
    const QDir dir(folder);
    const QFileInfo info(fileName);
    QString candidate = dir.filePath(fileName);
    // Several cases into one folder: never replace a file there, and never one of this batch.
    auto taken = [this](const QString& path) {
        if (QFileInfo::exists(path))
            return true;
        for (const Request& request : m_queue) {
            if (request.path == path)
                return true;
        }
        return false;
    };
    for (int n = 2; taken(candidate); ++n)
        candidate = dir.filePath(u"%1 (%2).%3"_s.arg(info.completeBaseName()).arg(n).arg(info.suffix()));
    return candidate;
}

void CaseExportUi::enqueue(const QList<Request>& requests)
{
    if (!isBusy()) {
        m_batchSize = m_batchDone = 0;
        delete m_progress; // a cancelled dialog stays cancelled: each batch gets its own
    }
    m_queue += requests;
    m_batchSize += int(requests.size());
    if (!m_progress) {
        m_progress = new QProgressDialog(m_window);
        m_progress->setObjectName(u"caseExportProgress"_s);
        m_progress->setAccessibleName(tr("Export progress"));
        m_progress->setWindowTitle(tr("Export"));
        m_progress->setCancelButtonText(tr("&Cancel"));
        m_progress->setRange(0, 1000);
        m_progress->setAutoReset(false);
        m_progress->setAutoClose(false);
        m_progress->setMinimumDuration(300);
        m_progress->setMinimumWidth(460);
        // The rest of the window stays usable while a large evidence pack downloads.
        m_progress->setWindowModality(Qt::NonModal);
        connect(m_progress, &QProgressDialog::canceled, this, &CaseExportUi::cancelAll);
    }
    m_progress->setValue(0);
    if (!m_job)
        startNext();
}

void CaseExportUi::startNext()
{
    if (m_queue.isEmpty() || !m_exporter) {
        m_queue.clear();
        if (m_progress) {
            m_progress->hide();
            m_progress->deleteLater();
        }
        emit idle();
        return;
    }
    const Request request = m_queue.takeFirst();
    switch (request.kind) {
    case CaseExportJob::Kind::Pdf:
        m_job = m_exporter->exportPdf(request.key, request.path);
        break;
    case CaseExportJob::Kind::EvidencePack:
        m_job = m_exporter->exportEvidencePack(request.key, request.path);
        break;
    case CaseExportJob::Kind::Print:
        m_job = m_exporter->print(request.key, request.printer);
        break;
    }
    const QString batch = m_batchSize > 1
                              ? tr("Case %1 (%2 of %3)").arg(request.key).arg(m_batchDone + 1).arg(m_batchSize)
                              : tr("Case %1").arg(request.key);
    connect(m_job, &CaseExportJob::progressChanged, this, [this, batch](int permille, const QString& step) {
        if (!m_progress)
            return;
        m_progress->setLabelText(tr("%1: %2", "case, then what is being done").arg(batch, step));
        m_progress->setValue(qBound(0, permille, 999)); // 1000 would close it before the result is known
    });
    connect(m_job, &CaseExportJob::finished, this,
            [this, kind = request.kind](const CaseExportJob::Outcome& outcome) { onFinished(outcome, kind); });
    m_job->start();
}

void CaseExportUi::onFinished(const CaseExportJob::Outcome& outcome, CaseExportJob::Kind kind)
{
    m_job = nullptr;
    ++m_batchDone;
    const QString number = outcome.caseNumber.isEmpty() ? outcome.key : outcome.caseNumber;
    switch (outcome.result) {
    case CaseExportJob::Result::Done:
        if (kind == CaseExportJob::Kind::Print)
            emit statusMessage(tr("Case %1 went to the printer (%n page(s)).", nullptr, outcome.pages).arg(number));
        else if (kind == CaseExportJob::Kind::EvidencePack)
            emit statusMessage(tr("Evidence pack of case %1 saved as %2 (%n file(s)).", nullptr, outcome.files)
                                   .arg(number, QDir::toNativeSeparators(outcome.path)));
        else
            emit statusMessage(tr("Case %1 saved as %2 (%n page(s)).", nullptr, outcome.pages)
                                   .arg(number, QDir::toNativeSeparators(outcome.path)));
        break;
    case CaseExportJob::Result::Cancelled:
        emit statusMessage(tr("Export cancelled: nothing was saved for case %1.").arg(number));
        break;
    case CaseExportJob::Result::Failed: {
        auto* box = new QMessageBox(QMessageBox::Warning, tr("Export"), {}, QMessageBox::Ok, m_window);
        box->setObjectName(u"caseExportError"_s);
        box->setTextFormat(Qt::PlainText); // the reason may quote the server
        box->setText(tr("Case %1 could not be exported: %2").arg(number, outcome.error));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        emit statusMessage(tr("Case %1 could not be exported: %2").arg(number, outcome.error));
        break;
    }
    }
    startNext();
}

void CaseExportUi::cancelAll()
{
    m_queue.clear();
    if (m_job)
        m_job->cancel();
    else
        startNext();
}

} // namespace CaseDesk
