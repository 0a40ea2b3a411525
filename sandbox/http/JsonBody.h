#pragma once

#include "sandbox/http/ApiErrors.h"
#include "sandbox/http/ApiRequest.h"

#include <QJsonObject>

#include <optional>

namespace Sandbox
{

// Reads a JSON object request body, or says which error to answer: 413 over 1 MiB, 400 (property "$")
// for a wrong Content-Type, an empty body, malformed JSON or a body that is not an object.
class JsonBody
{
public:
    static constexpr qint64 kMaxBytes = 1024 * 1024;

    static std::optional<QJsonObject> parse(const ApiRequest& request, ErrorStyle style, ApiResponse* error,
                                            bool emptyIsEmptyObject = false);
    static bool isJsonContentType(const QByteArray& contentType);
};

} // namespace Sandbox
