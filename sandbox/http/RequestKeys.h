#pragma once

#include <QString>

namespace Sandbox
{

// The keys of the case API's request bodies (CaseCreateRequest with its contacts and attachments,
// CaseNoteRequest, CaseCancelRequest), spelled once for the services that read them and the seeder that
// writes them.
namespace RequestKey
{
inline const QString Code = QStringLiteral("code");
inline const QString Description = QStringLiteral("description");
inline const QString PrimaryId = QStringLiteral("primaryId");
inline const QString SecondaryId = QStringLiteral("secondaryId");
inline const QString OccurredDateTime = QStringLiteral("occurredDateTime");
inline const QString CustomerReferenceId = QStringLiteral("customerReferenceId");
inline const QString Contacts = QStringLiteral("contacts");
inline const QString Attachments = QStringLiteral("attachments");
inline const QString Details = QStringLiteral("details");

inline const QString ContactType = QStringLiteral("type");
inline const QString RegisteredUsers = QStringLiteral("registeredUsers");
inline const QString FirstName = QStringLiteral("firstName");
inline const QString LastName = QStringLiteral("lastName");
inline const QString ContactDetails = QStringLiteral("details");
inline const QString DetailType = QStringLiteral("type");
inline const QString DetailValue = QStringLiteral("value");
inline const QString Availability = QStringLiteral("availability");
inline const QString Timezone = QStringLiteral("timezone");

inline const QString AttachmentId = QStringLiteral("id");
inline const QString AttachmentName = QStringLiteral("name");

inline const QString Text = QStringLiteral("text");
inline const QString Visibility = QStringLiteral("visibility");
inline const QString Reason = QStringLiteral("reason");
} // namespace RequestKey

} // namespace Sandbox
