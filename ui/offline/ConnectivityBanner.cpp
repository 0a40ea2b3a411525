#include "ui/offline/ConnectivityBanner.h"

#include "ui/widgets/PlainText.h"
#include "ui/widgets/ThemeColors.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace CaseDesk
{

using namespace Qt::StringLiterals;

ConnectivityBanner::ConnectivityBanner(QWidget* parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_reason(PlainText::label(QString(), this)) // the network's own words
    , m_retry(new QPushButton(tr("&Retry now"), this))
    , m_show(new QPushButton(tr("Show &outbox"), this))
{
    setObjectName(u"connectivityBanner"_s);
    setAttribute(Qt::WA_StyledBackground);
    setAccessibleName(tr("Connection state"));
    m_text->setObjectName(u"connectivityText"_s);
    m_reason->setObjectName(u"connectivityReason"_s);
    m_reason->setWordWrap(true);
    m_retry->setObjectName(u"retryNowButton"_s);
    m_retry->setAccessibleName(tr("Retry now"));
    m_retry->setToolTip(tr("Ask the server at once and send what waits in the outbox"));
    m_show->setObjectName(u"showOutboxButton"_s);
    m_show->setAccessibleName(tr("Show outbox"));
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(size, size));

    auto* words = new QVBoxLayout;
    words->setSpacing(0);
    words->addWidget(m_text);
    words->addWidget(m_reason);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_icon);
    layout->addLayout(words, 1);
    layout->addWidget(m_show);
    layout->addWidget(m_retry);
    connect(m_retry, &QPushButton::clicked, this, &ConnectivityBanner::retryRequested);
    connect(m_show, &QPushButton::clicked, this, &ConnectivityBanner::showOutboxRequested);
    refresh();
}

void ConnectivityBanner::setState(bool online, const QString& reason, int waiting, int needsUser)
{
    m_online = online;
    m_reasonText = reason;
    m_waiting = waiting;
    m_needsUser = needsUser;
    if (online)
        m_retrying = false;
    refresh();
}

void ConnectivityBanner::setRetrying(bool retrying)
{
    m_retrying = retrying;
    refresh();
}

QString ConnectivityBanner::text() const
{
    return m_text->text();
}

void ConnectivityBanner::refresh()
{
    if (!m_online) {
        m_text->setText(m_waiting > 0 ? tr("Offline: changes wait in the outbox (%n)", nullptr, m_waiting)
                                      : tr("Offline: what you send waits in the outbox"));
        PlainText::setText(m_reason, m_reasonText.isEmpty() ? tr("CaseDesk keeps working from what it has stored.")
                                                            : m_reasonText);
        ThemeColors::setStyle(this, [](const ThemeColors& colors) {
            return colors.bannerStyle(colors.offlineBanner(), u"#connectivityBanner"_s,
                                      u"border-bottom: 1px solid palette(mid);"_s);
        });
    } else {
        m_text->setText(tr("Outbox items that need you: %n", nullptr, m_needsUser));
        PlainText::setText(m_reason,
                           tr("They could not be sent. Open the outbox to send them again, edit or discard them."));
        ThemeColors::setStyle(this, [](const ThemeColors& colors) {
            return colors.bannerStyle(colors.problemBanner(), u"#connectivityBanner"_s,
                                      u"border-bottom: 1px solid palette(mid);"_s);
        });
    }
    m_retry->setVisible(!m_online);
    m_retry->setEnabled(!m_retrying);
    m_retry->setText(m_retrying ? tr("Trying…") : tr("&Retry now"));
    m_show->setVisible(m_online ? m_needsUser > 0 : m_waiting > 0);
    setAccessibleDescription(m_text->text() + u". "_s + m_reason->text());
    setVisible(!m_online || m_needsUser > 0);
}

} // namespace CaseDesk
