#pragma once

#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QString>

namespace CaseDesk
{

// One thing worth telling about a case: it moved to another status, or the provider wrote a note.
struct CaseNewsItem
{
    enum class Kind
    {
        StatusChanged,
        ProviderNote,
    };
    Kind kind = Kind::StatusChanged;
    QString caseNumber;
    QString status;   // StatusChanged: the new status as the server sent it
    QString noteText; // ProviderNote: the note's text as the server sent it
};

// A desktop notification: a summary line, a body and the case a click opens (none: one about several cases,
// a click brings the window forward). Plain text; whoever shows it escapes it for markup if the shower reads
// markup.
struct CaseNotice
{
    QString caseNumber;
    QString summary;
    QString body;
    // The body without the provider's words (the quoted note): for a shower that may read markup unasked
    // (a tray message can reach a notification server as it is).
    QString bodyWithoutQuote;

    bool operator==(const CaseNotice&) const = default;
};

/*
 * The words of case notifications. A round of news (one refresh) becomes one notice per case when it
 * concerns at most `maxSeparate` cases, or one notice that sums them up. Server text (a status this version
 * does not know, a note) is cleaned of disguising characters, shortened, and never taken for a case number.
 *
 *     for (const CaseNotice& notice : CaseNews::compose(items, 3)) notifier->show(notice);
 */
class CaseNews
{
    Q_DECLARE_TR_FUNCTIONS(CaseNews)

public:
    static constexpr int kExcerptLength = 160;
    static constexpr int kMaxSummaryLines = 5;

    static QList<CaseNotice> compose(const QList<CaseNewsItem>& items, int maxSeparate);
    // A case number fit to show (it has the shape of one); empty otherwise.
    static QString shownNumber(const QString& caseNumber);
    // A note's first words on one line, at most kExcerptLength characters.
    static QString excerpt(const QString& noteText);

private:
    static CaseNotice noticeFor(const QString& caseNumber, const QList<CaseNewsItem>& items);
    static QString line(const CaseNewsItem& item);
};

} // namespace CaseDesk

Q_DECLARE_METATYPE(CaseDesk::CaseNewsItem)
Q_DECLARE_METATYPE(CaseDesk::CaseNotice)
