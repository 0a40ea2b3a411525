#include "ui/wizard/WizardField.h"

#include "ui/widgets/PlainText.h"
#include "ui/widgets/ThemeColors.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace CaseDesk
{

using namespace Qt::StringLiterals;

WizardField::WizardField(const QString& title, QWidget* input, const QString& path, bool required, QWidget* parent)
    : QWidget(parent)
    , m_input(input)
    , m_required(required)
    , m_titleLabel(PlainText::label(QString(), this))
    , m_row(new QHBoxLayout)
    , m_hint(PlainText::label(QString(), this))
    , m_error(PlainText::label(QString(), this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_titleLabel->setBuddy(input);
    layout->addWidget(m_titleLabel);
    m_row->setContentsMargins(0, 0, 0, 0);
    m_row->addWidget(input, 1);
    layout->addLayout(m_row);
    m_hint->setWordWrap(true);
    m_hint->setEnabled(false); // the palette's quieter text
    m_hint->setVisible(false);
    layout->addWidget(m_hint);
    m_error->setWordWrap(true);
    ThemeColors::setStyle(m_error, [](const ThemeColors& colors) { return colors.errorTextStyle(); });
    m_error->setVisible(false);
    layout->addWidget(m_error);
    input->setParent(this);
    setTitle(title);
    setPath(path);
}

void WizardField::setPath(const QString& path)
{
    m_path = path;
    m_input->setObjectName(path);
    m_error->setObjectName(path + u"#error"_s);
}

void WizardField::setTitle(const QString& title)
{
    m_title = title;
    PlainText::setText(m_titleLabel, m_required ? tr("%1 *", "a required field's title").arg(title) : title);
    m_titleLabel->setToolTip(m_required ? tr("Required") : QString());
    updateAccessibility();
}

void WizardField::setHint(const QString& hint)
{
    PlainText::setText(m_hint, hint);
    m_hint->setVisible(!hint.isEmpty());
    updateAccessibility();
}

void WizardField::addBeside(QWidget* widget)
{
    m_row->addWidget(widget);
}

void WizardField::addBefore(QWidget* widget)
{
    m_row->insertWidget(0, widget);
}

void WizardField::setErrors(const QStringList& reasons)
{
    if (reasons == m_errors)
        return;
    m_errors = reasons;
    PlainText::setText(m_error, reasons.join(u'\n')); // the server's reasons too
    m_error->setAccessibleName(reasons.isEmpty() ? QString() : tr("Error in %1: %2").arg(m_title, reasons.join(u' ')));
    m_error->setVisible(!reasons.isEmpty());
    updateAccessibility();
}

void WizardField::updateAccessibility()
{
    m_input->setAccessibleName(m_required ? tr("%1, required").arg(m_title) : m_title);
    QStringList description;
    if (!m_hint->text().isEmpty())
        description.append(m_hint->text());
    description += m_errors;
    m_input->setAccessibleDescription(description.join(u' '));
}

} // namespace CaseDesk
