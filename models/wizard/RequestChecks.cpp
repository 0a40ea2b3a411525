#include "models/wizard/RequestChecks.h"

#include "models/wizard/RequestPaths.h"

#include <QRegularExpression>
#include <QTimeZone>

namespace CaseDesk
{

using namespace Qt::StringLiterals;

namespace
{
// The contact detail types whose values have a format (the spec's ContactDetail.type enum).
const QString kEmail = u"EMAIL"_s;
const QString kPhone = u"PHONE"_s;
const QString kMobile = u"MOBILE"_s;
} // namespace

bool RequestChecks::isEmailAddress(const QString& text)
{
    static const QRegularExpression pattern(u"^[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+$"_s);
    return pattern.match(text).hasMatch();
}

bool RequestChecks::isPhoneNumber(const QString& text)
{
    static const QRegularExpression pattern(u"^\\+?[0-9(][0-9 ().\\-/]*$"_s);
    if (!pattern.match(text.trimmed()).hasMatch())
        return false;
    qsizetype digits = 0;
    for (const QChar c : text) {
        if (c.isDigit())
            ++digits;
    }
    return digits >= 6 && digits <= 20;
}

bool RequestChecks::isKnownTimeZone(const QString& name)
{
    static const QList<QByteArray> zones = QTimeZone::availableTimeZoneIds();
    return zones.contains(name.toUtf8());
}

QList<Violation> RequestChecks::check(const CreateCaseRequest& request, const QDateTime& now)
{
    const RequestPaths& paths = RequestPaths::get();
    QList<Violation> problems;
    if (request.occurredDateTime && request.occurredDateTime->isValid()
        && request.occurredDateTime->dateTime() > now.addSecs(kFutureToleranceSecs)) {
        problems.append({paths.occurredDateTime, tr("This time is in the future.")});
    }
    const QList<Contact> contacts = request.contacts.value_or(QList<Contact>());
    for (qsizetype i = 0; i < contacts.size(); ++i) {
        const Contact& contact = contacts.at(i);
        const QString zone = contact.timezone.value_or(QString());
        if (!zone.isEmpty() && !isKnownTimeZone(zone))
            problems.append({paths.contactField(i, paths.timezone),
                             tr("Choose a time zone from the list, such as Europe/Amsterdam.")});
        const QList<ContactDetail> details = contact.details.value_or(QList<ContactDetail>());
        for (qsizetype j = 0; j < details.size(); ++j) {
            const ContactDetail& detail = details.at(j);
            if (detail.value.isEmpty())
                continue; // the schema's own "required" says it better
            const QString path = paths.contactDetail(i, j, paths.detailValue);
            if (detail.type == kEmail && !isEmailAddress(detail.value))
                problems.append({path, tr("Enter an e-mail address such as name@example.com.")});
            else if ((detail.type == kPhone || detail.type == kMobile) && !isPhoneNumber(detail.value))
                problems.append({path, tr("Enter a phone number: digits, spaces and dashes, with an optional "
                                          "leading +, such as +31 20 123 4567.")});
        }
    }
    return problems;
}

} // namespace CaseDesk
