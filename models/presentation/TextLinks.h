#pragma once

#include <QList>
#include <QString>
#include <QUrl>

namespace CaseDesk
{

// One link found in plain text (see TextLinks).
struct TextLink
{
    enum class Kind
    {
        Web,  // http:// or https://
        Mail, // mailto:
        Case, // a case number: 8 digits standing alone
    };

    Kind kind = Kind::Web;
    qsizetype start = 0;  // where it is in the text, in UTF-16 units
    qsizetype length = 0; //
    QUrl url;             // Web and Mail: the address it opens
    QString caseNumber;   // Case
    QString shown;        // what it reads on screen: the text as written, shortened when long

    // What it opens, in full: the address fully encoded (an international host as punycode, "xn--…", and every
    // character outside ASCII as a %-escape, so a look-alike letter cannot pass for another), or the case number.
    QString target() const;
    // The host a web link goes to, as punycode; empty for others.
    QString host() const;
    // Whether what it reads differs from what it opens (shortened, an international host or path, upper case
    // letters made lower), or it names a user before the host ("https://bank.example@evil.example/"): then its
    // target is shown, and confirmed, before anything opens.
    bool needsConfirmation() const;
    bool operator==(const TextLink&) const = default;
};

/*
 * The links in a note's plain text, and the note as rich text for a label that shows them. Text from the
 * server is never markup: html() escapes every character of it and writes <a> elements of its own around the
 * links it found, whose href is only the link's index ("#2"), so nothing the server wrote ever reaches an
 * attribute; the target is looked up here by that index.
 *
 * What becomes a link: http:// and https:// addresses with a host, mailto: addresses (user@domain), and case
 * numbers (exactly 8 ASCII digits, not part of a longer number, word, date, phone number or address). Nothing
 * else: not javascript:, file:, data: or any other scheme, not a bare "www." or e-mail address. An address
 * ends at a space, a control or format character (bidirectional overrides, zero-width characters), one of
 * < > " ` { } | \ ^, and loses the punctuation that ends a sentence (".,;:!?", quotes, an unbalanced closing
 * bracket). Format characters are removed from what is shown, as everywhere else (OutsideText).
 *
 *     const TextLinks links(note.text);
 *     label->setTextFormat(Qt::RichText);
 *     label->setText(links.html());
 *     connect(label, &QLabel::linkActivated, [links](const QString& href) { const TextLink* link = links.find(href);
 * });
 */
class TextLinks
{
public:
    // Longer addresses stay plain text; beyond this many links a note's text stays plain.
    static constexpr qsizetype kMaxUrlLength = 2048;
    static constexpr qsizetype kMaxLinks = 200;
    // Addresses longer than this are shown shortened with "…" in the middle.
    static constexpr qsizetype kShownLength = 72;

    TextLinks() = default;
    explicit TextLinks(const QString& text);

    const QList<TextLink>& links() const { return m_links; }
    // The text as rich text: escaped, line breaks kept, format characters removed, each link an <a href="#N">.
    QString html() const;
    // The link an href of html() names; null for any other text.
    const TextLink* find(const QString& href) const;

private:
    QString m_text;
    QList<TextLink> m_links;
};

} // namespace CaseDesk
