#pragma once

#include "models/catalogue/CatalogueDiff.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QAction;
class QProgressDialog;
class QWidget;

namespace CaseDesk
{

class CatalogueChangeDialog;
class CodeCatalogue;

/*
 * The catalogue's menu actions, for the main window to put in its menu:
 *
 *     auto* catalogueActions = new CatalogueActions(catalogue, mainWindow, mainWindow);
 *     menu->addAction(catalogueActions->loadAction());    // "Load provider API document…"
 *     menu->addAction(catalogueActions->resetAction());   // "Reset to the bundled API document"
 *
 * Load opens a file dialog (non-blocking; JSON or YAML), imports the chosen document into the catalogue in
 * the background (a progress dialog says so meanwhile; the window stays usable, Load and Reset wait) and
 * shows what changed in a CatalogueChangeDialog, or why the document was refused (the catalogue then stays
 * as it was). Reset asks first, then goes back to the bundled document and shows what changed. Reset is
 * enabled only while a provider document is in use. Dialogs are parented to `window` and shown with open().
 */
class CatalogueActions : public QObject
{
    Q_OBJECT

public:
    // Opens a file picker and later calls `done` with the chosen file (nothing when cancelled). Never blocks.
    using FilePicker = std::function<void(QWidget* parent, std::function<void(const QString&)> done)>;

    CatalogueActions(CodeCatalogue* catalogue, QWidget* window, QObject* parent = nullptr);

    QAction* loadAction() const { return m_load; }
    QAction* resetAction() const { return m_reset; }

    // What Load does once a file is chosen (it returns at once; documentImported or documentRefused follow),
    // and Reset once confirmed.
    void importFile(const QString& fileName);
    void resetToBundled();
    // The dialog shown last, while it is open (for tests).
    CatalogueChangeDialog* dialog() const;
    // The progress dialog while a document is read, else null (for tests).
    QProgressDialog* progress() const;
    // Test seam: replaces the file dialog.
    void setFilePicker(FilePicker picker) { m_picker = std::move(picker); }

signals:
    void documentImported(const CatalogueDiff& diff);
    void documentRefused(const QString& reason);
    void documentReset(const CatalogueDiff& diff);

private:
    void chooseFile();
    void confirmReset();
    void updateActions();
    void showImportResult(const QString& fileName, bool ok, const QString& error, const CatalogueDiff& diff);
    CatalogueChangeDialog* openDialog();

    CodeCatalogue* m_catalogue;
    QPointer<QWidget> m_window;
    QAction* m_load;
    QAction* m_reset;
    QPointer<CatalogueChangeDialog> m_dialog;
    QPointer<QProgressDialog> m_progress;
    FilePicker m_picker;
};

} // namespace CaseDesk
