#include "models/schema/CreateRequestKeys.h"

#include "models/domain/CreateCaseRequest.h"

namespace CaseDesk
{

namespace
{
CreateRequestKeys learnKeys()
{
    CreateCaseRequest probe;
    probe.code = QStringLiteral("\x01");
    probe.details = QJsonObject();
    probe.contacts = QList<Contact>{Contact{}};
    probe.attachments = QList<AttachmentRef>{};
    const QJsonObject json = probe.toJson();

    CreateRequestKeys keys;
    for (auto it = json.begin(); it != json.end(); ++it) {
        const QJsonValue value = it.value();
        if (value == QJsonValue(probe.code))
            keys.code = it.key();
        else if (value.isObject())
            keys.details = it.key();
        else if (value.isArray() && value.toArray().isEmpty())
            keys.attachments = it.key();
        else if (value.isArray())
            keys.contacts = it.key();
    }
    Q_ASSERT(!keys.code.isEmpty() && !keys.details.isEmpty() && !keys.contacts.isEmpty()
             && !keys.attachments.isEmpty());
    return keys;
}
} // namespace

const CreateRequestKeys& CreateRequestKeys::get()
{
    static const CreateRequestKeys keys = learnKeys();
    return keys;
}

} // namespace CaseDesk
