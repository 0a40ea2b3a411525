#include "ui/wizard/DetailsPage.h"

#include "models/core/OutsideText.h"
#include "models/schema/JsonPath.h"
#include "ui/detailsform/DetailsFormWidget.h"
#include "ui/widgets/PlainText.h"

#include <QLabel>
#include <QVBoxLayout>

namespace CaseDesk
{

using namespace Qt::StringLiterals;

namespace
{
// The title of the form field a path points into, from the nearest field that has one.
QString titleAt(const FormFieldPtr& root, const QString& path)
{
    FormFieldPtr field = root;
    QString title;
    for (const JsonPath::Segment& segment : JsonPath::split(JsonPath::relativeTo(path, root->path))) {
        if (!field)
            break;
        if (const auto* key = std::get_if<QString>(&segment))
            field = field->child(*key);
        else
            field = field->item;
        if (field && !field->title.isEmpty())
            title = field->title;
    }
    return title;
}
} // namespace

DetailsPage::DetailsPage(QWidget* parent)
    : CaseWizardPage(parent)
    , m_form(new DetailsFormWidget(this))
    , m_intro(PlainText::label(QString(), this))
{
    setTitle(tr("Details"));
    m_intro->setWordWrap(true);
    m_intro->setObjectName(u"detailsIntro"_s);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_form, 1);
    layout->addWidget(statusLabel());
    connect(m_form, &DetailsFormWidget::detailsChanged, this, &DetailsPage::noteEdited);
}

void DetailsPage::setForm(const QString& code, const FormFieldPtr& form)
{
    if (code == m_code && form == m_formSchema)
        return;
    if (m_formSchema) {
        m_entered.insert(m_code, m_form->details());
        m_lastEntered = m_form->details();
    }
    m_code = code;
    m_formSchema = form;
    m_form->setForm(form);
    if (form)
        m_form->setDetails(m_entered.contains(code) ? m_entered.value(code) : m_lastEntered);
    // The code comes from the API document; the wizard shows subtitles as plain text (NewCaseWizard).
    setSubTitle(form ? tr("The provider asks for these details for code %1. Fields marked * are required.")
                           .arg(OutsideText::name(code))
                     : QString());
    m_intro->setVisible(false);
}

QJsonObject DetailsPage::details() const
{
    return m_formSchema ? m_form->details() : QJsonObject();
}

void DetailsPage::setDetails(const QJsonObject& details)
{
    if (m_formSchema)
        m_form->setDetails(details);
    m_entered.insert(m_code, details);
}

QList<Violation> DetailsPage::formProblems() const
{
    return m_formSchema ? m_form->problems() : QList<Violation>();
}

void DetailsPage::initializePage()
{
    const QList<QWidget*> chain = m_form->focusChain();
    if (!chain.isEmpty())
        chain.constFirst()->setFocus(Qt::TabFocusReason);
}

bool DetailsPage::focusPath(const QString& path)
{
    return m_form->focusPath(path);
}

QList<Violation> DetailsPage::showViolations(const QList<Violation>& violations)
{
    m_form->setViolations(violations);
    return {};
}

QString DetailsPage::fieldName(const QString& path) const
{
    if (!m_formSchema)
        return tr("the details");
    const QString title = titleAt(m_formSchema, path);
    return title.isEmpty() ? tr("the details") : title;
}

} // namespace CaseDesk
