#include "sandbox/cases/CaseLifecycle.h"

#include "sandbox/cases/CaseBuilder.h"
#include "sandbox/core/SandboxTime.h"
#include "sandbox/store/CaseStore.h"
#include "sandbox/store/SandboxDatabase.h"

namespace Sandbox
{

using namespace Qt::StringLiterals;

namespace
{

const QStringList kRequests{
    u"Action required: please confirm that our engineer may power-cycle the affected device."_s,
    u"Action required: please send a photo of the cabinet's front panel."_s,
    u"Action required: please confirm a maintenance window for the on-site work."_s,
};

const QStringList kResolutions{
    u"Resolved: the cross-connect was re-patched and tested end to end."_s,
    u"Resolved: the breaker was reset and power readings are back to normal."_s,
    u"Resolved: the request was completed and documents were sent to the contacts on file."_s,
    u"Resolved: the cooling unit was serviced; temperatures are within range again."_s,
};

bool visitsActionRequired(const QString& caseNumber)
{
    return CaseBuilder::stableHash(caseNumber) % 3 == 0;
}

} // namespace

CaseLifecycle::CaseLifecycle(SandboxDatabase& database, CaseStore& cases, CaseBuilder& builder, QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_cases(cases)
    , m_builder(builder)
{
    connect(&m_timer, &QTimer::timeout, this, &CaseLifecycle::tick);
}

QString CaseLifecycle::providerName()
{
    return u"Sandbox Service Desk"_s;
}

void CaseLifecycle::start(double seconds)
{
    if (seconds <= 0)
        return;
    m_timer.start(qMax(10, qRound(seconds * 1000)));
}

void CaseLifecycle::tick()
{
    const qint64 now = SandboxTime::nowMs();
    SandboxDatabase::Transaction transaction(m_database);
    const QStringList open = m_cases.openCaseNumbers();
    for (const QString& caseNumber : open)
        advance(caseNumber, now);
    transaction.commit();
}

void CaseLifecycle::advance(const QString& caseNumber, qint64 nowMs)
{
    const auto record = m_cases.find(caseNumber);
    if (!record)
        return;
    const QString& status = record->status;
    const quint32 hash = CaseBuilder::stableHash(caseNumber);
    if (status == CaseStatus::Submitted) {
        m_cases.changeStatus(caseNumber, CaseStatus::InProgress, nowMs, providerName());
    } else if (status == CaseStatus::InProgress) {
        const bool asked = std::any_of(record->history.cbegin(), record->history.cend(),
                                       [](const StatusChange& c) { return c.status == CaseStatus::ActionRequired; });
        if (!asked && visitsActionRequired(caseNumber)) {
            m_cases.changeStatus(caseNumber, CaseStatus::ActionRequired, nowMs, providerName());
            addProviderNote(caseNumber, NoteType::Customer, kRequests.at(hash % kRequests.size()), nowMs);
        } else {
            m_cases.changeStatus(caseNumber, CaseStatus::Resolved, nowMs, providerName());
            addProviderNote(caseNumber, NoteType::Resolution, kResolutions.at(hash % kResolutions.size()), nowMs);
        }
    } else if (status == CaseStatus::ActionRequired) {
        if (record->customerReplied || record->ticksInStatus + 1 >= kAwaitTicks)
            m_cases.changeStatus(caseNumber, CaseStatus::InProgress, nowMs, providerName());
        else
            m_cases.setTicksInStatus(caseNumber, record->ticksInStatus + 1);
    } else if (status == CaseStatus::Resolved) {
        m_cases.changeStatus(caseNumber, CaseStatus::Closed, nowMs, providerName());
    }
}

void CaseLifecycle::addProviderNote(const QString& caseNumber, const QString& type, const QString& text, qint64 nowMs)
{
    CaseNoteRecord note;
    note.id = m_builder.nextNoteId();
    note.caseNumber = caseNumber;
    note.createdMs = nowMs;
    note.visibleMs = nowMs;
    note.text = text;
    note.type = type;
    note.author = u"provider"_s;
    m_cases.addNote(note, {}, nowMs, providerName(), false);
}

} // namespace Sandbox
