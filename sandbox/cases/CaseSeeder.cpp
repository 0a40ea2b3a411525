#include "sandbox/cases/CaseSeeder.h"

#include "sandbox/cases/CaseBuilder.h"
#include "sandbox/cases/CaseLifecycle.h"
#include "sandbox/cases/CodeCatalog.h"
#include "sandbox/core/SandboxTime.h"
#include "sandbox/http/RequestKeys.h"
#include "sandbox/store/AttachmentStore.h"
#include "sandbox/store/CaseRecord.h"
#include "sandbox/store/CaseStore.h"
#include "sandbox/store/SandboxDatabase.h"

#include <QJsonArray>
#include <QUuid>

#include <algorithm>

namespace Sandbox
{

using namespace Qt::StringLiterals;
using namespace SandboxTime;

namespace
{

const QStringList kFirstNames{u"Ana"_s,   u"Bram"_s, u"Chen"_s, u"Dara"_s,  u"Elif"_s,  u"Femi"_s,
                              u"Greta"_s, u"Hiro"_s, u"Ines"_s, u"Jonas"_s, u"Kavya"_s, u"Luca"_s};
const QStringList kLastNames{u"Jansen"_s, u"Okafor"_s, u"Tanaka"_s,    u"Schmidt"_s, u"Moreau"_s, u"Silva"_s,
                             u"Novak"_s,  u"Kaya"_s,   u"Lindqvist"_s, u"Rossi"_s,   u"Walsh"_s,  u"Park"_s};
const QStringList kTroubleDescriptions{
    u"Cross-connect to the carrier went down at 02:10 UTC; no light on our side of the patch panel."_s,
    u"Cabinet lost power on the B feed; the A feed is still up. Please check the breaker."_s,
    u"Inlet temperatures in our cage are 6 degrees above normal since this morning."_s,
    u"Water on the floor next to cabinet 0104, near the cooling unit."_s,
    u"Server in U22 does not come back after a reboot; please check the console and the power LEDs."_s,
    u"The cage door badge reader rejects every badge since the last maintenance."_s,
    u"SmartView shows power draw spikes on circuit 2 every hour."_s,
};
const QStringList kCaseDescriptions{
    u"Please send copies of the invoices listed below."_s,
    u"We need an updated letter of authorization for the new cross-connect."_s,
    u"Please update the billing contact on our account."_s,
    u"Request for a copy of last quarter's power usage report."_s,
    u"Question about the credit memo on our last invoice."_s,
    u"Please add two colleagues to the notification list of this account."_s,
};
const QStringList kCustomerFollowUps{
    u"Any update on this? Our monitoring still shows the problem: https://status.example.net/graphs/power-feed-a"_s,
    u"Adding a colleague to the thread; she will be on site tomorrow."_s,
    u"Thanks, we confirm; please go ahead."_s,
};

} // namespace

CaseSeeder::CaseSeeder(SandboxDatabase& database, CaseStore& cases, AttachmentStore& attachments, CaseBuilder& builder,
                       const CodeCatalog& catalog, const QStringList& detailCodes)
    : m_database(database)
    , m_cases(cases)
    , m_attachments(attachments)
    , m_builder(builder)
    , m_catalog(catalog)
    , m_detailCodes(detailCodes)
    , m_troubleCodes(catalog.troubleCodes())
{
    for (const QString& code : catalog.caseCodes()) {
        if (!detailCodes.contains(code))
            m_caseCodes.append(code);
    }
    m_detailCodes.sort();
}

QString CaseSeeder::pick(const QStringList& list)
{
    return list.isEmpty() ? QString() : list.at(m_random.bounded(int(list.size())));
}

QString CaseSeeder::pickCode(int index)
{
    // Every fourth case carries a detail code, in turn, so that all 14 appear from 56 cases on.
    if (index % 4 == 3 && !m_detailCodes.isEmpty())
        return m_detailCodes.at(m_nextDetailCode++ % m_detailCodes.size());
    return index % 4 == 2 ? pick(m_caseCodes) : pick(m_troubleCodes);
}

QJsonObject CaseSeeder::makeRequest(const QString& code)
{
    const bool trouble = CodeCatalog::isTroubleCode(code);
    const QString ibx = pick(CaseBuilder::ibxCodes());
    QJsonObject request{
        {RequestKey::Code, code},
        {RequestKey::Description, trouble ? pick(kTroubleDescriptions) : pick(kCaseDescriptions)},
        {RequestKey::PrimaryId, u"%1:0%2:%3"_s.arg(ibx)
                                    .arg(1 + m_random.bounded(4))
                                    .arg(QString::number(10000 + m_random.bounded(990000)).rightJustified(6, u'0'))},
    };
    if (trouble) {
        request.insert(RequestKey::SecondaryId, QString::number(100 + m_random.bounded(900)).rightJustified(4, u'0'));
        request.insert(RequestKey::OccurredDateTime, QString()); // filled in by seed() once the date is known
    }
    if (m_random.bounded(100) < 75) {
        static const QStringList patterns{u"INC%1"_s, u"REF-%1"_s, u"CHG%1"_s, u"TT-%1"_s};
        request.insert(RequestKey::CustomerReferenceId,
                       pick(patterns).arg(QString::number(m_random.bounded(10000000)).rightJustified(7, u'0')));
    }
    QJsonArray contacts;
    const int contactCount = 1 + m_random.bounded(2);
    for (int i = 0; i < contactCount; ++i) {
        const QString first = pick(kFirstNames);
        const QString last = pick(kLastNames);
        const QString fullName = first + u' ' + last;
        const QString type = i == 0 ? u"TECHNICAL"_s : pick({u"NOTIFICATION"_s, u"ORDERING"_s});
        if (m_random.bounded(100) < 30) {
            contacts.append(
                QJsonObject{{RequestKey::ContactType, type}, {RequestKey::RegisteredUsers, QJsonArray{fullName}}});
            continue;
        }
        const QJsonArray details{
            QJsonObject{{RequestKey::DetailType, u"EMAIL"_s},
                        {RequestKey::DetailValue, QString(first + u'.' + last + u"@example.com"_s).toLower()}},
            QJsonObject{{RequestKey::DetailType, u"PHONE"_s},
                        {RequestKey::DetailValue, u"+31-20-%1"_s.arg(1000000 + m_random.bounded(8999999))}},
        };
        contacts.append(QJsonObject{{RequestKey::ContactType, type},
                                    {RequestKey::FirstName, first},
                                    {RequestKey::LastName, last},
                                    {RequestKey::ContactDetails, details},
                                    {RequestKey::Availability, u"WORK_HOURS"_s},
                                    {RequestKey::Timezone, u"Europe/Amsterdam"_s}});
    }
    request.insert(RequestKey::Contacts, contacts);
    if (m_detailCodes.contains(code)) {
        QJsonArray invoices;
        for (int i = 0, n = 1 + m_random.bounded(3); i < n; ++i)
            invoices.append(QString::number(1200000000 + m_random.bounded(90000000)));
        const QJsonArray formats = m_random.bounded(2) ? QJsonArray{u"PDF"_s} : QJsonArray{u"PDF"_s, u"XLS"_s};
        request.insert(RequestKey::Details,
                       QJsonObject{{u"documents"_s, QJsonObject{{u"transactionIds"_s, invoices},
                                                                {u"type"_s, pick({u"DETAILED"_s, u"SUMMARY"_s})},
                                                                {u"formats"_s, formats}}}});
    }
    return request;
}

QString CaseSeeder::pickStatus(int index, qint64 ageMs)
{
    static const QStringList all{CaseStatus::Submitted, CaseStatus::InProgress, CaseStatus::ActionRequired,
                                 CaseStatus::Resolved,  CaseStatus::Closed,     CaseStatus::Cancelled};
    if (index < all.size())
        return all.at(index); // every status appears once the seed has six cases
    const int roll = m_random.bounded(100);
    if (ageMs > 30 * kDay)
        return roll < 78 ? CaseStatus::Closed : roll < 90 ? CaseStatus::Cancelled : CaseStatus::Resolved;
    if (roll < 15)
        return CaseStatus::Submitted;
    if (roll < 45)
        return CaseStatus::InProgress;
    if (roll < 55)
        return CaseStatus::ActionRequired;
    if (roll < 70)
        return CaseStatus::Resolved;
    return roll < 92 ? CaseStatus::Closed : CaseStatus::Cancelled;
}

void CaseSeeder::addHistoryAndNotes(CaseRecord& record, qint64 nowMs)
{
    const QString target = record.status;
    QStringList path{CaseStatus::Submitted};
    const bool askedCustomer = target == CaseStatus::ActionRequired || m_random.bounded(100) < 25;
    if (target == CaseStatus::Cancelled) {
        if (m_random.bounded(2))
            path << CaseStatus::InProgress;
        path << CaseStatus::Cancelled;
    } else if (target != CaseStatus::Submitted) {
        path << CaseStatus::InProgress;
        if (askedCustomer)
            path << CaseStatus::ActionRequired;
        if (target != CaseStatus::ActionRequired) {
            if (askedCustomer)
                path << CaseStatus::InProgress;
            if (target == CaseStatus::Resolved || target == CaseStatus::Closed)
                path << CaseStatus::Resolved;
            if (target == CaseStatus::Closed)
                path << CaseStatus::Closed;
        }
    }
    record.history.clear();
    qint64 at = record.createdMs;
    const qint64 room = qMax<qint64>((nowMs - record.createdMs - kMinute) / qMax<qsizetype>(path.size(), 1), kSecond);
    const auto note = [&](const QString& type, const QString& text, qint64 when, bool provider) {
        CaseNoteRecord n;
        n.id = m_builder.nextNoteId();
        n.caseNumber = record.caseNumber;
        n.createdMs = when;
        n.visibleMs = when;
        n.text = text;
        n.type = type;
        n.author = provider ? u"provider"_s : record.createdBy;
        record.notes.append(n);
    };
    for (qsizetype i = 0; i < path.size(); ++i) {
        if (i > 0)
            at += 1 + m_random.bounded(qMin<qint64>(room, 2 * kDay));
        const QString& status = path.at(i);
        record.history.append(StatusChange{status, at});
        if (status == CaseStatus::ActionRequired)
            note(NoteType::Customer, u"Action required: please confirm a maintenance window for the on-site work."_s,
                 at, true);
        else if (status == CaseStatus::InProgress && i > 1)
            note(NoteType::Customer, u"Tuesday 09:00-11:00 CET works for us."_s, at - kMinute, false);
        else if (status == CaseStatus::Resolved)
            note(NoteType::Resolution, u"Resolved: the issue was fixed on site and verified with the customer."_s, at,
                 true);
        else if (status == CaseStatus::Cancelled)
            note(NoteType::Customer, u"No longer needed: the issue went away after our own reboot."_s, at, false);
    }
    if (m_random.bounded(100) < 30 && at + kMinute < nowMs) {
        QString followUp = pick(kCustomerFollowUps);
        // Now and then one case refers to another, as customers do ("same as case …"): the client links it.
        if (!m_previousCase.isEmpty() && followUp == kCustomerFollowUps.constFirst())
            followUp += u"\nIt looks like the same fault as case %1."_s.arg(m_previousCase);
        note(NoteType::Customer, followUp, at + 1 + m_random.bounded(nowMs - at - kMinute), false);
    }
    record.updatedMs = at;
    for (const CaseNoteRecord& n : std::as_const(record.notes))
        record.updatedMs = qMax(record.updatedMs, n.createdMs);
    record.updatedBy = path.size() > 1 ? CaseLifecycle::providerName() : record.createdBy;
}

void CaseSeeder::addAttachments(CaseRecord& record)
{
    if (m_random.bounded(100) >= 35)
        return;
    const bool provider = m_random.bounded(2) == 0;
    StoredAttachment file;
    QByteArray uuid(16, Qt::Uninitialized);
    for (char& byte : uuid)
        byte = char(m_random.bounded(256));
    uuid[6] = char((uuid[6] & 0x0f) | 0x40); // a version 4 UUID, drawn from the seeded generator
    uuid[8] = char((uuid[8] & 0x3f) | 0x80);
    file.id = QUuid::fromRfc4122(uuid).toString(QUuid::WithoutBraces);
    file.name = provider ? u"site-report-%1.txt"_s.arg(record.caseNumber) : u"cabinet-photo-notes.txt"_s;
    file.type = u"txt"_s;
    file.data = (u"%1 for case %2 at %3.\nChecked by the on-site team; see the case notes for details.\n"_s.arg(
                     provider ? u"Site report"_s : u"Customer notes"_s, record.caseNumber, record.ibx))
                    .toUtf8();
    file.size = file.data.size();
    file.createdMs = record.createdMs;
    file.updatedMs = record.createdMs;
    file.createdBy = provider ? u"provider"_s : record.createdBy;
    if (m_attachments.insert(file))
        record.attachments.append(CaseAttachmentRef{file.id, file.name, provider ? u"PROVIDER"_s : u"CUSTOMER"_s, {}});
}

int CaseSeeder::seed(int count, quint32 seed)
{
    if (count <= 0 || m_cases.count() > 0)
        return 0;
    m_random.seed(seed);
    const qint64 now = nowMs();
    QList<qint64> created;
    for (int i = 0; i < count; ++i)
        created.append(now - kHour - m_random.bounded(qint64(335) * kDay));
    std::sort(created.begin(), created.end());
    SandboxDatabase::Transaction transaction(m_database);
    for (int i = 0; i < count; ++i) {
        QJsonObject request = makeRequest(pickCode(i));
        if (request.contains(RequestKey::OccurredDateTime))
            request.insert(RequestKey::OccurredDateTime, toIso(created.at(i) - m_random.bounded(6 * kHour)));
        CaseRecord record = m_builder.build(request, u"customer-portal"_s, created.at(i));
        record.channel = m_random.bounded(100) < 85 ? u"PORTAL"_s : u"OFFLINE"_s;
        if (m_random.bounded(100) < 30)
            record.presentation.purchaseOrders = {u"PO.%1"_s.arg(1000 + m_random.bounded(9000))};
        record.status = pickStatus(i, now - created.at(i));
        addHistoryAndNotes(record, now);
        addAttachments(record);
        if (!m_cases.insert(record))
            return 0;
        if (record.caseNumber.size() == 8)
            m_previousCase = record.caseNumber;
    }
    return transaction.commit() ? count : 0;
}

} // namespace Sandbox
