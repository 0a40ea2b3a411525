#pragma once

#include "models/schemaform/FormField.h"
#include "ui/wizard/CaseWizardPage.h"

#include <QHash>
#include <QJsonObject>

class QLabel;

namespace CaseDesk
{

class DetailsFormWidget;

/*
 * Page 4, only for codes with a details schema: the form generated from that schema (DetailsFormWidget).
 * Switching codes keeps what was entered: each code's details are remembered, and a code seen for the first
 * time takes over the previous code's values where its form has a place for them (the 14 bundled forms share
 * one shape).
 */
class DetailsPage : public CaseWizardPage
{
    Q_OBJECT

public:
    explicit DetailsPage(QWidget* parent = nullptr);

    // The code and its form (null when the code has none). Details entered for another code are kept.
    void setForm(const QString& code, const FormFieldPtr& form);
    FormFieldPtr form() const { return m_formSchema; }
    bool hasForm() const { return m_formSchema != nullptr; }

    QJsonObject details() const;
    void setDetails(const QJsonObject& details);
    // What only the form can see (JSON text that does not parse).
    QList<Violation> formProblems() const;
    DetailsFormWidget* formWidget() const { return m_form; }

    void initializePage() override;
    bool focusPath(const QString& path) override;

protected:
    QList<Violation> showViolations(const QList<Violation>& violations) override;
    QString fieldName(const QString& path) const override;

private:
    DetailsFormWidget* m_form;
    QLabel* m_intro;
    QString m_code;
    FormFieldPtr m_formSchema;
    QHash<QString, QJsonObject> m_entered; // by code
    QJsonObject m_lastEntered;             // in the last form left, for a code seen for the first time
};

} // namespace CaseDesk
