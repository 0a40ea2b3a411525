#include "models/desktop/CaseNewsWatcher.h"

#include "models/domain/CaseNote.h"
#include "models/store/CaseRepository.h"
#include "models/store/CaseSummary.h"

namespace CaseDesk
{

namespace
{
// A refresh of many cases answers over a few hundred milliseconds; what comes within this is one round.
constexpr int kBatchMs = 300;
// A round that brings more than this (a first refresh after weeks) is told in part: a notification sums up
// at most a few lines anyway.
constexpr qsizetype kMaxPending = 200;
} // namespace

CaseNewsWatcher::CaseNewsWatcher(QObject* parent)
    : QObject(parent)
{
    m_batch.setSingleShot(true);
    m_batch.setInterval(kBatchMs);
    connect(&m_batch, &QTimer::timeout, this, &CaseNewsWatcher::flush);
}

void CaseNewsWatcher::setEnabled(bool enabled)
{
    m_enabled = enabled;
    if (!enabled)
        m_pending.clear();
}

void CaseNewsWatcher::watch(CaseRepository* repository)
{
    for (const QMetaObject::Connection& connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    m_statuses.clear();
    m_pending.clear();
    m_repository = repository;
    if (!repository)
        return;
    m_connections << connect(repository, &CaseRepository::casesAdded, this, &CaseNewsWatcher::remember)
                  << connect(repository, &CaseRepository::caseChanged, this, &CaseNewsWatcher::onCaseChanged)
                  << connect(repository, &CaseRepository::providerNotesArrived, this,
                             &CaseNewsWatcher::onProviderNotes);
    repository->loadSummaries(this, [this, repository](const QList<CaseSummary>& summaries) {
        if (repository == m_repository)
            remember(summaries);
    });
}

void CaseNewsWatcher::remember(const QList<CaseSummary>& summaries)
{
    for (const CaseSummary& summary : summaries) {
        if (!summary.isPartial() && !m_statuses.contains(summary.caseNumber))
            m_statuses.insert(summary.caseNumber, summary.status);
    }
}

void CaseNewsWatcher::onCaseChanged(const CaseSummary& summary)
{
    if (summary.isPartial() || summary.caseNumber.isEmpty())
        return;
    const auto known = m_statuses.constFind(summary.caseNumber);
    const bool changed = known != m_statuses.constEnd() && *known != summary.status;
    m_statuses.insert(summary.caseNumber, summary.status);
    if (changed)
        add({CaseNewsItem::Kind::StatusChanged, summary.caseNumber, summary.status, {}});
}

void CaseNewsWatcher::onProviderNotes(const QString& caseNumber, const QList<CaseNote>& notes)
{
    for (const CaseNote& note : notes)
        add({CaseNewsItem::Kind::ProviderNote, caseNumber, {}, note.text.value_or(QString())});
}

void CaseNewsWatcher::add(const CaseNewsItem& item)
{
    if (!m_enabled || m_pending.size() >= kMaxPending)
        return;
    m_pending.append(item);
    m_batch.start();
}

void CaseNewsWatcher::flush()
{
    if (m_pending.isEmpty() || !m_enabled)
        return;
    emit newsArrived(std::exchange(m_pending, {}));
}

} // namespace CaseDesk
