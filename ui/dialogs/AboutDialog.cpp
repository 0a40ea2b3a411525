#include "ui/dialogs/AboutDialog.h"

#include "ui/widgets/AppIcon.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace CaseDesk
{

using namespace Qt::StringLiterals;

namespace
{
// Versions and paths are data, never markup; they can be selected and copied one by one.
QLabel* valueLabel(const QString& text, const QString& name, const QString& accessibleName, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setObjectName(name);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    label->setAccessibleName(accessibleName);
    return label;
}
} // namespace

AboutDialog::AboutDialog(const Diagnostics& diagnostics, QWidget* parent)
    : QDialog(parent)
    , m_diagnostics(diagnostics)
    , m_copied(new QLabel(this))
{
    setObjectName(u"aboutDialog"_s);
    setWindowTitle(tr("About CaseDesk"));

    auto* icon = new QLabel(this);
    icon->setPixmap(AppIcon::icon().pixmap(64, 64));
    icon->setAccessibleName(tr("CaseDesk icon"));
    auto* title =
        valueLabel(tr("CaseDesk %1").arg(diagnostics.applicationVersion), u"aboutTitleLabel"_s, tr("Version"), this);
    QFont large = title->font();
    large.setPointSizeF(large.pointSizeF() * 1.4);
    large.setBold(true);
    title->setFont(large);
    auto* blurb = new QLabel(tr("A desktop client for the Case Management API 2.0.0."), this);
    blurb->setTextFormat(Qt::PlainText);
    auto* heading = new QVBoxLayout;
    heading->addWidget(title);
    heading->addWidget(blurb);
    auto* top = new QHBoxLayout;
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addLayout(heading, 1);

    auto* facts = new QFormLayout;
    auto add = [this, facts](const QString& label, const QString& value, const QString& name) {
        facts->addRow(label, valueLabel(value, name, label, this));
    };
    add(tr("Qt:"), tr("%1 (built with %2)").arg(diagnostics.qtRuntimeVersion, diagnostics.qtBuildVersion),
        u"qtVersionLabel"_s);
    add(tr("Operating system:"),
        tr("%1 (%2, %3)").arg(diagnostics.operatingSystem, diagnostics.kernel, diagnostics.architecture), u"osLabel"_s);
    add(tr("Data folder:"), diagnostics.dataFolder, u"dataFolderLabel"_s);
    add(tr("Settings:"), diagnostics.settingsFile, u"settingsFileLabel"_s);
    add(tr("Log file:"), diagnostics.logFile.isEmpty() ? tr("none in this run") : diagnostics.logFile,
        u"logFileLabel"_s);

    m_copied->setObjectName(u"copiedLabel"_s);
    m_copied->setTextFormat(Qt::PlainText);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* copy = buttons->addButton(tr("&Copy diagnostics"), QDialogButtonBox::ActionRole);
    copy->setObjectName(u"copyDiagnosticsButton"_s);
    copy->setAccessibleName(tr("Copy diagnostics"));
    copy->setToolTip(tr("Puts the versions and folders above on the clipboard, for a support request."));
    connect(copy, &QPushButton::clicked, this, &AboutDialog::copyDiagnostics);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    buttons->button(QDialogButtonBox::Close)->setDefault(true);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addSpacing(8);
    layout->addLayout(facts);
    layout->addWidget(m_copied);
    layout->addWidget(buttons);
    setMinimumWidth(520);
}

void AboutDialog::copyDiagnostics()
{
    QGuiApplication::clipboard()->setText(m_diagnostics.toText());
    m_copied->setText(tr("The diagnostics are on the clipboard."));
}

} // namespace CaseDesk
