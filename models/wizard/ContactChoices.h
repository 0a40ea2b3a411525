#pragma once

#include <QString>
#include <QStringList>

namespace CaseDesk
{

// The values the create request's contacts take (the spec's enums), in the order the wizard offers them.
// Vocabulary (domain/CaseStatus.h) gives their translated names.
struct ContactChoices
{
    static QStringList types()
    {
        return {QStringLiteral("TECHNICAL"), QStringLiteral("NOTIFICATION"), QStringLiteral("ORDERING")};
    }
    static QStringList availabilities() { return {QStringLiteral("ANYTIME"), QStringLiteral("WORK_HOURS")}; }
    static QStringList detailTypes()
    {
        return {QStringLiteral("PHONE"), QStringLiteral("MOBILE"), QStringLiteral("EMAIL")};
    }
};

} // namespace CaseDesk
