#pragma once

#include "models/catalogue/TicketCode.h"
#include "models/domain/CreateCaseRequest.h"
#include "models/wizard/RequestLimits.h"
#include "ui/wizard/CaseWizardPage.h"

#include <QHash>
#include <QLocale>

class QCheckBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace CaseDesk
{

class WizardField;

/*
 * Page 2: the problem in words and its references. Description with a live counter, the primary and
 * secondary reference under the code's own names (Cage ID, Cabinet ID) where the provider gives them, when
 * it occurred (entered in local time, shown in UTC too, sent as UTC to the second), and the customer
 * reference, with the generated one shown as what will be used while the field is empty.
 */
class ProblemPage : public CaseWizardPage
{
    Q_OBJECT

public:
    explicit ProblemPage(const QLocale& locale, QWidget* parent = nullptr);

    void setTicketCode(const std::optional<TicketCode>& code);
    void setLimits(const RequestLimits& limits);
    void setGeneratedReference(const QString& reference);

    // Copies the page's fields into `request` (empty optional fields left out) and back.
    void store(CreateCaseRequest* request) const;
    void load(const CreateCaseRequest& request);

    void initializePage() override;
    bool focusPath(const QString& path) override;
    WizardField* field(const QString& path) const { return m_fields.value(path); }

protected:
    QList<Violation> showViolations(const QList<Violation>& violations) override;
    QString fieldName(const QString& path) const override;

private:
    void addField(WizardField* field);
    void updateCounter();
    void updateUtc();
    void updateReferenceNote();

    QLocale m_locale;
    RequestLimits m_limits;
    QString m_generatedReference;
    QPlainTextEdit* m_description;
    QLabel* m_counter;
    QLineEdit* m_primary;
    QLineEdit* m_secondary;
    QCheckBox* m_occurredKnown;
    QDateTimeEdit* m_occurred;
    QLabel* m_utc;
    QLineEdit* m_reference;
    QLabel* m_referenceNote;
    QHash<QString, WizardField*> m_fields; // by request path
    QList<WizardField*> m_order;
};

} // namespace CaseDesk
