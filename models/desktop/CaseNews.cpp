#include "models/desktop/CaseNews.h"

#include "models/core/OutsideText.h"
#include "models/domain/CaseStatus.h"

#include <QRegularExpression>

namespace CaseDesk
{

using namespace Qt::StringLiterals;

namespace
{
QString statusText(const QString& status)
{
    return CaseStatus::fromRaw(status) == CaseStatus::Known::Unknown ? CaseNews::tr("a status CaseDesk does not know")
                                                                     : CaseStatus::label(status);
}
} // namespace

QString CaseNews::shownNumber(const QString& caseNumber)
{
    static const QRegularExpression plainNumber(u"^[0-9A-Za-z-]{1,40}$"_s);
    return plainNumber.match(caseNumber).hasMatch() ? caseNumber : QString();
}

QString CaseNews::excerpt(const QString& noteText)
{
    QString text = OutsideText::name(noteText).simplified();
    if (text.size() > kExcerptLength)
        text = text.left(kExcerptLength - 1).trimmed() + u'…';
    return text;
}

QString CaseNews::line(const CaseNewsItem& item)
{
    const QString number = shownNumber(item.caseNumber);
    if (item.kind == CaseNewsItem::Kind::StatusChanged) {
        return number.isEmpty() ? tr("A case is now %1.").arg(statusText(item.status))
                                : tr("Case %1 is now %2.").arg(number, statusText(item.status));
    }
    return number.isEmpty() ? tr("A new note from the provider on a case.")
                            : tr("New note from the provider on case %1.").arg(number);
}

CaseNotice CaseNews::noticeFor(const QString& caseNumber, const QList<CaseNewsItem>& items)
{
    CaseNotice notice;
    notice.caseNumber = shownNumber(caseNumber);
    QString status;
    QStringList notes;
    for (const CaseNewsItem& item : items) {
        if (item.kind == CaseNewsItem::Kind::StatusChanged)
            status = item.status; // the latest
        else
            notes.append(item.noteText);
    }
    const QString number = notice.caseNumber;
    if (!status.isEmpty() && notes.isEmpty())
        notice.summary = number.isEmpty() ? tr("A case changed status") : tr("Case %1 changed status").arg(number);
    else if (status.isEmpty())
        notice.summary = number.isEmpty() ? tr("A new note from the provider")
                                          : tr("New note from the provider on case %1").arg(number);
    else
        notice.summary = number.isEmpty() ? tr("A case changed") : tr("Case %1 changed").arg(number);
    QStringList body;
    if (!status.isEmpty())
        body.append(tr("It is now %1.").arg(statusText(status)));
    QStringList withoutQuote = body;
    if (!notes.isEmpty())
        withoutQuote.append(tr("%n new note(s) from the provider.", nullptr, int(notes.size())));
    if (notes.size() > 1)
        body.append(tr("%n new note(s) from the provider. The latest:", nullptr, int(notes.size())));
    if (!notes.isEmpty())
        body.append(excerpt(notes.constLast()));
    notice.body = body.join(u'\n');
    notice.bodyWithoutQuote = withoutQuote.join(u'\n');
    return notice;
}

QList<CaseNotice> CaseNews::compose(const QList<CaseNewsItem>& items, int maxSeparate)
{
    QStringList cases; // in the order their news came
    for (const CaseNewsItem& item : items) {
        if (!cases.contains(item.caseNumber))
            cases.append(item.caseNumber);
    }
    if (cases.isEmpty())
        return {};
    if (cases.size() <= maxSeparate) {
        QList<CaseNotice> notices;
        for (const QString& caseNumber : std::as_const(cases)) {
            QList<CaseNewsItem> ofCase;
            for (const CaseNewsItem& item : items) {
                if (item.caseNumber == caseNumber)
                    ofCase.append(item);
            }
            notices.append(noticeFor(caseNumber, ofCase));
        }
        return notices;
    }
    CaseNotice sum;
    sum.summary = tr("%n case(s) changed", nullptr, int(cases.size()));
    QStringList lines;
    for (const CaseNewsItem& item : items)
        lines.append(line(item));
    QStringList shown = lines.mid(0, kMaxSummaryLines);
    if (lines.size() > kMaxSummaryLines)
        shown.append(tr("…and %n more.", nullptr, int(lines.size() - kMaxSummaryLines)));
    sum.body = shown.join(u'\n');
    sum.bodyWithoutQuote = sum.body; // its lines are CaseDesk's words only
    return {sum};
}

} // namespace CaseDesk
