#include "ui/environment/CustomServerDialog.h"

#include "models/environment/EnvironmentRegistry.h"
#include "ui/widgets/PlainText.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace CaseDesk
{

using namespace Qt::StringLiterals;

CustomServerDialog::CustomServerDialog(EnvironmentRegistry* registry, QWidget* parent)
    : QDialog(parent)
    , m_registry(registry)
    , m_name(new QLineEdit(this))
    , m_url(new QLineEdit(this))
    , m_message(PlainText::label(QString(), this))
{
    setObjectName(u"customServerDialog"_s);
    setWindowTitle(tr("Add custom server"));
    m_name->setObjectName(u"serverNameEdit"_s);
    m_name->setAccessibleName(tr("Server name"));
    m_name->setPlaceholderText(tr("e.g. Staging"));
    m_url->setObjectName(u"serverUrlEdit"_s);
    m_url->setAccessibleName(tr("Server address"));
    m_url->setPlaceholderText(u"https://api.example.com"_s); // notr
    m_message->setObjectName(u"customServerMessage"_s);
    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("Problem"));

    auto* intro = new QLabel(tr("A server that offers the Case Management API. Its cases, drafts and "
                                "credentials are kept apart from every other environment. Addresses must use "
                                "https, except on this computer."),
                             this);
    intro->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Address:"), m_url);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* add = buttons->addButton(tr("&Add"), QDialogButtonBox::AcceptRole);
    add->setObjectName(u"addServerButton"_s);
    add->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &CustomServerDialog::add);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textEdited, m_message, &QLabel::clear);
    connect(m_url, &QLineEdit::textEdited, m_message, &QLabel::clear);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

void CustomServerDialog::setFields(const QString& name, const QString& url)
{
    m_name->setText(name);
    m_url->setText(url);
}

QString CustomServerDialog::message() const
{
    return m_message->text();
}

void CustomServerDialog::add()
{
    const EnvironmentRegistry::AddResult result = m_registry->addCustom(m_name->text(), m_url->text());
    if (!result.environment) {
        PlainText::setText(m_message, result.error); // names what was typed
        return;
    }
    emit added(*result.environment);
    accept();
}

} // namespace CaseDesk
