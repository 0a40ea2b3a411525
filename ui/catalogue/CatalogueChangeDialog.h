#pragma once

#include "models/catalogue/CatalogueDiff.h"

#include <QDialog>

class QLabel;
class QTreeWidget;

namespace CaseDesk
{

class CodeCatalogue;

/*
 * Says what loading (or resetting) the provider's API document did: codes added, codes removed and details
 * forms changed, each code with its label; or why a document was refused, and that nothing changed.
 * Shown with open(), never exec():
 *
 *     auto* dialog = new CatalogueChangeDialog(window);
 *     dialog->setAttribute(Qt::WA_DeleteOnClose);
 *     dialog->showImported(path, result.diff, catalogue);
 *     dialog->open();
 */
class CatalogueChangeDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CatalogueChangeDialog(QWidget* parent = nullptr);

    void showImported(const QString& fileName, const CatalogueDiff& diff, const CodeCatalogue& catalogue);
    void showReset(const CatalogueDiff& diff, const CodeCatalogue& catalogue);
    void showRefused(const QString& fileName, const QString& reason);

    bool isRefusal() const { return m_refused; }
    QString headline() const;
    QString explanation() const;
    // The listed codes of one kind of change, as shown ("0015-0100 – Power outage").
    QStringList listed(int group) const;
    enum Group
    {
        AddedGroup,
        RemovedGroup,
        ChangedGroup,
    };

private:
    void showDiff(const CatalogueDiff& diff, const CodeCatalogue& catalogue);

    QLabel* m_headline;
    QLabel* m_explanation;
    QTreeWidget* m_changes;
    bool m_refused = false;
};

} // namespace CaseDesk
