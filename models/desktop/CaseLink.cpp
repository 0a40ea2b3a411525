#include "models/desktop/CaseLink.h"

#include <algorithm>

namespace CaseDesk
{

using namespace Qt::StringLiterals;

namespace
{
constexpr qsizetype kCaseNumberLength = 8; // the API's CaseNumber

// The link as a message quotes it: shortened, since it can be anything.
QString quoted(const QString& text)
{
    constexpr qsizetype shown = 60;
    return text.size() > shown ? text.left(shown) + u'…' : text;
}

CaseLink::Parsed refused(const QString& error)
{
    return {std::nullopt, error};
}
} // namespace

QString CaseLink::scheme()
{
    return u"casedesk"_s;
}

QString CaseLink::toString() const
{
    QString text = scheme() + u"://case/"_s + caseNumber;
    if (!environment.isEmpty())
        text += u"?environment="_s + environment;
    return text;
}

QString CaseLink::checkCaseNumber(const QString& number)
{
    const bool digits = !number.isEmpty()
                        && std::all_of(number.cbegin(), number.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
    if (!digits || number.size() != kCaseNumberLength)
        return tr("“%1” is not a case number: case numbers have 8 digits.").arg(quoted(number));
    return {};
}

CaseLink::Parsed CaseLink::parse(const QString& text, const QStringList& knownEnvironments)
{
    if (text.size() > kMaxLength)
        return refused(tr("That link is too long for a link to a case (%Ln characters).", nullptr, text.size()));
    for (const QChar c : text) {
        if (c.unicode() <= 0x20 || c.unicode() >= 0x7f)
            return refused(
                tr("The link “%1” contains spaces or characters that a link to a case never has.").arg(quoted(text)));
    }
    if (text.contains(u'%'))
        return refused(
            tr("The link “%1” contains encoded characters (%); links to cases never need them.").arg(quoted(text)));
    const QString prefix = scheme() + u"://"_s;
    if (!text.startsWith(prefix, Qt::CaseInsensitive))
        return refused(tr("“%1” is not a CaseDesk link: those start with casedesk://case/.").arg(quoted(text)));
    if (text.contains(u'#'))
        return refused(tr("The link “%1” has a part after “#” that CaseDesk does not understand.").arg(quoted(text)));

    const QString rest = text.mid(prefix.size());
    const qsizetype queryAt = rest.indexOf(u'?');
    const QString path = queryAt < 0 ? rest : rest.left(queryAt);
    const QString query = queryAt < 0 ? QString() : rest.mid(queryAt + 1);
    const QString where = u"case/"_s;
    if (!path.startsWith(where, Qt::CaseInsensitive))
        return refused(tr("The link “%1” does not point to a case: CaseDesk links look like "
                          "casedesk://case/11150929.")
                           .arg(quoted(text)));
    const QString number = path.mid(where.size());
    if (number.contains(u'/'))
        return refused(tr("The link “%1” has more after the case number than CaseDesk understands.").arg(quoted(text)));
    if (const QString problem = checkCaseNumber(number); !problem.isEmpty())
        return refused(problem);

    CaseLink link{number, {}};
    if (queryAt >= 0) {
        const QString key = u"environment="_s;
        const QString environment = query.mid(key.size());
        if (!query.startsWith(key) || environment.isEmpty() || environment.contains(u'&') || environment.contains(u'=')
            || environment.contains(u'?'))
            return refused(
                tr("The link “%1” asks for something other than an environment after “?”.").arg(quoted(text)));
        if (!knownEnvironments.contains(environment))
            return refused(tr("The link names the environment “%1”, which CaseDesk does not know here. Add that "
                              "server from the Environment menu first.")
                               .arg(quoted(environment)));
        link.environment = environment;
    }
    return {link, {}};
}

CaseLink::Parsed CaseLink::parseOpenArgument(const QString& text, const QStringList& knownEnvironments)
{
    if (text.contains(u':')) // a link, if any: what is wrong with it is said as for links
        return parse(text, knownEnvironments);
    if (const QString problem = checkCaseNumber(text); !problem.isEmpty())
        return refused(problem);
    return {CaseLink{text, {}}, {}};
}

} // namespace CaseDesk
