#pragma once

#include "models/catalogue/ApiDocument.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <memory>

namespace CaseDesk
{

/*
 * Reads an OpenAPI document from a file or bytes, JSON or YAML, and checks it with ApiDocument::fromJson.
 * Errors are translated sentences that say what is wrong and, for parse errors, where (line and column).
 *
 *     const auto result = ApiDocumentLoader::fromFile(path);
 *     if (!result.ok()) refuse(result.error);
 *
 * Synchronous, and touches nothing shared: a document of a few hundred KB takes milliseconds, a large one
 * longer, so CodeCatalogue::importDocumentInBackground() calls it on the thread pool. No network: a document
 * that refers to other files ("$ref": "other.yaml#/...") is refused by ApiDocument when the reference matters.
 */
class ApiDocumentLoader
{
    Q_DECLARE_TR_FUNCTIONS(ApiDocumentLoader)

public:
    enum class Format
    {
        Auto, // by file name, else by the first character: '{' is JSON, anything else YAML
        Json,
        Yaml,
    };

    static constexpr qint64 kMaxSize = 20 * 1024 * 1024;

    struct Result
    {
        std::shared_ptr<const ApiDocument> document;
        QString error;
        bool ok() const { return document != nullptr; }
    };

    static Result fromFile(const QString& fileName);
    static Result fromBytes(QByteArray bytes, Format format = Format::Auto);
};

} // namespace CaseDesk
