#pragma once

#include "sandbox/http/ApiErrors.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace Sandbox
{

/*
 * Validates request bodies against the bundled API documents (the JSON files under :/api/) with valijson.
 *
 *     SpecValidator validator;                       // parses every schema the sandbox uses, once
 *     auto violations = validator.validate(SpecValidator::Api::Support,
 *                                          u"#/components/schemas/CaseCreateRequest"_s, body);
 *
 * A schema is addressed by its JSON pointer in its document; refs inside it resolve against the whole
 * document. Violations carry the property's JSON path in the request (see SchemaErrorTranslator).
 */
class SpecValidator
{
public:
    enum class Api
    {
        Support,
        Attachments,
        AccessToken,
        OrderHistory,
    };

    SpecValidator();
    ~SpecValidator();
    SpecValidator(const SpecValidator&) = delete;
    SpecValidator& operator=(const SpecValidator&) = delete;

    // Empty when every document and schema loaded.
    QString loadError() const;

    QList<Violation> validate(Api api, const QString& pointer, const QJsonValue& instance) const;

    // The 14 codes of x-details-schema-by-code; details of other codes may be any object.
    bool hasDetailsSchema(const QString& code) const;
    // Violations of `details` for this code, with properties under "details".
    QList<Violation> validateDetails(const QString& code, const QJsonValue& details) const;

    QJsonObject document(Api api) const;
    QStringList ticketCodes() const;
    QStringList attachmentExtensions() const;
    qint64 attachmentMaxBytes() const;

    // Sandbox limits that keep validation fast whatever the input.
    static constexpr int kMaxDepth = 32;
    static constexpr int kMaxArrayItems = 1000;
    static constexpr int kMaxCheckedStringLength = 8192;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Sandbox
