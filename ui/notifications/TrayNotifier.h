#pragma once

#include "models/desktop/CaseNews.h"

#include <QIcon>
#include <QObject>

class QSystemTrayIcon;

namespace CaseDesk
{

/*
 * Case notifications as system tray messages, where the desktop has a tray and no notification service
 * (CaseNotifications picks). A tray shows one message at a time, so a round of news is one message; a
 * click on it opens its case when it is about one.
 *
 *     auto* tray = new TrayNotifier(window->windowIcon(), this);
 *     tray->setEnabled(preferences.statusNotifications()); // the icon shows only while enabled
 *     tray->show(CaseNews::compose(items, 1).constFirst());
 *
 * Without a tray (offscreen, some desktops) nothing is shown and nothing breaks.
 */
class TrayNotifier : public QObject
{
    Q_OBJECT

public:
    explicit TrayNotifier(const QIcon& icon, QObject* parent = nullptr);
    ~TrayNotifier() override;

    void setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }
    bool hasTray() const;
    void show(const CaseNotice& notice);

signals:
    // Sent for every notice shown, in the tray or not (there may be none): its summary and bodyWithoutQuote.
    void notified(const QString& title, const QString& message);
    // The user clicked the tray icon, or a message about several cases: bring the window forward.
    void activated();
    // The user clicked a message about one case.
    void caseClicked(const QString& caseNumber);

private:
    void updateTray();

    QIcon m_icon;
    QSystemTrayIcon* m_tray = nullptr;
    QString m_shownCase; // the case of the message in the tray, if it is about one
    bool m_enabled = false;
};

} // namespace CaseDesk
