#include "ui/wizard/ContactsPage.h"

#include "models/schema/JsonPath.h"
#include "models/wizard/RequestPaths.h"
#include "ui/wizard/ContactEditor.h"

#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace CaseDesk
{

using namespace Qt::StringLiterals;

ContactsPage::ContactsPage(QWidget* parent)
    : CaseWizardPage(parent)
    , m_list(new QVBoxLayout)
    , m_add(new QPushButton(tr("&Add contact")))
    , m_none(new QLabel(tr("No contacts added. Contacts are optional.")))
    , m_scroll(new QScrollArea)
{
    setTitle(tr("Contacts"));
    setSubTitle(tr("Who should the provider contact about this case? Add registered portal users by name, or "
                   "people with their phone numbers and e-mail addresses."));
    m_add->setObjectName(u"addContact"_s);
    m_none->setObjectName(u"noContacts"_s);
    m_none->setEnabled(false);

    auto* content = new QWidget;
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->addWidget(m_none);
    contentLayout->addLayout(m_list);
    auto* addRow = new QHBoxLayout;
    addRow->addWidget(m_add);
    addRow->addStretch(1);
    contentLayout->addLayout(addRow);
    contentLayout->addStretch(1);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setFocusPolicy(Qt::NoFocus); // the fields take focus; the area scrolls to them
    m_scroll->setWidget(content);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_scroll, 1);
    layout->addWidget(statusLabel());
    connect(m_add, &QPushButton::clicked, this, &ContactsPage::addContact);
}

ContactEditor* ContactsPage::append()
{
    auto* editor = new ContactEditor(m_editors.size());
    m_list->addWidget(editor);
    editor->show(); // at once, not when the layout gets round to it: it is about to take focus
    m_editors.append(editor);
    m_none->setVisible(false);
    connect(editor, &ContactEditor::edited, this, &ContactsPage::noteEdited);
    connect(editor, &ContactEditor::removeRequested, this,
            [this, editor] { removeContact(int(m_editors.indexOf(editor))); });
    updateTabOrder();
    return editor;
}

ContactEditor* ContactsPage::addContact()
{
    ContactEditor* editor = append();
    editor->focusChain().constFirst()->setFocus(Qt::TabFocusReason);
    m_scroll->ensureWidgetVisible(editor);
    noteEdited();
    return editor;
}

void ContactsPage::removeContact(int index)
{
    if (index < 0 || index >= m_editors.size())
        return;
    ContactEditor* editor = m_editors.takeAt(index);
    // Its Remove button is being clicked: take it out of the tree now, delete it later.
    editor->hide();
    editor->setParent(nullptr);
    editor->deleteLater();
    for (qsizetype i = index; i < m_editors.size(); ++i)
        m_editors.at(i)->setIndex(i);
    m_none->setVisible(m_editors.isEmpty());
    updateTabOrder();
    (index < m_editors.size() ? m_editors.at(index)->focusChain().constFirst() : static_cast<QWidget*>(m_add))
        ->setFocus(Qt::TabFocusReason);
    noteEdited();
}

void ContactsPage::store(CreateCaseRequest* request) const
{
    QList<Contact> contacts;
    for (const ContactEditor* editor : m_editors)
        contacts.append(editor->contact());
    request->contacts = contacts.isEmpty() ? std::nullopt : std::optional<QList<Contact>>(contacts);
}

void ContactsPage::load(const CreateCaseRequest& request)
{
    for (ContactEditor* editor : std::as_const(m_editors))
        delete editor;
    m_editors.clear();
    for (const Contact& contact : request.contacts.value_or(QList<Contact>()))
        append()->setContact(contact);
    m_none->setVisible(m_editors.isEmpty());
    updateTabOrder();
}

void ContactsPage::initializePage()
{
    (m_editors.isEmpty() ? static_cast<QWidget*>(m_add) : m_editors.constFirst()->focusChain().constFirst())
        ->setFocus(Qt::TabFocusReason);
}

ContactEditor* ContactsPage::editorFor(const QString& path) const
{
    const RequestPaths& paths = RequestPaths::get();
    for (ContactEditor* editor : m_editors) {
        if (JsonPath::isWithin(path, paths.contact(editor->index())))
            return editor;
    }
    return nullptr;
}

bool ContactsPage::focusPath(const QString& path)
{
    if (ContactEditor* editor = editorFor(path)) {
        editor->focusPath(path);
        m_scroll->ensureWidgetVisible(editor);
        return true;
    }
    m_add->setFocus(Qt::OtherFocusReason);
    return false;
}

QList<Violation> ContactsPage::showViolations(const QList<Violation>& violations)
{
    QList<Violation> unplaced;
    QHash<ContactEditor*, QList<Violation>> byEditor;
    for (const Violation& violation : violations) {
        if (ContactEditor* editor = editorFor(violation.path))
            byEditor[editor].append(violation);
        else
            unplaced.append(violation);
    }
    for (ContactEditor* editor : std::as_const(m_editors))
        editor->showViolations(byEditor.value(editor));
    return unplaced;
}

QString ContactsPage::fieldName(const QString& path) const
{
    const ContactEditor* editor = editorFor(path);
    return editor ? editor->fieldName(path) : tr("the contacts");
}

void ContactsPage::updateTabOrder()
{
    QList<QWidget*> chain;
    for (const ContactEditor* editor : std::as_const(m_editors))
        chain += editor->focusChain();
    chain.append(m_add);
    for (qsizetype i = 1; i < chain.size(); ++i)
        setTabOrder(chain.at(i - 1), chain.at(i));
}

} // namespace CaseDesk
