#include "sandbox/cases/CaseBuilder.h"

#include "sandbox/cases/CodeCatalog.h"
#include "sandbox/core/SandboxTime.h"
#include "sandbox/http/RequestKeys.h"
#include "sandbox/store/SandboxDatabase.h"

#include <QRegularExpression>

namespace Sandbox
{

using namespace Qt::StringLiterals;

namespace
{

QString base36(qint64 value, int width)
{
    return QString::number(value, 36).toUpper().rightJustified(width, u'0');
}

} // namespace

CaseBuilder::CaseBuilder(SandboxDatabase& database, const CodeCatalog& catalog)
    : m_database(database)
    , m_catalog(catalog)
{}

QStringList CaseBuilder::ibxCodes()
{
    return {u"AM1"_s, u"AM5"_s, u"DA3"_s, u"SV5"_s, u"LD8"_s, u"FR2"_s, u"SG1"_s,
            u"NY5"_s, u"DC2"_s, u"TY4"_s, u"CH1"_s, u"SY3"_s, u"HK1"_s, u"PA2"_s};
}

QString CaseBuilder::accountNumber()
{
    return u"182389736"_s;
}

QString CaseBuilder::accountName()
{
    return u"CaseDesk Sandbox Account"_s;
}

quint32 CaseBuilder::stableHash(const QString& text)
{
    quint32 hash = 2166136261u;
    for (const char byte : text.toUtf8()) {
        hash ^= quint8(byte);
        hash *= 16777619u;
    }
    return hash;
}

QString CaseBuilder::ibxFor(const QString& primaryId)
{
    static const QRegularExpression cage(u"^([A-Z]{2}[0-9]{1,2})[:\\-]"_s);
    const auto match = cage.match(primaryId.trimmed().toUpper());
    if (match.hasMatch())
        return match.captured(1);
    const QStringList codes = ibxCodes();
    return codes.at(int(stableHash(primaryId) % quint32(codes.size())));
}

QString CaseBuilder::recordId(const QString& prefix, const QString& counter)
{
    // Shaped like the backend's 18-character record ids in the samples ("5007i00000AUPOIAA5").
    return prefix + base36(m_database.nextCounter(counter, 1), 10) + u"AAQ"_s;
}

QString CaseBuilder::nextNoteId()
{
    return recordId(u"a067i"_s, u"note_record"_s);
}

CaseRecord CaseBuilder::build(const QJsonObject& request, const QString& clientId, qint64 nowMs)
{
    const QString code = request.value(RequestKey::Code).toString();
    const CodeCatalog::Entry entry = m_catalog.entry(code);
    const bool trouble = CodeCatalog::isTroubleCode(code);
    CaseRecord record;
    record.caseNumber = QString::number(m_database.nextCounter(u"case_number"_s, 11150930));
    if (trouble)
        record.orderNumber = u"1-"_s + QString::number(m_database.nextCounter(u"order_number"_s, 204976070711));
    record.caseId = recordId(u"5007i"_s, u"case_record"_s);
    record.code = code;
    record.status = CaseStatus::Submitted;
    const QString primaryId = request.value(RequestKey::PrimaryId).toString();
    record.ibx = ibxFor(primaryId);
    record.customerReference = request.value(RequestKey::CustomerReferenceId).toString();
    record.accountNumber = accountNumber();
    record.accountName = accountName();
    record.createdBy = clientId;
    record.updatedBy = clientId;
    record.createdMs = nowMs;
    record.updatedMs = nowMs;
    record.request = request;
    record.history.append(StatusChange{CaseStatus::Submitted, nowMs});

    const quint32 hash = stableHash(record.caseNumber);
    CasePresentation& p = record.presentation;
    p.contactUcmId = QString::number(200000 + stableHash(clientId) % 800000);
    p.recordType = trouble ? u"ECM"_s : u"GSD Case"_s;
    p.subChannel = u"ECP"_s;
    p.category = !entry.category.isEmpty() ? entry.category : trouble ? u"Trouble Services"_s : u"Customer Support"_s;
    p.subCategory = !entry.title.isEmpty() ? entry.title : trouble ? u"Incident"_s : u"Request"_s;
    p.products = {trouble ? u"TROUBLE"_s : u"SUPPORT_CASE"_s};
    p.productOfferingCodes = {trouble ? u"TT00001.PROD"_s : u"SC00001.PROD"_s};
    p.lineId = u"1-"_s + base36(hash % 2821109907456LL, 8);
    p.parentLineId = u"1-"_s + base36((hash / 7) % 2821109907456LL, 8);
    p.productCode = trouble ? u"TT00040.ELEM"_s : u"SC00040.ELEM"_s;
    p.productName = trouble ? u"Trouble Ticket"_s : u"Support Case"_s;
    p.activityId = u"3-"_s + QString::number(216270588333LL + hash % 1000000);
    static const QRegularExpression cage(u"^[A-Z]{2}[0-9]{1,2}:[0-9]{2}:[0-9]+$"_s);
    p.cage = cage.match(primaryId).hasMatch()
                 ? primaryId
                 : record.ibx + u":01:"_s + QString::number(10000 + hash % 90000).rightJustified(6, u'0');
    p.finalScheduledMs = nowMs + (trouble ? 4 * SandboxTime::kHour : 3 * SandboxTime::kDay);
    p.estimatedCompletionMs = p.finalScheduledMs;
    return record;
}

} // namespace Sandbox
