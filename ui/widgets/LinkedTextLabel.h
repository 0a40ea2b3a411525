#pragma once

#include "models/presentation/TextLinks.h"

#include <QLabel>
#include <QPointer>

class QMessageBox;

namespace CaseDesk
{

/*
 * A label that shows text from outside (a note from the server) as the plain text it is, with its web and mail
 * addresses and case numbers as links (models/presentation/TextLinks finds them and builds the rich text; no
 * other markup ever reaches the label). Hovering a link shows its full target in a tooltip and the status bar,
 * with the host as punycode. A case number asks for that case (caseLinkActivated); a web or mail link opens
 * through QDesktopServices, after a box shows its full target and asks when what the link reads differs from
 * what it opens (shortened, an international host, a user name before the host).
 *
 *     auto* text = new LinkedTextLabel(card);
 *     text->setPlainText(note.text);
 *     connect(text, &LinkedTextLabel::caseLinkActivated, this, &Thread::openCase);
 */
class LinkedTextLabel : public QLabel
{
    Q_OBJECT

public:
    explicit LinkedTextLabel(QWidget* parent = nullptr);

    void setPlainText(const QString& text);
    const TextLinks& links() const { return m_links; }
    // The box that confirms a link's target while it is open ("linkConfirmation" on the window; tests drive it).
    QMessageBox* confirmation() const { return m_confirmation; }
    // What hovering `link` says: its full target, and for a web link the host it goes to.
    static QString describe(const TextLink& link);

signals:
    void caseLinkActivated(const QString& caseNumber);

private:
    void activate(const QString& href);
    void hover(const QString& href);
    void confirmThenOpen(const TextLink& link);

    TextLinks m_links;
    QPointer<QMessageBox> m_confirmation;
};

} // namespace CaseDesk
