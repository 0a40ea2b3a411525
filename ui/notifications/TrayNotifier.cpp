#include "ui/notifications/TrayNotifier.h"

#include <QSystemTrayIcon>

namespace CaseDesk
{

using namespace Qt::StringLiterals;

TrayNotifier::TrayNotifier(const QIcon& icon, QObject* parent)
    : QObject(parent)
    , m_icon(icon)
{}

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
    m_tray->setToolTip(tr("CaseDesk: notifies you when a case's status changes or the provider writes"));
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
        if (m_shownCase.isEmpty())
            emit activated();
        else
            emit caseClicked(m_shownCase);
    });
    connect(m_tray, &QSystemTrayIcon::activated, this, &TrayNotifier::activated);
    m_tray->show();
}

void TrayNotifier::show(const CaseNotice& notice)
{
    if (!m_enabled)
        return;
    m_shownCase = notice.caseNumber;
    // Without the provider's words: Qt may hand a tray message to a notification server that reads markup.
    if (m_tray)
        m_tray->showMessage(notice.summary, notice.bodyWithoutQuote, QSystemTrayIcon::Information);
    emit notified(notice.summary, notice.bodyWithoutQuote);
}

} // namespace CaseDesk
