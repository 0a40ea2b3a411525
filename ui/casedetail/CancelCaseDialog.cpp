#include "ui/casedetail/CancelCaseDialog.h"

#include "ui/casedetail/NoteComposer.h"
#include "ui/widgets/PlainText.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace CaseDesk
{

CancelCaseDialog::CancelCaseDialog(const QString& caseNumber, QWidget* parent)
    : QDialog(parent)
    , m_reason(new QPlainTextEdit(this))
    , m_counter(new QLabel(this))
    , m_confirm(nullptr)
{
    setObjectName(QStringLiteral("cancelCaseDialog"));
    PlainText::setWindowTitle(this, tr("Cancel case %1").arg(caseNumber));
    auto* explanation = PlainText::label(tr("The provider stops work on case %1 when it is cancelled. "
                                            "This cannot be undone. Why should it be cancelled?")
                                             .arg(caseNumber),
                                         this);
    explanation->setWordWrap(true);
    auto* label = new QLabel(tr("&Reason (required):"), this);
    label->setBuddy(m_reason);
    m_reason->setObjectName(QStringLiteral("cancelReasonEdit"));
    m_reason->setAccessibleName(tr("Reason for cancelling"));
    m_reason->setTabChangesFocus(true);
    m_counter->setObjectName(QStringLiteral("cancelReasonCounter"));

    auto* buttons = new QDialogButtonBox(this);
    m_confirm = buttons->addButton(tr("Cancel &case"), QDialogButtonBox::AcceptRole);
    m_confirm->setObjectName(QStringLiteral("confirmCancelButton"));
    m_confirm->setAccessibleName(tr("Cancel the case"));
    QPushButton* keep = buttons->addButton(tr("&Keep case"), QDialogButtonBox::RejectRole);
    keep->setObjectName(QStringLiteral("keepCaseButton"));
    keep->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &CancelCaseDialog::updateState);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addWidget(label);
    layout->addWidget(m_reason);
    layout->addWidget(m_counter, 0, Qt::AlignRight);
    layout->addWidget(buttons);
    resize(480, 300);
    updateState();
}

QString CancelCaseDialog::reason() const
{
    return m_reason->toPlainText();
}

void CancelCaseDialog::setReason(const QString& reason)
{
    m_reason->setPlainText(reason);
}

void CancelCaseDialog::updateState()
{
    const int count = NoteComposer::characterCount(reason());
    const QLocale locale;
    m_counter->setText(tr("%1 / %2").arg(locale.toString(count), locale.toString(NoteComposer::MaxLength)));
    m_confirm->setEnabled(!reason().trimmed().isEmpty() && count <= NoteComposer::MaxLength);
}

} // namespace CaseDesk
