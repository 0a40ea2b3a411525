#include "models/templates/TemplateExpansion.h"

#include "models/domain/Case.h"

namespace CaseDesk
{

using namespace Qt::StringLiterals;

namespace
{
bool isNameChar(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'_' || c == u'-';
}
} // namespace

const QStringList& TemplateExpansion::placeholders()
{
    static const QStringList names{u"case"_s, u"ibx"_s, u"cage"_s, u"contact"_s, u"me"_s};
    return names;
}

TemplateExpansion::Result TemplateExpansion::expand(const QString& text, const QHash<QString, QString>& values)
{
    Result result;
    result.text.reserve(text.size());
    qsizetype i = 0;
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (c != u'{') {
            result.text.append(c);
            ++i;
            continue;
        }
        // A brace opens a placeholder only when a plain word and a closing brace follow it directly;
        // otherwise it is a literal brace, and the text after it is read afresh ("{{case}}", "{case").
        qsizetype end = i + 1;
        while (end < text.size() && isNameChar(text.at(end)))
            ++end;
        if (end == i + 1 || end >= text.size() || text.at(end) != u'}') {
            result.text.append(c);
            ++i;
            continue;
        }
        const QString name = text.mid(i + 1, end - i - 1);
        const QString typed = text.mid(i, end - i + 1);
        if (!placeholders().contains(name)) {
            if (!result.unknown.contains(typed))
                result.unknown.append(typed);
            result.text.append(typed);
        } else if (const QString value = values.value(name).trimmed(); value.isEmpty()) {
            if (!result.unfilled.contains(typed))
                result.unfilled.append(typed);
            result.text.append(typed);
        } else {
            result.text.append(value);
        }
        i = end + 1;
    }
    return result;
}

QHash<QString, QString> TemplateExpansion::valuesFor(const Case& answer, const QString& me)
{
    QString contact;
    if (answer.contacts) {
        for (const Contact& person : *answer.contacts) {
            contact = QStringList{person.firstName.value_or(QString()), person.lastName.value_or(QString())}
                          .join(u' ')
                          .trimmed();
            if (contact.isEmpty())
                contact = person.registeredUser.value_or(QString()).trimmed();
            if (!contact.isEmpty())
                break;
        }
    }
    return {
        {u"case"_s, answer.id.value_or(QString()).trimmed()},
        {u"ibx"_s, answer.firstIbx()},
        {u"cage"_s, answer.firstCage()},
        {u"contact"_s, contact},
        {u"me"_s, me.trimmed()},
    };
}

QHash<QString, QString> TemplateExpansion::valuesFor(const QString& caseNumber, const QString& me)
{
    return {{u"case"_s, caseNumber.trimmed()}, {u"me"_s, me.trimmed()}};
}

} // namespace CaseDesk
