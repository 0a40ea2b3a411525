#include "models/catalogue/ApiDocumentLoader.h"

#include "models/catalogue/YamlToJson.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLocale>

namespace CaseDesk
{

using namespace Qt::StringLiterals;

namespace
{
ApiDocumentLoader::Result refused(const QString& why)
{
    return {nullptr, why};
}

// Line and column (both from 1) of a byte offset into UTF-8 text.
std::pair<int, int> position(const QByteArray& bytes, qsizetype offset)
{
    const QByteArray before = bytes.left(offset);
    const qsizetype lineStart = before.lastIndexOf('\n') + 1;
    const int line = int(before.count('\n')) + 1;
    const int column = int(QString::fromUtf8(before.mid(lineStart)).size()) + 1;
    return {line, column};
}

ApiDocumentLoader::Format sniff(const QByteArray& bytes)
{
    for (const char c : bytes) {
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
            continue;
        return c == '{' ? ApiDocumentLoader::Format::Json : ApiDocumentLoader::Format::Yaml;
    }
    return ApiDocumentLoader::Format::Yaml;
}
} // namespace

ApiDocumentLoader::Result ApiDocumentLoader::fromFile(const QString& fileName)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        return refused(tr("The file cannot be read: %1.").arg(file.errorString()));
    if (file.size() > kMaxSize)
        return refused(tr("The file is too large (%1); an API document is at most %2.")
                           .arg(QLocale().formattedDataSize(file.size()), QLocale().formattedDataSize(kMaxSize)));
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    Format format = Format::Auto;
    if (suffix == u"json"_s)
        format = Format::Json;
    else if (suffix == u"yaml"_s || suffix == u"yml"_s)
        format = Format::Yaml;
    return fromBytes(file.readAll(), format);
}

ApiDocumentLoader::Result ApiDocumentLoader::fromBytes(QByteArray bytes, Format format)
{
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    if (bytes.trimmed().isEmpty())
        return refused(tr("The file is empty."));
    if (bytes.size() > kMaxSize)
        return refused(
            tr("The document is too large; an API document is at most %1.").arg(QLocale().formattedDataSize(kMaxSize)));
    if (format == Format::Auto)
        format = sniff(bytes);

    QJsonValue json;
    if (format == Format::Json) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
        if (error.error != QJsonParseError::NoError) {
            const auto [line, column] = position(bytes, error.offset);
            return refused(
                tr("This is not valid JSON: line %1, column %2: %3.").arg(line).arg(column).arg(error.errorString()));
        }
        json = document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());
    } else {
        QString error;
        const std::optional<QJsonValue> converted = YamlToJson::convert(bytes, &error);
        if (!converted)
            return refused(tr("This is not valid YAML: %1.").arg(error));
        json = *converted;
    }
    if (!json.isObject())
        return refused(tr("The document's top level is not a set of named entries, so it is not an API document."));

    QString why;
    auto document = ApiDocument::fromJson(json.toObject(), &why);
    if (!document)
        return refused(why);
    return {document, QString()};
}

} // namespace CaseDesk
