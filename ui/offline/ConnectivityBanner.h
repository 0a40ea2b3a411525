#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace CaseDesk
{

/*
 * The strip under the menu that says the server cannot be reached and what that means for the user's work:
 * "Offline: changes wait in the outbox (3)", with the reason as its second line and "Retry now". While the
 * server answers it shows only when outbox items need the user ("2 items in the outbox need you"), and
 * hides otherwise.
 *
 *     banner->setState(monitor->isOnline(), monitor->reason(), outbox->pendingCount(), outbox->failedCount());
 *     connect(banner, &ConnectivityBanner::retryRequested, sender, &OutboxSender::retryAll);
 */
class ConnectivityBanner : public QWidget
{
    Q_OBJECT

public:
    explicit ConnectivityBanner(QWidget* parent = nullptr);

    void setState(bool online, const QString& reason, int waiting, int needsUser);
    // While a probe or retry is on its way the button says so and waits.
    void setRetrying(bool retrying);

    QString text() const;
    bool isOffline() const { return !m_online; }

signals:
    void retryRequested();
    void showOutboxRequested();

private:
    void refresh();

    QLabel* m_icon;
    QLabel* m_text;
    QLabel* m_reason;
    QPushButton* m_retry;
    QPushButton* m_show;
    QString m_reasonText;
    int m_waiting = 0;
    int m_needsUser = 0;
    bool m_online = true;
    bool m_retrying = false;
};

} // namespace CaseDesk
