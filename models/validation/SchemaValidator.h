#pragma once

#include "models/catalogue/ApiDocument.h"
#include "models/domain/CancelRequest.h"
#include "models/domain/CreateCaseRequest.h"
#include "models/domain/NoteRequest.h"
#include "models/validation/Violation.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

#include <memory>

namespace CaseDesk
{

/*
 * The one validation engine: valijson over the active API document (bundled or the provider's), applied to
 * the request the app would send. Each problem comes back as a Violation whose path is written exactly like
 * the server's additionalInfo.property ("contacts[0].details[1].value", "details.documents.formats[1]", "$"),
 * so RequestPage::forPath() and the forms can put it beside its field.
 *
 *     SchemaValidator validator(catalogue.document());
 *     const QList<Violation> problems = validator.validateCreate(request);   // live, as the user types
 *
 * `details` is checked against the schema for the request's code when the document has one
 * (x-details-schema-by-code) and it is an object; any object passes for other codes, as on the server.
 * When a oneOf fails (a contact), the violations are those of the variant the user evidently meant: the one
 * with the fewest problems, then the one declaring most of the keys given. Schemas are compiled once per
 * document (ApiDocument::schemas()), so validating on every keystroke is cheap. Use from one thread.
 */
class SchemaValidator
{
    Q_DECLARE_TR_FUNCTIONS(SchemaValidator)

public:
    // Limits that keep valijson's recursive regexes and recursion bounded whatever the user pastes.
    static constexpr int kMaxDepth = 64;
    static constexpr qsizetype kMaxCheckedStringLength = 16384;

    explicit SchemaValidator(std::shared_ptr<const ApiDocument> document = ApiDocument::bundled());

    void setDocument(std::shared_ptr<const ApiDocument> document) { m_document = std::move(document); }
    std::shared_ptr<const ApiDocument> document() const { return m_document; }

    QList<Violation> validateCreate(const CreateCaseRequest& request) const;
    QList<Violation> validateCreate(const QJsonObject& body) const;
    // Only the details object, against the code's schema; paths start with "details".
    QList<Violation> validateDetails(const QString& code, const QJsonObject& details) const;
    QList<Violation> validateNote(const NoteRequest& request) const;
    QList<Violation> validateNote(const QJsonObject& body) const;
    QList<Violation> validateCancel(const CancelRequest& request) const;
    QList<Violation> validateCancel(const QJsonObject& body) const;

private:
    // Validates `instance` against the schema at `pointer`; paths are prefixed with `base`.
    QList<Violation> run(const QString& pointer, const QJsonValue& instance, const QString& base) const;
    QList<Violation> closestVariant(const QString& pointer, const QJsonValue& instance, const QString& base) const;

    std::shared_ptr<const ApiDocument> m_document;
};

} // namespace CaseDesk
