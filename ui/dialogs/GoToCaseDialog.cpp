#include "ui/dialogs/GoToCaseDialog.h"

#include "models/store/CaseRepository.h"
#include "ui/widgets/PlainText.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace CaseDesk
{

GoToCaseDialog::GoToCaseDialog(CaseRepository* repository, QWidget* parent)
    : QDialog(parent)
    , m_repository(repository)
    , m_number(new QLineEdit(this))
    , m_message(PlainText::label(QString(), this)) // what was typed, what the server said
    , m_busy(new QProgressBar(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("goToCaseDialog"));
    setWindowTitle(tr("Go to case"));
    auto* label = new QLabel(tr("Case or order &number:"), this);
    label->setBuddy(m_number);
    m_number->setObjectName(QStringLiteral("caseNumberEdit"));
    m_number->setAccessibleName(tr("Case or order number"));
    m_number->setPlaceholderText(tr("e.g. 11150929 or 1-204976070710"));
    m_message->setObjectName(QStringLiteral("goToMessageLabel"));
    m_message->setWordWrap(true);
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumHeight(6);
    m_busy->setVisible(false);
    QPushButton* open = m_buttons->addButton(tr("&Open"), QDialogButtonBox::AcceptRole);
    open->setObjectName(QStringLiteral("openCaseButton"));
    open->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &GoToCaseDialog::go);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_number, &QLineEdit::textChanged, this, [this] { m_message->clear(); });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_number);
    layout->addWidget(m_busy);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    setMinimumWidth(420);
}

void GoToCaseDialog::setNumber(const QString& number)
{
    m_number->setText(number);
}

QString GoToCaseDialog::checkNumber(const QString& number)
{
    // The API's CaseOrOrderNumber is 8 to 100 characters.
    if (number.isEmpty())
        return tr("Enter a case number (8 digits) or an order number (like 1-204976070710).");
    if (number.size() < 8)
        return tr("“%1” is too short: case numbers have 8 digits.").arg(number);
    if (number.size() > 100)
        return tr("That is longer than any case or order number (at most 100 characters).");
    if (number.contains(u'/') || number.contains(u' '))
        return tr("“%1” is not a case or order number.").arg(number);
    return {};
}

void GoToCaseDialog::setBusy(bool busy)
{
    m_busy->setVisible(busy);
    m_number->setReadOnly(busy);
    if (QPushButton* open = findChild<QPushButton*>(QStringLiteral("openCaseButton")))
        open->setEnabled(!busy);
}

void GoToCaseDialog::go()
{
    const QString number = m_number->text().trimmed();
    const QString problem = checkNumber(number);
    if (!problem.isEmpty()) {
        PlainText::setText(m_message, problem);
        return;
    }
    setBusy(true);
    PlainText::setText(m_message, tr("Looking up %1…").arg(number));
    m_repository->fetch(number, this, [this, number](const CaseRepository::FetchOutcome& outcome) {
        setBusy(false);
        if (!outcome.ok()) {
            PlainText::setText(m_message,
                               outcome.error.kind == ApiError::Kind::NotFound
                                   ? tr("The server knows no case or order %1. Check the number.").arg(number)
                                   : outcome.error.userMessage());
            return;
        }
        emit caseFound(outcome.caseNumber.isEmpty() ? number : outcome.caseNumber);
        accept();
    });
}

} // namespace CaseDesk
