#pragma once

#include "models/domain/CreateCaseRequest.h"
#include "models/validation/Violation.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace CaseDesk
{

/*
 * The checks of a create request that JSON Schema cannot express or valijson does not perform, run beside
 * SchemaValidator so the user hears of them before the provider does: e-mail addresses and phone numbers
 * in the format their type announces, IANA time zone names, and a time of occurrence that is not in the
 * future. Paths and sentences are those of the validator, so the wizard shows them alike.
 *
 *     const QList<Violation> problems = validator.validateCreate(request) + RequestChecks::check(request);
 */
class RequestChecks
{
    Q_DECLARE_TR_FUNCTIONS(RequestChecks)

public:
    // How far ahead of this computer's clock a time of occurrence may be (clocks differ a little).
    static constexpr qint64 kFutureToleranceSecs = 5 * 60;

    static QList<Violation> check(const CreateCaseRequest& request,
                                  const QDateTime& now = QDateTime::currentDateTimeUtc());

    // name@domain.tld: one @, no spaces, a dot in the domain.
    static bool isEmailAddress(const QString& text);
    // Digits with spaces, dashes, dots, parentheses and an optional leading +; 6 to 20 digits.
    static bool isPhoneNumber(const QString& text);
    static bool isKnownTimeZone(const QString& name);
};

} // namespace CaseDesk
