#include "sandbox/http/JsonBody.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace Sandbox
{

using namespace Qt::StringLiterals;

bool JsonBody::isJsonContentType(const QByteArray& contentType)
{
    const QByteArray mediaType = contentType.split(';').constFirst().trimmed().toLower();
    return mediaType == "application/json" || (mediaType.startsWith("application/") && mediaType.endsWith("+json"));
}

std::optional<QJsonObject> JsonBody::parse(const ApiRequest& request, ErrorStyle style, ApiResponse* error,
                                           bool emptyIsEmptyObject)
{
    const auto fail = [&](int status, const QString& reason) {
        *error = ApiErrors::single(style, status, u"$"_s, reason);
        return std::nullopt;
    };
    if (request.body.size() > kMaxBytes)
        return fail(413, u"The body is larger than %1 bytes."_s.arg(kMaxBytes));
    if (request.body.trimmed().isEmpty()) {
        if (emptyIsEmptyObject)
            return QJsonObject();
        return fail(400, u"The body is empty; a JSON object is required."_s);
    }
    if (!isJsonContentType(request.header("content-type")))
        return fail(400, u"The Content-Type must be application/json."_s);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(
            400,
            u"The body is not valid JSON: %1 at offset %2."_s.arg(parseError.errorString()).arg(parseError.offset));
    if (!document.isObject())
        return fail(400, u"The body must be a JSON object."_s);
    return document.object();
}

} // namespace Sandbox
