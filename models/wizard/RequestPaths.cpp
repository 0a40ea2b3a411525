#include "models/wizard/RequestPaths.h"

#include "models/domain/CreateCaseRequest.h"
#include "models/schema/JsonPath.h"

#include <QHash>

namespace CaseDesk
{

using namespace Qt::StringLiterals;

namespace
{
// The key of `object` whose value is `value`.
QString keyOf(const QJsonObject& object, const QJsonValue& value)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.value() == value)
            return it.key();
    }
    Q_ASSERT_X(false, "RequestPaths", "a probe value was not written");
    return QString();
}

RequestPaths learnPaths()
{
    // Distinct values that no real field would hold, one per field.
    auto probe = [](int n) {
        return u"\x01probe%1"_s.arg(n);
    };

    ContactDetail detail;
    detail.type = probe(1);
    detail.value = probe(2);
    Contact contact;
    contact.type = probe(3);
    contact.registeredUsers = QStringList{probe(4)};
    contact.firstName = probe(5);
    contact.lastName = probe(6);
    contact.details = QList<ContactDetail>{detail};
    contact.availability = probe(7);
    contact.timezone = probe(8);
    CreateCaseRequest request;
    request.code = probe(10);
    request.description = probe(11);
    request.primaryId = probe(12);
    request.secondaryId = probe(13);
    request.occurredDateTime = Timestamp::fromString(u"2001-02-03T04:05:06Z"_s);
    request.customerReferenceId = probe(14);
    request.attachments = QList<AttachmentRef>{AttachmentRef{probe(15), probe(16), std::nullopt, {}}};
    request.contacts = QList<Contact>{contact};
    request.details = QJsonObject{{probe(17), true}};

    const QJsonObject json = request.toJson();
    const QJsonObject contactJson = contact.toJson();
    const QJsonObject detailJson = detail.toJson();

    RequestPaths paths;
    paths.code = keyOf(json, probe(10));
    paths.description = keyOf(json, probe(11));
    paths.primaryId = keyOf(json, probe(12));
    paths.secondaryId = keyOf(json, probe(13));
    paths.occurredDateTime = keyOf(json, request.occurredDateTime->toString());
    paths.customerReferenceId = keyOf(json, probe(14));
    paths.attachments = keyOf(json, QJsonArray{request.attachments->constFirst().toJson()});
    paths.contacts = keyOf(json, QJsonArray{contactJson});
    paths.details = keyOf(json, *request.details);

    paths.contactType = keyOf(contactJson, probe(3));
    paths.registeredUsers = keyOf(contactJson, QJsonArray{probe(4)});
    paths.firstName = keyOf(contactJson, probe(5));
    paths.lastName = keyOf(contactJson, probe(6));
    paths.contactDetails = keyOf(contactJson, QJsonArray{detailJson});
    paths.availability = keyOf(contactJson, probe(7));
    paths.timezone = keyOf(contactJson, probe(8));
    paths.detailType = keyOf(detailJson, probe(1));
    paths.detailValue = keyOf(detailJson, probe(2));
    return paths;
}
} // namespace

QString RequestPaths::contact(qsizetype index) const
{
    return JsonPath::index(contacts, index);
}

QString RequestPaths::contactField(qsizetype index, const QString& key) const
{
    return JsonPath::key(contact(index), key);
}

QString RequestPaths::registeredUser(qsizetype index, qsizetype user) const
{
    return JsonPath::index(contactField(index, registeredUsers), user);
}

QString RequestPaths::contactDetail(qsizetype index, qsizetype detail) const
{
    return JsonPath::index(contactField(index, contactDetails), detail);
}

QString RequestPaths::contactDetail(qsizetype index, qsizetype detail, const QString& key) const
{
    return JsonPath::key(contactDetail(index, detail), key);
}

const RequestPaths& RequestPaths::get()
{
    static const RequestPaths paths = learnPaths();
    return paths;
}

} // namespace CaseDesk
