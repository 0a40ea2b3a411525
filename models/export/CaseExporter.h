#pragma once

#include "models/export/CaseExportJob.h"

#include <QObject>

namespace CaseDesk
{

/*
 * Exports cases of one environment: as a PDF, to a printer, or as an evidence pack. The session builds one
 * with its store and attachment service; menus (the Case menu, a list's context menu, for one case or many)
 * ask it for jobs. Times follow the user's time display.
 *
 *     auto* exporter = new CaseExporter(repository, attachments, u"Local sandbox"_s, labels, this);
 *     exporter->setTimeDisplay(TimeDisplay(preferences.timeDisplay()));
 *     CaseExportJob* job = exporter->exportPdf(u"11150929"_s, u"/home/me/case-11150929.pdf"_s);
 *     job->start();
 */
class CaseExporter : public QObject
{
    Q_OBJECT

public:
    using LabelProvider = std::function<QString(const QString& code)>;

    CaseExporter(CaseRepository* repository, AttachmentService* attachments, const QString& environment,
                 LabelProvider codeLabel, QObject* parent = nullptr);

    void setTimeDisplay(const TimeDisplay& time) { m_setup.time = time; }
    TimeDisplay timeDisplay() const { return m_setup.time; }
    QString environment() const { return m_setup.environment; }

    // Jobs not started yet: connect to them, then start(). Each belongs to this exporter until it ends.
    CaseExportJob* exportPdf(const QString& key, const QString& path);
    CaseExportJob* exportEvidencePack(const QString& key, const QString& path);
    CaseExportJob* print(const QString& key, std::shared_ptr<QPagedPaintDevice> printer);

    // "case-11150929.pdf", "case-11150929-evidence.zip".
    static QString suggestedFileName(const QString& key, CaseExportJob::Kind kind);

private:
    CaseExportJob::Setup m_setup;
};

} // namespace CaseDesk
