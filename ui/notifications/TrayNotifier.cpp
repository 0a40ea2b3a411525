#include "ui/notifications/TrayNotifier.h"

#include "models/domain/CaseStatus.h"
#include "models/store/CaseRepository.h"

#include <QRegularExpression>
#include <QSystemTrayIcon>

namespace CaseDesk
{

using namespace Qt::StringLiterals;

namespace
{
// Desktop notification servers read markup in a message's body, and a case number or status is the server's
// text: a message holds only our own words, a number that is plainly a case number, and a known status.
QString announce(const QString& caseNumber, const QString& status)
{
    static const QRegularExpression plainNumber(u"^[0-9A-Za-z-]{1,40}$"_s);
    const QString statusText = CaseStatus::fromRaw(status) == CaseStatus::Known::Unknown
                                   ? TrayNotifier::tr("in a status CaseDesk does not know")
                                   : CaseStatus::label(status);
    if (plainNumber.match(caseNumber).hasMatch())
        return TrayNotifier::tr("Case %1 is now %2.").arg(caseNumber, statusText);
    return TrayNotifier::tr("A case is now %1.").arg(statusText);
}
} // namespace

TrayNotifier::TrayNotifier(const QIcon& icon, QObject* parent)
    : QObject(parent)
    , m_icon(icon)
{
    m_batch.setSingleShot(true);
    m_batch.setInterval(300);
    connect(&m_batch, &QTimer::timeout, this, &TrayNotifier::flush);
}

TrayNotifier::~TrayNotifier() = default;

bool TrayNotifier::hasTray() const
{
    return QSystemTrayIcon::isSystemTrayAvailable();
}

void TrayNotifier::setEnabled(bool enabled)
{
    if (enabled == m_enabled)
        return;
    m_enabled = enabled;
    if (!enabled)
        m_pending.clear();
    updateTray();
}

void TrayNotifier::updateTray()
{
    // The icon shows only while it has something to say; a tray full of idle icons helps nobody.
    if (!m_enabled || !hasTray()) {
        delete m_tray;
        m_tray = nullptr;
        return;
    }
    if (m_tray)
        return;
    m_tray = new QSystemTrayIcon(m_icon, this);
    m_tray->setObjectName(u"statusTrayIcon"_s);
    m_tray->setToolTip(tr("CaseDesk: notifies you when a case's status changes"));
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, &TrayNotifier::activated);
    connect(m_tray, &QSystemTrayIcon::activated, this, &TrayNotifier::activated);
    m_tray->show();
}

void TrayNotifier::watch(CaseRepository* repository)
{
    for (const QMetaObject::Connection& connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    m_statuses.clear();
    m_pending.clear();
    m_repository = repository;
    if (!repository)
        return;
    m_connections << connect(repository, &CaseRepository::casesAdded, this, &TrayNotifier::remember)
                  << connect(repository, &CaseRepository::caseChanged, this, &TrayNotifier::onCaseChanged);
    repository->loadSummaries(this, [this, repository](const QList<CaseSummary>& summaries) {
        if (repository == m_repository)
            remember(summaries);
    });
}

void TrayNotifier::remember(const QList<CaseSummary>& summaries)
{
    for (const CaseSummary& summary : summaries) {
        if (!summary.isPartial() && !m_statuses.contains(summary.caseNumber))
            m_statuses.insert(summary.caseNumber, summary.status);
    }
}

void TrayNotifier::onCaseChanged(const CaseSummary& summary)
{
    if (summary.isPartial() || summary.caseNumber.isEmpty())
        return;
    const auto known = m_statuses.constFind(summary.caseNumber);
    const bool changed = known != m_statuses.constEnd() && *known != summary.status;
    m_statuses.insert(summary.caseNumber, summary.status);
    if (!changed || !m_enabled)
        return;
    m_pending.append(announce(summary.caseNumber, summary.status));
    m_batch.start();
}

void TrayNotifier::flush()
{
    if (m_pending.isEmpty() || !m_enabled)
        return;
    const QStringList lines = std::exchange(m_pending, {});
    const QString title =
        lines.size() == 1 ? tr("A case changed status") : tr("%n case(s) changed status", nullptr, int(lines.size()));
    // Tray balloons are small: five lines, then a count of the rest.
    QStringList shown = lines.mid(0, 5);
    if (lines.size() > 5)
        shown.append(tr("…and %n more.", nullptr, int(lines.size() - 5)));
    const QString message = shown.join(u'\n');
    if (m_tray)
        m_tray->showMessage(title, message, QSystemTrayIcon::Information);
    emit notified(title, message);
}

} // namespace CaseDesk
