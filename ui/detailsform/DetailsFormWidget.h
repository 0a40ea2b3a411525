#pragma once

#include "models/schemaform/FormField.h"
#include "models/validation/Violation.h"

#include <QHash>
#include <QJsonObject>
#include <QWidget>

#include <memory>

class QScrollArea;

namespace CaseDesk
{

class FieldEditor;
class FormValue;

/*
 * The details page's form, generated from the code's details schema. It edits a FormValue tree and hands
 * back the `details` object to send; it does not validate by itself. The wizard runs the one validator on
 * the whole request and passes the violations back, and each one appears under its field:
 *
 *     form->setForm(SchemaFormParser::parse(document->detailsSchema(code), u"details"_s));
 *     form->setDetails(draft.details);                               // a draft reloads into it
 *     connect(form, &DetailsFormWidget::detailsChanged, wizard, [=] {
 *         request.details = form->details();
 *         form->setViolations(validator.validateCreate(request) + form->problems());
 *     });
 *     form->focusPath(u"details.documents.formats[1]"_s);           // a server 400 lands here
 *
 * Violations outside the form's root path are ignored; one on a part without an editor of its own (an
 * unexpected key, the second of two equal choices) is shown on the nearest editor above it, naming the part.
 * Inputs are named after their paths (see FieldEditor). detailsChanged() is emitted on every edit.
 */
class DetailsFormWidget : public QWidget
{
    Q_OBJECT

public:
    explicit DetailsFormWidget(QWidget* parent = nullptr);
    ~DetailsFormWidget() override;

    // Builds the form; nullptr shows that the code has no details.
    void setForm(FormFieldPtr form);
    FormFieldPtr form() const { return m_form; }

    QJsonObject details() const;
    void setDetails(const QJsonObject& details);

    void setViolations(const QList<Violation>& violations);
    // What the form alone can tell: JSON text that does not parse.
    QList<Violation> problems() const;
    // The errors shown for a path's editor (for tests and the wizard's summary).
    QStringList errorsAt(const QString& path) const;

    // Focuses the editor of `path` (or the nearest one above it) and scrolls it into view.
    bool focusPath(const QString& path);
    // The form's inputs in tab order.
    QList<QWidget*> focusChain() const;

signals:
    void detailsChanged();

private:
    void rebuild();
    void reindex();
    void applyViolations();
    FieldEditor* editorFor(const QString& path) const;
    QString describe(const QString& relativePath) const;

    FormFieldPtr m_form;
    std::unique_ptr<FormValue> m_value;
    FieldEditor* m_root = nullptr;
    QScrollArea* m_scroll;
    QList<Violation> m_violations;
    QHash<QString, FieldEditor*> m_editors;
};

} // namespace CaseDesk
