#include "models/catalogue/ApiDocument.h"

#include "models/core/Logging.h"
#include "models/schema/CreateRequestKeys.h"
#include "models/schema/JsonPointer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace CaseDesk
{

using namespace Qt::StringLiterals;

namespace
{
// The OpenAPI and Swagger keys this reader follows, spelled once.
namespace Key
{
const QString openapi = u"openapi"_s;
const QString swagger = u"swagger"_s;
const QString info = u"info"_s;
const QString title = u"title"_s;
const QString version = u"version"_s;
const QString paths = u"paths"_s;
const QString requestBody = u"requestBody"_s;
const QString content = u"content"_s;
const QString schema = u"schema"_s;
const QString parameters = u"parameters"_s;
const QString in = u"in"_s;
const QString body = u"body"_s;
const QString properties = u"properties"_s;
const QString enumValues = u"enum"_s;
const QString oneOf = u"oneOf"_s;
const QString anyOf = u"anyOf"_s;
const QString detailsByCode = u"x-details-schema-by-code"_s;
const QString ref = u"$ref"_s;
} // namespace Key

const QString kCreatePath = u"/support/v2/tickets"_s;
const QString kPost = u"post"_s;
const QString kJsonMediaType = u"application/json"_s;
} // namespace

ApiDocument::ApiDocument(const QJsonObject& root)
    : m_navigator(root)
    , m_schemas(std::make_shared<CompiledSchemaSet>(root))
{}

std::shared_ptr<const ApiDocument> ApiDocument::fromJson(const QJsonObject& root, QString* error)
{
    std::shared_ptr<ApiDocument> document(new ApiDocument(root));
    const QString why = document->read();
    if (!why.isEmpty()) {
        if (error)
            *error = why;
        return nullptr;
    }
    return document;
}

std::shared_ptr<const ApiDocument> ApiDocument::bundled()
{
    static const std::shared_ptr<const ApiDocument> document = [] {
        QFile file(u":/api/supportv2.json"_s);
        if (!file.open(QIODevice::ReadOnly))
            qCCritical(lcCatalogue) << "cannot read the bundled spec" << file.fileName();
        QString why;
        auto bundled = fromJson(QJsonDocument::fromJson(file.readAll()).object(), &why);
        if (!bundled)
            qCCritical(lcCatalogue) << "the bundled spec is refused:" << why;
        return bundled;
    }();
    return document;
}

QString ApiDocument::title() const
{
    return root().value(Key::info).toObject().value(Key::title).toString();
}

QString ApiDocument::version() const
{
    return root().value(Key::info).toObject().value(Key::version).toString();
}

QStringList ApiDocument::codesWithDetails() const
{
    QStringList codes;
    for (const QString& code : m_codes) {
        if (m_detailsPointers.contains(code))
            codes.append(code);
    }
    return codes;
}

QJsonObject ApiDocument::detailsSchema(const QString& code) const
{
    const QString pointer = m_detailsPointers.value(code);
    return pointer.isEmpty() ? QJsonObject() : m_navigator.inlined(pointer);
}

QString ApiDocument::read()
{
    const QJsonValue openapi = root().value(Key::openapi);
    const QJsonValue swagger = root().value(Key::swagger);
    if (openapi.isString() && openapi.toString().startsWith(u"3."_s)) {
        m_flavour = Flavour::OpenApi3;
    } else if (swagger.toString() == u"2.0"_s) {
        m_flavour = Flavour::Swagger2;
    } else if (openapi.isString() || swagger.isString()) {
        return tr("OpenAPI version %1 is not supported; CaseDesk reads OpenAPI 3.x and Swagger 2.0 documents.")
            .arg(openapi.isString() ? openapi.toString() : swagger.toString());
    } else {
        return tr("This is not an OpenAPI document: it states no \"openapi\" or \"swagger\" version.");
    }
    if (!root().value(Key::paths).isObject())
        return tr("The document has no paths, so it describes no API calls.");

    QString error;
    m_createPointer = findOperationBody(kCreatePath, kPost, &error);
    if (m_createPointer.isEmpty())
        return error;
    if (QString why = readCodes(); !why.isEmpty())
        return why;
    if (const QString why = m_schemas->compile(m_createPointer); !why.isEmpty())
        return tr("The request schema of POST %1 cannot be used for validation: %2").arg(kCreatePath, why);
    if (QString why = readDetailsSchemas(); !why.isEmpty())
        return why;

    // Notes and cancel are optional in a document; when present, their schemas must work.
    m_notePointer = findOperationByPattern(u"^/support/v[0-9]+/tickets/\\{[^}/]+\\}/notes$"_s);
    m_cancelPointer = findOperationByPattern(u"^/support/v[0-9]+/tickets/\\{[^}/]+\\}/cancel$"_s);
    for (const QString& pointer : {m_notePointer, m_cancelPointer}) {
        if (pointer.isEmpty())
            continue;
        if (const QString why = m_schemas->compile(pointer); !why.isEmpty())
            return tr("A request schema of the document cannot be used for validation: %1").arg(why);
    }
    return QString();
}

QString ApiDocument::findOperationBody(const QString& path, const QString& method, QString* error) const
{
    const QJsonObject paths = root().value(Key::paths).toObject();
    if (!paths.contains(path)) {
        *error = tr("The document has no path %1, so it does not describe the Case Management API.").arg(path);
        return QString();
    }
    const QString operation =
        JsonPointer::append(JsonPointer::append(JsonPointer::append(JsonPointer::root(), Key::paths), path), method);
    const QJsonObject operationObject = JsonPointer::resolve(root(), operation).toObject();
    const QString call = method.toUpper() + u' ' + path;
    if (operationObject.isEmpty()) {
        *error = tr("The path %1 has no %2 operation.").arg(path, method.toUpper());
        return QString();
    }

    QString schema;
    if (m_flavour == Flavour::OpenApi3) {
        const QString body = m_navigator.deref(JsonPointer::append(operation, Key::requestBody));
        const QJsonObject content = m_navigator.schemaAt(body).value(Key::content).toObject();
        QString mediaType = content.contains(kJsonMediaType) ? kJsonMediaType : QString();
        for (auto it = content.begin(); mediaType.isEmpty() && it != content.end(); ++it) {
            if (it.key().contains(u"json"_s))
                mediaType = it.key();
        }
        if (!body.isEmpty() && !mediaType.isEmpty())
            schema = JsonPointer::append(JsonPointer::append(JsonPointer::append(body, Key::content), mediaType),
                                         Key::schema);
    } else {
        const QString parameters = JsonPointer::append(operation, Key::parameters);
        const qsizetype count = operationObject.value(Key::parameters).toArray().size();
        for (qsizetype i = 0; i < count && schema.isEmpty(); ++i) {
            const QString parameter = m_navigator.deref(JsonPointer::append(parameters, i));
            if (m_navigator.schemaAt(parameter).value(Key::in).toString() == Key::body)
                schema = JsonPointer::append(parameter, Key::schema);
        }
    }
    if (schema.isEmpty() || JsonPointer::resolve(root(), schema).isUndefined()) {
        *error = tr("%1 has no JSON request body.").arg(call);
        return QString();
    }
    if (m_navigator.deref(schema).isEmpty()) {
        const QString reference = JsonPointer::resolve(root(), schema).toObject().value(Key::ref).toString();
        *error = tr("The request body of %1 refers to %2, which is not in the document.").arg(call, reference);
        return QString();
    }
    return schema;
}

QString ApiDocument::findOperationByPattern(const QString& pattern) const
{
    const QRegularExpression expression(pattern);
    const QJsonObject paths = root().value(Key::paths).toObject();
    for (auto it = paths.begin(); it != paths.end(); ++it) {
        if (!expression.match(it.key()).hasMatch())
            continue;
        QString ignored;
        const QString body = findOperationBody(it.key(), kPost, &ignored);
        if (!body.isEmpty())
            return body;
    }
    return QString();
}

QString ApiDocument::readCodes()
{
    const QString codeKey = CreateRequestKeys::get().code;
    const QJsonObject request = m_navigator.schemaAt(m_createPointer);
    if (!request.value(Key::properties).toObject().contains(codeKey))
        return tr("The request body of POST %1 has no \"%2\" property, so the document lists no ticket codes.")
            .arg(kCreatePath, codeKey);
    const QString codePointer = m_navigator.descend(m_createPointer, {codeKey});
    const QJsonArray values = m_navigator.schemaAt(codePointer).value(Key::enumValues).toArray();
    if (values.isEmpty())
        return tr("The \"%1\" property of POST %2 has no list (enum) of ticket codes.").arg(codeKey, kCreatePath);
    for (const QJsonValue& value : values) {
        if (!value.isString() || value.toString().trimmed().isEmpty())
            return tr("The ticket code list holds a value that is not a code: %1.")
                .arg(QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact))
                         .mid(1)
                         .chopped(1));
        if (!m_codes.contains(value.toString()))
            m_codes.append(value.toString());
    }
    return QString();
}

