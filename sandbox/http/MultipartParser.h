#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace Sandbox
{

struct MultipartPart
{
    QByteArray name;
    QString fileName; // without any directory part; empty when the part is not a file
    bool hasFileName = false;
    QByteArray contentType;
    QByteArray data;
};

/*
 * Parses a multipart/form-data body (RFC 7578) without trusting it: a missing or unterminated boundary,
 * a part without headers or a malformed header gives an error, never a crash or a guess.
 *
 *     const auto boundary = MultipartParser::boundary(request.header("content-type"));
 *     const auto parts = MultipartParser::parse(request.body, *boundary, &error);
 */
class MultipartParser
{
public:
    static std::optional<QByteArray> boundary(const QByteArray& contentType);
    static std::optional<QList<MultipartPart>> parse(const QByteArray& body, const QByteArray& boundary,
                                                     QString* error);

    // `form-data; name="a"; filename="b"` -> {"": "form-data", "name": "a", "filename": "b"}
    static QList<std::pair<QByteArray, QByteArray>> headerParameters(const QByteArray& value);

private:
    static bool parseHeaders(const QByteArray& block, MultipartPart* part, QString* error);
};

} // namespace Sandbox
