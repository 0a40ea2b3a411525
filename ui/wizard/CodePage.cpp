#include "ui/wizard/CodePage.h"

#include "models/catalogue/CodeCatalogue.h"
#include "ui/widgets/PlainText.h"
#include "ui/widgets/ThemeColors.h"
#include "ui/wizard/CodePickerWidget.h"

#include <QLabel>
#include <QLineEdit>
#include <QTreeView>
#include <QVBoxLayout>

namespace CaseDesk
{

using namespace Qt::StringLiterals;

CodePage::CodePage(CodeCatalogue* catalogue, QWidget* parent)
    : CaseWizardPage(parent)
    , m_catalogue(catalogue)
    , m_picker(new CodePickerWidget(catalogue, this))
    , m_error(PlainText::label(QString(), this))
{
    setTitle(tr("Ticket code"));
    setSubTitle(tr("What is the problem about? The code decides whether a trouble ticket or a case is created, "
                   "and whether a details form follows."));
    m_error->setObjectName(u"code#error"_s);
    ThemeColors::setStyle(m_error, [](const ThemeColors& colors) { return colors.errorTextStyle(); });
    m_error->setWordWrap(true);
    m_error->setVisible(false);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_picker, 1);
    layout->addWidget(m_error);
    layout->addWidget(statusLabel());

    connect(m_picker, &CodePickerWidget::codeChanged, this, [this](const QString& code) {
        emit codeChanged(code);
        noteEdited();
    });
    connect(m_picker, &CodePickerWidget::codeActivated, this, &CodePage::codeActivated);
}

QString CodePage::code() const
{
    return m_picker->code();
}

void CodePage::setCode(const QString& code)
{
    m_picker->setCode(code);
}

void CodePage::initializePage()
{
    m_picker->searchField()->setFocus();
}

bool CodePage::focusPath(const QString&)
{
    if (m_picker->view()->currentIndex().isValid())
        m_picker->view()->setFocus(Qt::OtherFocusReason);
    else
        m_picker->searchField()->setFocus(Qt::OtherFocusReason);
    return true;
}

QList<Violation> CodePage::showViolations(const QList<Violation>& violations)
{
    QStringList reasons;
    for (const Violation& violation : violations) {
        // The schema's enum of every code says nothing useful when no code is chosen yet.
        reasons.append(code().isEmpty()                ? tr("Choose a ticket code.")
                       : m_catalogue->contains(code()) ? violation.reason
                                                       : tr("%1 is not a code of the current API document; "
                                                            "choose another.")
                                                             .arg(code()));
    }
    reasons.removeDuplicates();
    PlainText::setText(m_error, reasons.join(u'\n'));
    m_error->setVisible(!reasons.isEmpty());
    m_picker->view()->setAccessibleDescription(reasons.join(u' '));
    return {};
}

QString CodePage::fieldName(const QString&) const
{
    return tr("a ticket code");
}

} // namespace CaseDesk
