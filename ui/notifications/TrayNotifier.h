#pragma once

#include <QHash>
#include <QIcon>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

class QSystemTrayIcon;

namespace CaseDesk
{

class CaseRepository;
struct CaseSummary;

/*
 * A desktop notification (a system tray message) when a case moves to another status, if the user wants them
 * and the desktop has a tray. Changes that arrive together (one refresh round) become one message.
 *
 *     auto* notifier = new TrayNotifier(window->windowIcon(), this);
 *     notifier->setEnabled(preferences.statusNotifications());
 *     notifier->watch(session->repository()); // again for each new session
 *
 * Only cases whose full answer was seen before count: the first answer for an order-history hit is not a
 * change. Without a tray (offscreen, some desktops) nothing is shown and nothing breaks.
 */
class TrayNotifier : public QObject
{
    Q_OBJECT

public:
    explicit TrayNotifier(const QIcon& icon, QObject* parent = nullptr);
    ~TrayNotifier() override;

    void setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }
    void watch(CaseRepository* repository);
    bool hasTray() const;

signals:
    // Sent whenever a message is due, shown in the tray or not (there may be none).
    void notified(const QString& title, const QString& message);
    // The user clicked the tray icon or its message: bring the window forward.
    void activated();

private:
    void remember(const QList<CaseSummary>& summaries);
    void onCaseChanged(const CaseSummary& summary);
    void flush();
    void updateTray();

    QIcon m_icon;
    QPointer<CaseRepository> m_repository;
    QList<QMetaObject::Connection> m_connections;
    QHash<QString, QString> m_statuses; // case number -> last status seen in a full answer
    QStringList m_pending;              // "11150929: Resolved"
    QTimer m_batch;
    QSystemTrayIcon* m_tray = nullptr;
    bool m_enabled = false;
};

} // namespace CaseDesk
