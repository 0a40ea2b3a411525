#pragma once

#include "models/schemaform/FormField.h"
#include "models/wizard/CaseDraft.h"

#include <QCoreApplication>
#include <QList>
#include <QLocale>
#include <QString>

namespace CaseDesk
{

class CodeCatalogue;

/*
 * The create request in words, for the wizard's Review page: sections of label and value rows, with the
 * code's own names for its references, contact types and availabilities by name, the details form's field
 * titles (not its keys), times in local time with UTC beside them, and the customer reference marked when
 * it is generated. requestText() is the exact JSON for "Show request".
 *
 *     for (const ReviewSummary::Section& section : ReviewSummary::build(draft, catalogue, detailsForm, locale))
 *         ...section.title, section.rows...
 */
class ReviewSummary
{
    Q_DECLARE_TR_FUNCTIONS(ReviewSummary)

public:
    struct Row
    {
        QString label;
        QString value; // may hold several lines
        bool operator==(const Row&) const = default;
    };
    struct Section
    {
        CaseDraft::Step step; // the wizard page it comes from
        QString title;
        QList<Row> rows;
        QString emptyText; // said instead of rows when there are none
    };

    // `detailsForm` is the code's details form (null when it has none).
    static QList<Section> build(const CaseDraft& draft, const CodeCatalogue& catalogue, const FormFieldPtr& detailsForm,
                                const QLocale& locale = QLocale());
    static QList<Row> detailsRows(const FormFieldPtr& form, const QJsonObject& details,
                                  const QLocale& locale = QLocale());
    // A UTC date-time as "<local> (<UTC> UTC)".
    static QString localAndUtc(const QDateTime& when, const QLocale& locale = QLocale());
    // The request as it goes on the wire, indented.
    static QString requestText(const CreateCaseRequest& request);
};

} // namespace CaseDesk
