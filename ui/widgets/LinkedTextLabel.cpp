#include "ui/widgets/LinkedTextLabel.h"

#include "models/core/OutsideText.h"
#include "ui/widgets/PlainText.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QMessageBox>
#include <QStatusTipEvent>

namespace CaseDesk
{

using namespace Qt::StringLiterals;

namespace
{
// `text` (escaped) as a tooltip whose lines are not wrapped.
QString oneLineToolTip(const QString& text)
{
    QString html = OutsideText::escaped(text);
    html.replace(u'\n', u"<br>"_s);
    return u"<p style=\"white-space:pre\">"_s + html + u"</p>"_s;
}
} // namespace

LinkedTextLabel::LinkedTextLabel(QWidget* parent)
    : QLabel(parent)
{
    // Rich text built by TextLinks only: every character from outside is escaped there.
    setTextFormat(Qt::RichText);
    setOpenExternalLinks(false);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard | Qt::LinksAccessibleByMouse
                            | Qt::LinksAccessibleByKeyboard);
    connect(this, &QLabel::linkActivated, this, &LinkedTextLabel::activate);
    connect(this, &QLabel::linkHovered, this, &LinkedTextLabel::hover);
}

void LinkedTextLabel::setPlainText(const QString& text)
{
    m_links = TextLinks(text);
    setText(m_links.html());
}

QString LinkedTextLabel::describe(const TextLink& link)
{
    switch (link.kind) {
    case TextLink::Kind::Case:
        return tr("Open case %1 in CaseDesk").arg(link.caseNumber);
    case TextLink::Kind::Mail:
        return tr("Write an e-mail: %1").arg(link.target());
    case TextLink::Kind::Web:
        break;
    }
    return tr("Open in the browser: %1\nServer: %2").arg(link.target(), link.host());
}

void LinkedTextLabel::hover(const QString& href)
{
    const TextLink* link = m_links.find(href);
    const QString description = link ? describe(*link) : QString();
    // The target is ASCII (fully encoded); it is escaped all the same. An address of a usual length stays on
    // one line (a tooltip would otherwise break it at every "/").
    constexpr qsizetype kOneLine = 200;
    setToolTip(description.isEmpty() || description.size() > kOneLine ? OutsideText::toolTip(description)
                                                                      : oneLineToolTip(description));
    // And in the window's status bar, as a browser shows where a link goes.
    QStatusTipEvent tip(OutsideText::name(description));
    QCoreApplication::sendEvent(this, &tip);
}

void LinkedTextLabel::activate(const QString& href)
{
    const TextLink* link = m_links.find(href);
    if (!link)
        return; // html() writes no other href
    if (link->kind == TextLink::Kind::Case) {
        emit caseLinkActivated(link->caseNumber);
        return;
    }
    if (link->needsConfirmation()) {
        confirmThenOpen(*link);
        return;
    }
    QDesktopServices::openUrl(link->url);
}

void LinkedTextLabel::confirmThenOpen(const TextLink& link)
{
    if (m_confirmation)
        m_confirmation->close();
    const bool mail = link.kind == TextLink::Kind::Mail;
    const QString question = mail ? tr("This link reads differently from the address it writes to. Write an "
                                       "e-mail to this address?")
                                  : tr("This link reads differently from the address it opens. Open this "
                                       "address in your browser?");
    QString details = link.target();
    if (!mail)
        details += u'\n' + tr("Server: %1").arg(link.host());
    if (!link.url.userInfo().isEmpty())
        details += u'\n' + tr("The part before “@” is a user name for that server, not the server.");
    // On the window, not the label: a refresh that rebuilds the notes does not take the question away.
    m_confirmation =
        PlainText::messageBox(QMessageBox::Question, mail ? tr("Write an e-mail") : tr("Open link"),
                              question + u"\n\n"_s + details, QMessageBox::Open | QMessageBox::Cancel, window());
    m_confirmation->setObjectName(QStringLiteral("linkConfirmation"));
    m_confirmation->setAttribute(Qt::WA_DeleteOnClose);
    m_confirmation->setDefaultButton(QMessageBox::Cancel);
    m_confirmation->setEscapeButton(QMessageBox::Cancel);
    // The target can be selected and copied rather than opened.
    m_confirmation->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    const QUrl url = link.url;
    connect(m_confirmation, &QMessageBox::finished, m_confirmation, [url](int result) {
        if (result == QMessageBox::Open)
            QDesktopServices::openUrl(url);
    });
    m_confirmation->open();
}

} // namespace CaseDesk
