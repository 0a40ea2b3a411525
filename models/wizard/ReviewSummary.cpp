#include "models/wizard/ReviewSummary.h"

#include "models/catalogue/CodeCatalogue.h"
#include "models/core/NumberConversion.h"
#include "models/domain/CaseStatus.h"
#include "models/schemaform/FormValue.h"

#include <QJsonDocument>

namespace CaseDesk
{

using namespace Qt::StringLiterals;

namespace
{
QString joinLabel(const QString& prefix, const QString& title)
{
    return prefix.isEmpty() ? title : ReviewSummary::tr("%1 › %2", "nested field titles").arg(prefix, title);
}

QString scalarText(const FormValue& value, const QLocale& locale)
{
    const QJsonValue json = value.value();
    switch (value.field().kind) {
    case FormField::Kind::Boolean:
        return json.toBool() ? ReviewSummary::tr("Yes") : ReviewSummary::tr("No");
    case FormField::Kind::Integer:
        if (const auto integer = NumberConversion::exactInteger(json.toDouble()))
            return locale.toString(*integer);
        return locale.toString(json.toDouble()); // a loaded value that is no whole number: shown as it is
    case FormField::Kind::Number:
        return locale.toString(json.toDouble());
    case FormField::Kind::DateTime: {
        const QDateTime when = QDateTime::fromString(json.toString(), Qt::ISODateWithMs);
        return when.isValid() ? ReviewSummary::localAndUtc(when, locale) : json.toString();
    }
    default:
        return json.isString() ? json.toString() : json.toVariant().toString();
    }
}

void collect(const FormValue& value, const QString& label, const QLocale& locale, QList<ReviewSummary::Row>* rows)
{
    if (value.isBlank())
        return;
    const FormField& field = value.field();
    switch (field.kind) {
    case FormField::Kind::Object:
        for (qsizetype i = 0; i < value.count(); ++i)
            collect(*value.at(i), joinLabel(label, value.at(i)->field().title), locale, rows);
        return;
    case FormField::Kind::ObjectList:
        for (qsizetype i = 0; i < value.count(); ++i)
            collect(*value.at(i), ReviewSummary::tr("%1 %2", "list title and row number").arg(label).arg(i + 1), locale,
                    rows);
        return;
    case FormField::Kind::ChoiceList: {
        QStringList chosen;
        for (const QJsonValue& choice : value.choices())
            chosen.append(choice.toString());
        rows->append({label, locale.createSeparatedList(chosen)});
        return;
    }
    case FormField::Kind::TextList: {
        QStringList items;
        for (qsizetype i = 0; i < value.count(); ++i) {
            if (!value.at(i)->isBlank())
                items.append(scalarText(*value.at(i), locale));
        }
        rows->append({label, items.join(u'\n')});
        return;
    }
    case FormField::Kind::Raw:
        rows->append({label, value.text()});
        return;
    default:
        rows->append({label, scalarText(value, locale)});
        return;
    }
}

QString contactText(const Contact& contact)
{
    QStringList lines;
    if (contact.registeredUsers) {
        lines.append(ReviewSummary::tr("Registered users: %1").arg(contact.registeredUsers->join(u", "_s)));
    } else {
        const QString name = QStringList{contact.firstName.value_or(QString()), contact.lastName.value_or(QString())}
                                 .join(u' ')
                                 .trimmed();
        lines.append(name.isEmpty() ? ReviewSummary::tr("(no name)") : name);
        for (const ContactDetail& detail : contact.details.value_or(QList<ContactDetail>()))
            lines.append(ReviewSummary::tr("%1: %2").arg(Vocabulary::detailType(detail.type), detail.value));
    }
    if (contact.availability)
        lines.append(ReviewSummary::tr("Available: %1").arg(Vocabulary::availability(*contact.availability)));
    if (contact.timezone)
        lines.append(ReviewSummary::tr("Time zone: %1").arg(*contact.timezone));
    return lines.join(u'\n');
}
} // namespace

QString ReviewSummary::localAndUtc(const QDateTime& when, const QLocale& locale)
{
    return tr("%1 (%2 UTC)")
        .arg(locale.toString(when.toLocalTime(), QLocale::ShortFormat),
             locale.toString(when.toUTC(), QLocale::ShortFormat));
}

QList<ReviewSummary::Row> ReviewSummary::detailsRows(const FormFieldPtr& form, const QJsonObject& details,
                                                     const QLocale& locale)
{
    QList<Row> rows;
    if (!form)
        return rows;
    FormValue root(form);
    root.load(details);
    collect(root, QString(), locale, &rows);
    return rows;
}

QList<ReviewSummary::Section> ReviewSummary::build(const CaseDraft& draft, const CodeCatalogue& catalogue,
                                                   const FormFieldPtr& detailsForm, const QLocale& locale)
{
    const CreateCaseRequest& request = draft.request;
    const std::optional<TicketCode> code = catalogue.code(request.code);
    QList<Section> sections;

    Section codeSection{CaseDraft::Step::Code, tr("Ticket code"), {}, tr("No code chosen.")};
    if (!request.code.isEmpty()) {
        const QString label = catalogue.displayLabel(request.code);
        codeSection.rows.append({tr("Code"), label == request.code ? label : tr("%1 (%2)").arg(label, request.code)});
        if (code) {
            codeSection.rows.append({tr("Family"), catalogue.familyLabel(code->family)});
            codeSection.rows.append({tr("Creates"), code->ticketTypeName()});
        }
    }
    sections.append(codeSection);

    Section problem{CaseDraft::Step::Problem, tr("Problem"), {}, QString()};
    problem.rows.append({tr("Description"), request.description});
    problem.rows.append(
        {code && code->primaryIdLabel ? *code->primaryIdLabel : tr("Primary reference"), request.primaryId});
    if (request.secondaryId)
        problem.rows.append({code && code->secondaryIdLabel ? *code->secondaryIdLabel : tr("Secondary reference"),
                             *request.secondaryId});
    problem.rows.append({tr("Occurred"), request.occurredDateTime && request.occurredDateTime->isValid()
                                             ? localAndUtc(request.occurredDateTime->dateTime(), locale)
                                             : tr("Not given")});
    problem.rows.append({tr("Customer reference"), draft.usesGeneratedReference()
                                                       ? tr("%1 (generated)").arg(draft.generatedReference)
                                                       : draft.effectiveReference()});
    sections.append(problem);

    Section contacts{CaseDraft::Step::Contacts, tr("Contacts"), {}, tr("No contacts added.")};
    const QList<Contact> list = request.contacts.value_or(QList<Contact>());
    for (qsizetype i = 0; i < list.size(); ++i) {
        const Contact& contact = list.at(i);
        contacts.rows.append(
            {tr("Contact %1 (%2)").arg(i + 1).arg(Vocabulary::contactType(contact.type.value_or(QString()))),
             contactText(contact)});
    }
    sections.append(contacts);

    if (code && code->hasDetails) {
        Section details{CaseDraft::Step::Details, tr("Details"),
                        detailsRows(detailsForm, request.details.value_or(QJsonObject()), locale),
                        tr("No details entered.")};
        sections.append(details);
    }

    Section attachments{CaseDraft::Step::Attachments, tr("Attachments"), {}, tr("No attachments.")};
    for (const DraftAttachment& attachment : draft.attachments)
        attachments.rows.append({tr("File"), attachment.name});
    sections.append(attachments);
    return sections;
}

QString ReviewSummary::requestText(const CreateCaseRequest& request)
{
    return QString::fromUtf8(QJsonDocument(request.toJson()).toJson(QJsonDocument::Indented));
}

} // namespace CaseDesk
