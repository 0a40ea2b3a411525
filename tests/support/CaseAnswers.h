#pragma once

#include "models/domain/Case.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace CaseDesk
{

/*
 * GET answers for the store and model tests: the provider's own sample (tests/data/get-case-sample.json)
 * with the fields a test cares about replaced.
 */
namespace CaseAnswers
{
inline QJsonObject sample()
{
    QFile file(QStringLiteral(CASEDESK_TEST_DATA_DIR "/get-case-sample.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read get-case-sample.json");
    return QJsonDocument::fromJson(file.readAll()).object();
}

inline QJsonObject answer(const QString& id, const QString& status, const QString& updated,
                          const QJsonObject& overrides = {})
{
    using namespace Qt::StringLiterals;
    QJsonObject object = sample();
    object.insert("id"_L1, id);
    object.insert("status"_L1, status);
    QJsonObject other = object.value("otherDetails"_L1).toObject();
    other.insert("updatedDateTime"_L1, updated);
    object.insert("otherDetails"_L1, other);
    for (auto it = overrides.begin(); it != overrides.end(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

inline QByteArray bytes(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

inline Case decoded(const QJsonObject& object)
{
    Decoded<Case> result = decodeJson<Case>(QJsonValue(object));
    if (!result.ok())
        qFatal("test answer does not decode: %s", qPrintable(describeDecodeErrors(result.errors)));
    return *result.value;
}
} // namespace CaseAnswers

} // namespace CaseDesk
