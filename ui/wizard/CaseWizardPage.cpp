#include "ui/wizard/CaseWizardPage.h"

#include "ui/widgets/PlainText.h"

#include <QLabel>

namespace CaseDesk
{

using namespace Qt::StringLiterals;

namespace
{
constexpr int kNamedFields = 3;
}

CaseWizardPage::CaseWizardPage(QWidget* parent)
    : QWizardPage(parent)
    , m_status(PlainText::label(QString(), this))
{
    m_status->setObjectName(u"pageStatus"_s);
    m_status->setWordWrap(true);
    m_status->setVisible(false);
}

void CaseWizardPage::setViolations(const QList<Violation>& violations)
{
    const bool wasComplete = isComplete();
    m_violations = violations;
    refresh();
    if (wasComplete != isComplete())
        emit completeChanged();
}

void CaseWizardPage::reveal()
{
    if (m_revealed)
        return;
    m_revealed = true;
    refresh();
}

bool CaseWizardPage::isComplete() const
{
    return m_violations.isEmpty();
}

bool CaseWizardPage::validatePage()
{
    emit validationNeeded();
    if (isComplete())
        return true;
    reveal();
    if (!m_violations.isEmpty())
        focusPath(m_violations.constFirst().path);
    return false;
}

QString CaseWizardPage::statusText() const
{
    return m_status->text();
}

void CaseWizardPage::noteEdited()
{
    reveal();
    emit edited();
}

void CaseWizardPage::refresh()
{
    const QList<Violation> unplaced = showViolations(m_revealed ? m_violations : QList<Violation>());
    QStringList lines;
    for (const Violation& violation : unplaced)
        lines.append(violation.reason);
    QStringList names;
    for (const Violation& violation : m_violations) {
        if (unplaced.contains(violation))
            continue;
        const QString name = fieldName(violation.path);
        if (!names.contains(name))
            names.append(name);
    }
    if (!names.isEmpty()) {
        const qsizetype more = names.size() - kNamedFields;
        QString list = QLocale().createSeparatedList(names.mid(0, kNamedFields));
        if (more > 0)
            list = tr("%1 and %n more", "fields still to fix", int(more)).arg(names.mid(0, kNamedFields).join(u", "_s));
        lines.prepend(m_revealed ? tr("To go on, correct: %1.").arg(list) : tr("To go on, fill in: %1.").arg(list));
    }
    PlainText::setText(m_status, lines.join(u'\n'));
    m_status->setVisible(!lines.isEmpty());
    m_status->setAccessibleName(m_status->text());
}

} // namespace CaseDesk