QString ApiDocument::readDetailsSchemas()
{
    const QString request = m_navigator.deref(m_createPointer);
    const QJsonObject requestSchema = m_navigator.schemaAt(request);
    const QJsonObject byCode = requestSchema.value(Key::detailsByCode).toObject();
    for (auto it = byCode.begin(); it != byCode.end(); ++it) {
        if (!m_codes.contains(it.key()))
            continue; // a schema for a code the enum does not offer can never be used
        const QString pointer = JsonPointer::append(JsonPointer::append(request, Key::detailsByCode), it.key());
        if (m_navigator.deref(pointer).isEmpty())
            return tr("The details schema for code %1 refers to %2, which is not in the document.")
                .arg(it.key(), it.value().toObject().value(Key::ref).toString());
        m_detailsPointers.insert(it.key(), pointer);
    }
    if (byCode.isEmpty()) {
        // The provider's own rendering shows `details` as a oneOf of schemas titled with codes.
        const QString details = m_navigator.descend(m_createPointer, {CreateRequestKeys::get().details});
        const QJsonObject detailsSchema = m_navigator.schemaAt(details);
        for (const QString& combinator : {Key::oneOf, Key::anyOf}) {
            const qsizetype count = detailsSchema.value(combinator).toArray().size();
            for (qsizetype i = 0; i < count; ++i) {
                const QString variant = JsonPointer::append(JsonPointer::append(details, combinator), i);
                const QString code = m_navigator.schemaAt(variant).value(Key::title).toString();
                if (m_codes.contains(code) && !m_detailsPointers.contains(code))
                    m_detailsPointers.insert(code, variant);
            }
        }
    }
    for (auto it = m_detailsPointers.cbegin(); it != m_detailsPointers.cend(); ++it) {
        if (const QString why = m_schemas->compile(it.value()); !why.isEmpty())
            return tr("The details schema for code %1 cannot be used for validation: %2").arg(it.key(), why);
    }
    return QString();
}

} // namespace CaseDesk
