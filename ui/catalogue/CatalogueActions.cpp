#include "ui/catalogue/CatalogueActions.h"

#include "models/catalogue/CodeCatalogue.h"
#include "ui/catalogue/CatalogueChangeDialog.h"
#include "ui/widgets/PlainText.h"

#include <QAction>
#include <QFileDialog>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>

namespace CaseDesk
{

using namespace Qt::StringLiterals;

namespace
{
void openFileDialog(QWidget* parent, std::function<void(const QString&)> done)
{
    auto* dialog = new QFileDialog(parent, CatalogueActions::tr("Load provider API document"));
    dialog->setObjectName(u"apiDocumentFileDialog"_s);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setNameFilters(
        {CatalogueActions::tr("OpenAPI documents (*.json *.yaml *.yml)"), CatalogueActions::tr("All files (*)")});
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(dialog, &QFileDialog::fileSelected, dialog,
                     [done = std::move(done)](const QString& file) { done(file); });
    dialog->open();
}
} // namespace

CatalogueActions::CatalogueActions(CodeCatalogue* catalogue, QWidget* window, QObject* parent)
    : QObject(parent)
    , m_catalogue(catalogue)
    , m_window(window)
    , m_load(new QAction(tr("&Load provider API document…"), this))
    , m_reset(new QAction(tr("&Reset to the bundled API document"), this))
    , m_picker(&openFileDialog)
{
    m_load->setObjectName(u"loadApiDocument"_s);
    m_load->setStatusTip(tr("Read the provider's OpenAPI document (JSON or YAML) for its codes and details forms"));
    m_reset->setObjectName(u"resetApiDocument"_s);
    m_reset->setStatusTip(tr("Use the API document that came with CaseDesk again"));
    connect(m_load, &QAction::triggered, this, &CatalogueActions::chooseFile);
    connect(m_reset, &QAction::triggered, this, &CatalogueActions::confirmReset);
    connect(m_catalogue, &CodeCatalogue::catalogueChanged, this, &CatalogueActions::updateActions);
    connect(m_catalogue, &CodeCatalogue::importingChanged, this, &CatalogueActions::updateActions);
    updateActions();
}

CatalogueChangeDialog* CatalogueActions::dialog() const
{
    return m_dialog;
}

QProgressDialog* CatalogueActions::progress() const
{
    return m_progress;
}

void CatalogueActions::updateActions()
{
    m_load->setEnabled(!m_catalogue->isImporting());
    m_reset->setEnabled(!m_catalogue->isBundled() && !m_catalogue->isImporting());
}

void CatalogueActions::chooseFile()
{
    m_picker(m_window, [self = QPointer<CatalogueActions>(this)](const QString& file) {
        if (self && !file.isEmpty())
            self->importFile(file);
    });
}

CatalogueChangeDialog* CatalogueActions::openDialog()
{
    if (m_dialog)
        m_dialog->close();
    m_dialog = new CatalogueChangeDialog(m_window);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    return m_dialog;
}

void CatalogueActions::importFile(const QString& fileName)
{
    if (m_catalogue->isImporting())
        return; // Load is disabled meanwhile; a second file would only wait for the first
    // A busy indicator, not a percentage: neither yaml-cpp nor the checks report how far they are. It is not
    // modal, so the window stays usable; it has no Cancel, as the reading cannot be interrupted, and it goes
    // when the result is shown.
    m_progress = new QProgressDialog(m_window);
    m_progress->setObjectName(u"apiDocumentProgress"_s);
    m_progress->setLabel(PlainText::label(tr("Reading and checking %1…").arg(QFileInfo(fileName).fileName())));
    m_progress->setRange(0, 0);
    m_progress->setWindowTitle(tr("Load provider API document"));
    m_progress->setAccessibleName(tr("Loading the provider API document"));
    m_progress->setCancelButton(nullptr);
    m_progress->setMinimumDuration(0);
    m_progress->setAutoClose(false);
    m_progress->setAttribute(Qt::WA_DeleteOnClose);
    m_progress->setWindowModality(Qt::NonModal);
    m_progress->show();
    const QPointer<CatalogueActions> self(this);
    m_catalogue->importDocumentInBackground(fileName, [self, fileName](const CodeCatalogue::ImportResult& result) {
        if (self)
            self->showImportResult(fileName, result.ok, result.error, result.diff);
    });
}

void CatalogueActions::showImportResult(const QString& fileName, bool ok, const QString& error,
                                        const CatalogueDiff& diff)
{
    if (m_progress)
        m_progress->close();
    CatalogueChangeDialog* dialog = openDialog();
    if (ok)
        dialog->showImported(fileName, diff, *m_catalogue);
    else
        dialog->showRefused(fileName, error);
    dialog->open();
    if (ok)
        emit documentImported(diff);
    else
        emit documentRefused(error);
}

void CatalogueActions::confirmReset()
{
    auto* box = PlainText::messageBox(QMessageBox::Question, tr("Reset to the bundled API document"),
                                      tr("Use the codes and details forms that came with CaseDesk instead of %1?")
                                          .arg(QFileInfo(m_catalogue->importedFrom()).fileName()),
                                      QMessageBox::Cancel, m_window);
    box->setObjectName(u"confirmResetApiDocument"_s);
    QPushButton* reset = box->addButton(tr("&Reset"), QMessageBox::AcceptRole);
    box->setDefaultButton(reset);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(reset, &QPushButton::clicked, this, &CatalogueActions::resetToBundled);
    box->open();
}

void CatalogueActions::resetToBundled()
{
    const CatalogueDiff diff = m_catalogue->resetToBundled();
    CatalogueChangeDialog* dialog = openDialog();
    dialog->showReset(diff, *m_catalogue);
    dialog->open();
    emit documentReset(diff);
}

} // namespace CaseDesk
