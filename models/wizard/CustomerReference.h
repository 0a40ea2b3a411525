#pragma once

#include <QDateTime>
#include <QRandomGenerator>
#include <QString>

namespace CaseDesk
{

/*
 * The customer reference a create carries when the user gives none: "CD-" + the UTC date + 6 random hex
 * digits, e.g. "CD-20261128-4F7A2C". It is shown before sending, and the offline outbox searches the order
 * history for it to learn whether a create whose answer was lost went through, so it must be unique enough
 * (16.7 million per day) and stable for the life of a draft.
 *
 *     draft.generatedReference = CustomerReference::generate();
 */
class CustomerReference
{
public:
    static QString generate(const QDateTime& now = QDateTime::currentDateTimeUtc(),
                            QRandomGenerator* random = QRandomGenerator::global());
    // True for a reference this generator could have made.
    static bool isGenerated(const QString& reference);
};

} // namespace CaseDesk
