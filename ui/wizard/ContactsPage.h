#pragma once

#include "models/domain/CreateCaseRequest.h"
#include "ui/wizard/CaseWizardPage.h"

#include <QList>

class QLabel;
class QPushButton;
class QScrollArea;
class QVBoxLayout;

namespace CaseDesk
{

class ContactEditor;

// Page 3: the people the provider contacts about the case, none or several, each in a ContactEditor.
class ContactsPage : public CaseWizardPage
{
    Q_OBJECT

public:
    explicit ContactsPage(QWidget* parent = nullptr);

    int count() const { return int(m_editors.size()); }
    ContactEditor* editor(int index) const { return m_editors.value(index); }
    // Adds an empty contact at the end and focuses it.
    ContactEditor* addContact();
    void removeContact(int index);
    QPushButton* addButton() const { return m_add; }

    void store(CreateCaseRequest* request) const;
    void load(const CreateCaseRequest& request);

    void initializePage() override;
    bool focusPath(const QString& path) override;

protected:
    QList<Violation> showViolations(const QList<Violation>& violations) override;
    QString fieldName(const QString& path) const override;

private:
    ContactEditor* append();
    ContactEditor* editorFor(const QString& path) const;
    void updateTabOrder();

    QList<ContactEditor*> m_editors;
    QVBoxLayout* m_list;
    QPushButton* m_add;
    QLabel* m_none;
    QScrollArea* m_scroll;
};

} // namespace CaseDesk
