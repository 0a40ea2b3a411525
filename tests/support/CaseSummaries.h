#pragma once

#include "models/store/CaseSummary.h"

#include <QDateTime>
#include <QHash>

namespace CaseDesk
{

/*
 * Rows for the list model tests: summaries built field by field, dates as days before now, and a label
 * provider that knows two codes (like the real catalogue, most codes have no label).
 */
namespace CaseSummaries
{
inline qint64 daysAgo(int days)
{
    return days < 0 ? 0 : QDateTime::currentMSecsSinceEpoch() - qint64(days) * 24 * 3600 * 1000;
}

struct Row
{
    QString key = {};
    QString status = QStringLiteral("IN_PROGRESS");
    QString code = QStringLiteral("0305-0301");
    QString ibx = QStringLiteral("AM1");
    int createdDaysAgo = 10;
    int updatedDaysAgo = 1;
    QString reference = {};
    QString description = {};
    QString orderNumber = {};
};

inline CaseSummary make(const Row& row)
{
    CaseSummary s;
    s.caseNumber = row.key;
    s.orderNumber = row.orderNumber;
    s.code = row.code;
    s.status = row.status;
    s.ibx = row.ibx;
    s.createdMs = daysAgo(row.createdDaysAgo);
    s.updatedMs = daysAgo(row.updatedDaysAgo);
    s.customerReference = row.reference;
    s.description = row.description;
    s.hasFullAnswer = true;
    return s;
}

inline QString label(const QString& code)
{
    static const QHash<QString, QString> labels = {
        {QStringLiteral("0002-0000"), QStringLiteral("Experiencing total power outage.")},
        {QStringLiteral("0005-0001"), QStringLiteral("Cage door not working.")},
    };
    return labels.value(code);
}
} // namespace CaseSummaries

} // namespace CaseDesk
