#include "sandbox/http/MultipartParser.h"

#include <QUrl>

namespace Sandbox
{

using namespace Qt::StringLiterals;

namespace
{

QString decodeExtendedValue(const QByteArray& value)
{
    // RFC 5987: charset'language'percent-encoded
    const qsizetype first = value.indexOf('\'');
    const qsizetype second = first >= 0 ? value.indexOf('\'', first + 1) : -1;
    if (second < 0)
        return QString::fromUtf8(value);
    return QString::fromUtf8(QByteArray::fromPercentEncoding(value.mid(second + 1)));
}

QString withoutDirectory(const QString& name)
{
    const qsizetype slash = qMax(name.lastIndexOf(u'/'), name.lastIndexOf(u'\\'));
    return name.mid(slash + 1).trimmed();
}

} // namespace

QList<std::pair<QByteArray, QByteArray>> MultipartParser::headerParameters(const QByteArray& value)
{
    QList<std::pair<QByteArray, QByteArray>> parameters;
    qsizetype i = 0;
    bool first = true;
    while (i < value.size()) {
        while (i < value.size() && (value.at(i) == ' ' || value.at(i) == '\t' || value.at(i) == ';'))
            ++i;
        if (i >= value.size())
            break;
        qsizetype start = i;
        while (i < value.size() && value.at(i) != '=' && value.at(i) != ';')
            ++i;
        QByteArray key = value.mid(start, i - start).trimmed().toLower();
        QByteArray parameterValue;
        if (i < value.size() && value.at(i) == '=') {
            ++i;
            while (i < value.size() && value.at(i) == ' ')
                ++i;
            if (i < value.size() && value.at(i) == '"') {
                ++i;
                while (i < value.size() && value.at(i) != '"') {
                    if (value.at(i) == '\\' && i + 1 < value.size())
                        ++i;
                    parameterValue += value.at(i);
                    ++i;
                }
                ++i; // closing quote
            } else {
                start = i;
                while (i < value.size() && value.at(i) != ';')
                    ++i;
                parameterValue = value.mid(start, i - start).trimmed();
            }
        } else if (first) {
            parameterValue = key;
            key.clear();
        }
        parameters.append({key, parameterValue});
        first = false;
    }
    return parameters;
}

std::optional<QByteArray> MultipartParser::boundary(const QByteArray& contentType)
{
    const auto parameters = headerParameters(contentType);
    if (parameters.isEmpty() || parameters.constFirst().second.toLower() != "multipart/form-data")
        return std::nullopt;
    for (const auto& [key, value] : parameters) {
        if (key == "boundary" && !value.isEmpty() && value.size() <= 200)
            return value;
    }
    return std::nullopt;
}

bool MultipartParser::parseHeaders(const QByteArray& block, MultipartPart* part, QString* error)
{
    const QList<QByteArray> lines = block.split('\n');
    for (const QByteArray& raw : lines) {
        const QByteArray line = raw.trimmed();
        if (line.isEmpty())
            continue;
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0) {
            *error = u"A part has a malformed header line."_s;
            return false;
        }
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "content-type") {
            part->contentType = value;
        } else if (name == "content-disposition") {
            QString plain;
            QString extended;
            for (const auto& [key, parameter] : headerParameters(value)) {
                if (key == "name")
                    part->name = parameter;
                else if (key == "filename") {
                    plain = QString::fromUtf8(parameter);
                    part->hasFileName = true;
                } else if (key == "filename*") {
                    extended = decodeExtendedValue(parameter);
                    part->hasFileName = true;
                }
            }
            part->fileName = withoutDirectory(extended.isEmpty() ? plain : extended);
        }
    }
    return true;
}

std::optional<QList<MultipartPart>> MultipartParser::parse(const QByteArray& body, const QByteArray& boundary,
                                                           QString* error)
{
    const QByteArray delimiter = "--" + boundary;
    const QByteArray separator = "\r\n" + delimiter;
    qsizetype position = body.startsWith(delimiter) ? 0 : body.indexOf(separator);
    if (position < 0) {
        *error = u"The body does not contain the multipart boundary."_s;
        return std::nullopt;
    }
    if (position > 0 || !body.startsWith(delimiter))
        position += 2;
    QList<MultipartPart> parts;
    while (true) {
        position += delimiter.size();
        if (body.mid(position, 2) == "--")
            return parts; // closing delimiter
        while (position < body.size() && (body.at(position) == ' ' || body.at(position) == '\t'))
            ++position;
        if (body.mid(position, 2) != "\r\n") {
            *error = u"A multipart boundary is not followed by a line break."_s;
            return std::nullopt;
        }
        position += 2;
        const qsizetype headersEnd = body.indexOf("\r\n\r\n", position);
        const qsizetype emptyHeaders = body.mid(position, 2) == "\r\n" ? position : -1;
        if (headersEnd < 0 && emptyHeaders < 0) {
            *error = u"A part's headers are not terminated."_s;
            return std::nullopt;
        }
        MultipartPart part;
        qsizetype dataStart = 0;
        if (emptyHeaders >= 0) {
            dataStart = position + 2;
        } else {
            if (!parseHeaders(body.mid(position, headersEnd - position), &part, error))
                return std::nullopt;
            dataStart = headersEnd + 4;
        }
        const qsizetype next = body.indexOf(separator, dataStart);
        if (next < 0) {
            *error = u"The multipart body is not terminated by its closing boundary."_s;
            return std::nullopt;
        }
        part.data = body.mid(dataStart, next - dataStart);
        parts.append(part);
        position = next + 2;
    }
}

} // namespace Sandbox
