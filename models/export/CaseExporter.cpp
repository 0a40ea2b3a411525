#include "models/export/CaseExporter.h"

#include <QPagedPaintDevice>

namespace CaseDesk
{

using namespace Qt::StringLiterals;

CaseExporter::CaseExporter(CaseRepository* repository, AttachmentService* attachments, const QString& environment,
                           LabelProvider codeLabel, QObject* parent)
    : QObject(parent)
{
    m_setup.repository = repository;
    m_setup.attachments = attachments;
    m_setup.environment = environment;
    m_setup.codeLabel = std::move(codeLabel);
}

CaseExportJob* CaseExporter::exportPdf(const QString& key, const QString& path)
{
    return new CaseExportJob(m_setup, key, CaseExportJob::Kind::Pdf, path, nullptr, this);
}

CaseExportJob* CaseExporter::exportEvidencePack(const QString& key, const QString& path)
{
    return new CaseExportJob(m_setup, key, CaseExportJob::Kind::EvidencePack, path, nullptr, this);
}

CaseExportJob* CaseExporter::print(const QString& key, std::shared_ptr<QPagedPaintDevice> printer)
{
    return new CaseExportJob(m_setup, key, CaseExportJob::Kind::Print, {}, std::move(printer), this);
}

QString CaseExporter::suggestedFileName(const QString& key, CaseExportJob::Kind kind)
{
    QString safe = key;
    for (QChar& c : safe) {
        if (!c.isLetterOrNumber() && c != u'-')
            c = u'_';
    }
    switch (kind) {
    case CaseExportJob::Kind::EvidencePack:
        return u"case-%1-evidence.zip"_s.arg(safe);
    case CaseExportJob::Kind::Pdf:
    case CaseExportJob::Kind::Print:
        break;
    }
    return u"case-%1.pdf"_s.arg(safe);
}

} // namespace CaseDesk
