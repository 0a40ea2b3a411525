#pragma once

#include "models/validation/Violation.h"

#include <QList>
#include <QWizardPage>

class QLabel;

namespace CaseDesk
{

/*
 * What every page of the create-case wizard shares: the violations that belong to it (the wizard runs the
 * one validator on the whole request and hands each page its share), which keep Next disabled, and a status
 * line at the bottom that says what is still to fix.
 *
 * Errors appear beside their fields once the page is revealed: after the user's first edit on it, when they
 * come back to it, or when something (a server 400, a prefilled case) put values there the user did not
 * type. Until then the status line names the fields still needed, so a fresh page is not a wall of red.
 * Violations a page cannot place on a field ("$") are spelt out in the status line.
 */
class CaseWizardPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit CaseWizardPage(QWidget* parent = nullptr);

    void setViolations(const QList<Violation>& violations);
    QList<Violation> violations() const { return m_violations; }
    void reveal();
    bool isRevealed() const { return m_revealed; }
    // Focuses the field of `path` (or the nearest one); false when the page has none.
    virtual bool focusPath(const QString& path) = 0;

    bool isComplete() const override;
    // Asks for a fresh validation first (typing may be ahead of the debounced one), then lets the user on
    // only when the page has no violations; otherwise reveals them and focuses the first.
    bool validatePage() override;
    // The status line's text, for tests and the review.
    QString statusText() const;

signals:
    // The user changed something on this page.
    void edited();
    // The page needs the wizard's validation now, before it answers validatePage(). Connect directly.
    void validationNeeded();

protected:
    // Shows `violations` beside their fields (an empty list clears them); returns those it could not place.
    virtual QList<Violation> showViolations(const QList<Violation>& violations) = 0;
    // The name of the field `path` is about, as the page labels it.
    virtual QString fieldName(const QString& path) const = 0;

    // Call on every user edit: reveals the page's errors and tells the wizard.
    void noteEdited();
    // The page adds this at the bottom of its layout.
    QLabel* statusLabel() const { return m_status; }

private:
    void refresh();

    QList<Violation> m_violations;
    bool m_revealed = false;
    QLabel* m_status;
};

} // namespace CaseDesk
