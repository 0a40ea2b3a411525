#include "ui/catalogue/CatalogueChangeDialog.h"

#include "models/catalogue/CodeCatalogue.h"
#include "models/catalogue/CodeLabel.h"
#include "models/core/OutsideText.h"
#include "ui/widgets/PlainText.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace CaseDesk
{

using namespace Qt::StringLiterals;

namespace
{
// A code with its label; a removed code is no longer in the catalogue, so the provider's title is asked for.
QString describe(const QString& code, const CodeCatalogue& catalogue)
{
    QString label = catalogue.contains(code) ? catalogue.displayLabel(code) : QString();
    if (label.isEmpty() || label == code) {
        const CodeLabel known = CodeLabelFile::bundled().value(code);
        label = known.title.value_or(QString());
    }
    return label.isEmpty() || label == code ? code
                                            : CatalogueChangeDialog::tr("%1 – %2", "code – label").arg(code, label);
}
} // namespace

CatalogueChangeDialog::CatalogueChangeDialog(QWidget* parent)
    : QDialog(parent)
    , m_headline(new QLabel(this))
    , m_explanation(new QLabel(this))
    , m_changes(new QTreeWidget(this))
{
    setObjectName(u"catalogueChangeDialog"_s);
    setWindowTitle(tr("Provider API document"));
    resize(560, 440);
    QFont bold = m_headline->font();
    bold.setBold(true);
    m_headline->setFont(bold);
    m_headline->setObjectName(u"headline"_s);
    m_headline->setWordWrap(true);
    m_headline->setTextFormat(Qt::PlainText);
    m_explanation->setObjectName(u"explanation"_s);
    m_explanation->setWordWrap(true);
    m_explanation->setTextFormat(Qt::PlainText);
    m_explanation->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_changes->setObjectName(u"changes"_s);
    m_changes->setAccessibleName(tr("What changed"));
    m_changes->setHeaderHidden(true);
    m_changes->setRootIsDecorated(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_headline);
    layout->addWidget(m_explanation);
    layout->addWidget(m_changes, 100);
    layout->addStretch(1); // takes the room when there is no list (a refusal)
    layout->addWidget(buttons);
    buttons->button(QDialogButtonBox::Close)->setDefault(true);
}

void CatalogueChangeDialog::showImported(const QString& fileName, const CatalogueDiff& diff,
                                         const CodeCatalogue& catalogue)
{
    m_refused = false;
    PlainText::setText(m_headline, tr("Loaded %1.").arg(QFileInfo(fileName).fileName()));
    const auto document = catalogue.document();
    PlainText::setText(
        m_explanation,
        tr("The codes and details forms now come from “%1” %2. The choice is kept until you reset it to the "
           "bundled document.\n%3")
            .arg(document->title(), document->version(), diff.isEmpty() ? diff.summary() : QString())
            .trimmed());
    showDiff(diff, catalogue);
}

void CatalogueChangeDialog::showReset(const CatalogueDiff& diff, const CodeCatalogue& catalogue)
{
    m_refused = false;
    PlainText::setText(m_headline, tr("Back to the bundled API document."));
    PlainText::setText(m_explanation, diff.isEmpty()
                                          ? diff.summary()
                                          : tr("The codes and details forms are those that came with CaseDesk."));
    showDiff(diff, catalogue);
}

void CatalogueChangeDialog::showRefused(const QString& fileName, const QString& reason)
{
    m_refused = true;
    PlainText::setText(m_headline, tr("%1 was not loaded.").arg(QFileInfo(fileName).fileName()));
    PlainText::setText(m_explanation,
                       tr("%1\n\nNothing changed: the codes and details forms are the same as before.").arg(reason));
    m_changes->clear();
    m_changes->setVisible(false);
    resize(width(), sizeHint().height());
}

void CatalogueChangeDialog::showDiff(const CatalogueDiff& diff, const CodeCatalogue& catalogue)
{
    m_changes->clear();
    m_changes->setVisible(!diff.isEmpty());
    const std::pair<QString, QStringList> groups[] = {
        {tr("Codes added (%n)", "", int(diff.added.size())), diff.added},
        {tr("Codes removed (%n)", "", int(diff.removed.size())), diff.removed},
        {tr("Details forms changed (%n)", "", int(diff.schemaChanged.size())), diff.schemaChanged},
    };
    for (const auto& [title, codes] : groups) {
        auto* group = new QTreeWidgetItem(m_changes, {title});
        for (const QString& code : codes)
            (new QTreeWidgetItem(group, {OutsideText::name(describe(code, catalogue))}))
                ->setData(0, Qt::UserRole, code);
        if (codes.isEmpty())
            new QTreeWidgetItem(group, {tr("None")});
    }
    m_changes->expandAll();
}

QString CatalogueChangeDialog::headline() const
{
    return m_headline->text();
}

QString CatalogueChangeDialog::explanation() const
{
    return m_explanation->text();
}

QStringList CatalogueChangeDialog::listed(int group) const
{
    QStringList items;
    const QTreeWidgetItem* top = m_changes->topLevelItem(group);
    for (int i = 0; top && i < top->childCount(); ++i) {
        if (!top->child(i)->data(0, Qt::UserRole).toString().isEmpty())
            items.append(top->child(i)->text(0));
    }
    return items;
}

} // namespace CaseDesk
