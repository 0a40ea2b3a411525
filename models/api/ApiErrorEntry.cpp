#include "models/api/ApiErrorEntry.h"

#include <QJsonArray>

namespace CaseDesk
{

using namespace Qt::StringLiterals;

namespace
{
const auto fields = std::make_tuple(
    jsonField("errorCode"_L1, &ApiErrorEntry::errorCode), jsonField("errorMessage"_L1, &ApiErrorEntry::errorMessage),
    jsonField("details"_L1, &ApiErrorEntry::details), jsonField("correlationId"_L1, &ApiErrorEntry::correlationId),
    jsonField("help"_L1, &ApiErrorEntry::help), jsonField("additionalInfo"_L1, &ApiErrorEntry::additionalInfo));
const auto propertyKey = "property"_L1;
const auto reasonKey = "reason"_L1;

const auto itemFields = std::make_tuple(jsonField("code"_L1, &OrderHistoryError::Item::code),
                                        jsonField("message"_L1, &OrderHistoryError::Item::message),
                                        jsonField("fields"_L1, &OrderHistoryError::Item::fields));
const auto historyFields = std::make_tuple(jsonField("errors"_L1, &OrderHistoryError::errors),
                                           jsonField("ticketId"_L1, &OrderHistoryError::ticketId));

std::optional<FieldError> fieldErrorFrom(const QJsonValue& value)
{
    const QJsonObject object = value.toObject();
    if (!object.value(propertyKey).isString() && !object.value(reasonKey).isString())
        return std::nullopt;
    return FieldError{object.value(propertyKey).toString(), object.value(reasonKey).toString()};
}
} // namespace

ApiErrorEntry ApiErrorEntry::fromJson(JsonReader& reader)
{
    return reader.readFields<ApiErrorEntry>(fields);
}

QJsonObject ApiErrorEntry::toJson() const
{
    return writeFields(*this, fields);
}

QList<FieldError> ApiErrorEntry::fieldErrors() const
{
    QList<FieldError> result;
    if (!additionalInfo)
        return result;
    if (additionalInfo->isArray()) {
        const QJsonArray array = additionalInfo->toArray();
        for (const QJsonValue& item : array) {
            if (auto error = fieldErrorFrom(item))
                result.append(*error);
        }
    } else if (auto error = fieldErrorFrom(*additionalInfo)) {
        result.append(*error);
    }
    return result;
}

OrderHistoryError::Item OrderHistoryError::Item::fromJson(JsonReader& reader)
{
    return reader.readFields<Item>(itemFields);
}

QJsonObject OrderHistoryError::Item::toJson() const
{
    return writeFields(*this, itemFields);
}

OrderHistoryError OrderHistoryError::fromJson(JsonReader& reader)
{
    return reader.readFields<OrderHistoryError>(historyFields);
}

QJsonObject OrderHistoryError::toJson() const
{
    return writeFields(*this, historyFields);
}

} // namespace CaseDesk
