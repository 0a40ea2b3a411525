#pragma once

#include <QString>

namespace CaseDesk
{

/*
 * The JSON paths of the create request's fields, as the validator and the server's additionalInfo.property
 * write them, so each wizard page can find the field a violation is about:
 *
 *     const RequestPaths& paths = RequestPaths::get();
 *     paths.description;                                   // "description"
 *     paths.contactDetail(0, 1, paths.detailValue);        // "contacts[0].details[1].value"
 *
 * (compiled and run in tests/unit/tst_headerexamples.cpp)
 *
 * The keys are learnt from the domain types' own codecs (a probe request is written out and its keys told
 * apart by the values they hold), so each key stays spelled once, in its type's field table.
 */
struct RequestPaths
{
    // Top-level fields of CreateCaseRequest.
    QString code;
    QString description;
    QString primaryId;
    QString secondaryId;
    QString occurredDateTime;
    QString customerReferenceId;
    QString attachments;
    QString contacts;
    QString details;

    // Keys inside one contact (Contact) and one of its details (ContactDetail).
    QString contactType;
    QString registeredUsers;
    QString firstName;
    QString lastName;
    QString contactDetails;
    QString availability;
    QString timezone;
    QString detailType;
    QString detailValue;

    QString contact(qsizetype index) const;                          // "contacts[2]"
    QString contactField(qsizetype index, const QString& key) const; // "contacts[2].lastName"
    QString registeredUser(qsizetype index, qsizetype user) const;   // "contacts[2].registeredUsers[0]"
    QString contactDetail(qsizetype index, qsizetype detail) const;  // "contacts[2].details[1]"
    QString contactDetail(qsizetype index, qsizetype detail, const QString& key) const;

    static const RequestPaths& get();
};

} // namespace CaseDesk
