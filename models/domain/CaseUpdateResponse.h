#pragma once

#include "models/json/JsonCodec.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace CaseDesk
{

// The answer to a note or a cancel: {"result": {"CaseId", "CaseNotesId", "CaseNumber"}}.
struct CaseUpdateResponse
{
    struct Result
    {
        std::optional<QString> caseId;
        std::optional<QString> caseNotesId;
        std::optional<QString> caseNumber;
        QJsonObject extra;

        static Result fromJson(JsonReader& reader);
        QJsonObject toJson() const;
        bool operator==(const Result&) const = default;
    };

    Result result;
    QJsonObject extra;

    static CaseUpdateResponse fromJson(JsonReader& reader);
    QJsonObject toJson() const;
    bool operator==(const CaseUpdateResponse&) const = default;
};

} // namespace CaseDesk
