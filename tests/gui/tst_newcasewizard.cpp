#include "models/catalogue/CodeCatalogueModel.h"
#include "models/wizard/CustomerReference.h"
#include "tests/gui/tst_newcasewizard_driver.h"
#include "tests/support/TestHome.h"
#include "ui/wizard/AttachmentsPage.h"
#include "ui/wizard/ProblemPage.h"
#include "ui/wizard/ReviewPage.h"
#include "ui/wizard/WizardField.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QProgressBar>
#include <QScrollArea>
#include <QSettings>
#include <QSignalSpy>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeView>

#include <ctime>
#include <memory>

using namespace CaseDesk;

using namespace Qt::StringLiterals;

// The create-case wizard's pages offscreen, driven by keys and clicks: the code picker, each page's fields,
// live validation beside each field (a table of bad entries per page), the request built, tab order and
// accessible names. Submitting, drafts and "like this" are in tst_newcasewizard_submit.
class TestNewCaseWizard : public QObject, public WizardFixture
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void searchesCodesByWordsAndDigits();
    void saysWhatEachCodeCreatesAndWhetherDetailsFollow();
    void togglesFavouritesWithTheKeyboard();
    void blocksNextUntilTheCodeIsChosen();
    void namesTheReferencesAfterTheCode();
    void countsDescriptionCharacters();
    void entersTheOccurrenceInLocalTimeAndSendsUtc();
    void showsAndSendsTheGeneratedCustomerReference();
    void leavesEmptyOptionalFieldsOut();
    void buildsRegisteredAndPersonContacts();
    void showsTheDetailsPageOnlyForCodesWithASchema();
    void keepsDetailsWhenTheCodeChanges();
    void refusesBadEntriesBesideTheirFields_data();
    void refusesBadEntriesBesideTheirFields();
    void followsAChangedCatalogue();
    void tabsThroughEachPageInOrder();
    void namesEveryInputForScreenReaders();
};

void TestNewCaseWizard::initTestCase()
{
    QVERIFY(setUpHome());
    QLocale::setDefault(QLocale::c());
    // Local time is Amsterdam (UTC+2 in May), so "sent as UTC" shows.
    qputenv("TZ", "Europe/Amsterdam");
    tzset();
}

void TestNewCaseWizard::init()
{
    QVERIFY(setUpFixture());
}

void TestNewCaseWizard::cleanup()
{
    tearDownFixture();
}

void TestNewCaseWizard::searchesCodesByWordsAndDigits()
{
    CodePickerWidget* picker = m_wizard->codePage()->picker();
    auto* matches = picker->findChild<QLabel*>(u"codeMatches"_s);
    QCOMPARE(matches->text(), u"Codes: 165"_s);
    QTest::keyClicks(picker->searchField(), u"pow out"_s);
    QCOMPARE(matches->text(), u"Matching: 2"_s); // total and partial power outage
    picker->searchField()->clear();
    QTest::keyClicks(picker->searchField(), u"03050301"_s);
    QCOMPARE(matches->text(), u"Matching: 1"_s);
    QTest::keyClick(picker->searchField(), Qt::Key_Return);
    QCOMPARE(m_wizard->codePage()->code(), kDetailsCode);
    QVERIFY(picker->view()->hasFocus());
    // The chosen code stays chosen while a search hides it.
    picker->searchField()->clear();
    QTest::keyClicks(picker->searchField(), u"nothing like this"_s);
    QCOMPARE(matches->text(), u"Matching: 0"_s);
    QCOMPARE(m_wizard->codePage()->code(), kDetailsCode);
}

void TestNewCaseWizard::saysWhatEachCodeCreatesAndWhetherDetailsFollow()
{
    CodePickerWidget* picker = m_wizard->codePage()->picker();
    QVERIFY(m_drive->chooseCode(kPlainCode));
    QVERIFY2(picker->factsText().startsWith(u"Experiencing total power outage. (0002-0000)"_s),
             qPrintable(picker->factsText()));
    QVERIFY(picker->factsText().contains(u"Creates a trouble ticket"_s));
    QVERIFY(picker->factsText().contains(u"No details form."_s));
    QVERIFY(picker->factsText().contains(u"Primary reference: Cage ID"_s));
    QVERIFY(m_drive->chooseCode(kDetailsCode));
    QVERIFY(picker->factsText().startsWith(u"0305-0301\n"_s)); // no published label: the code, never an invented one
    QVERIFY(picker->factsText().contains(u"Creates a case"_s));
    QVERIFY(picker->factsText().contains(u"A details form follows."_s));
    // The list says it too, per row.
    const QModelIndex row = picker->view()->currentIndex();
    QCOMPARE(row.siblingAtColumn(CodeCatalogueModel::TypeColumn).data().toString(), u"Case"_s);
    QCOMPARE(row.siblingAtColumn(CodeCatalogueModel::DetailsColumn).data().toString(), u"Details form follows"_s);
}

void TestNewCaseWizard::togglesFavouritesWithTheKeyboard()
{
    CodePickerWidget* picker = m_wizard->codePage()->picker();
    QVERIFY(m_drive->chooseCode(kDetailsCode));
    QVERIFY(picker->view()->hasFocus());
    QTest::keyClick(picker->view(), Qt::Key_D, Qt::ControlModifier);
    QVERIFY(m_catalogue->isFavourite(kDetailsCode));
    const QAbstractItemModel* model = picker->view()->model();
    QCOMPARE(model->index(0, 0).data().toString(), u"Favourites"_s);
    QCOMPARE(model->index(0, 0, model->index(0, 0)).data(CodeCatalogueModel::CodeRole).toString(), kDetailsCode);
    QCOMPARE(m_wizard->codePage()->code(), kDetailsCode); // still chosen after the list was rebuilt
    auto* button = picker->findChild<QPushButton*>(u"favouriteButton"_s);
    QVERIFY(button->isChecked());
    QTest::keyClick(picker->view(), Qt::Key_D, Qt::ControlModifier);
    QVERIFY(!m_catalogue->isFavourite(kDetailsCode));
    QVERIFY(!button->isChecked());
}

void TestNewCaseWizard::blocksNextUntilTheCodeIsChosen()
{
    QVERIFY(!m_drive->nextButton()->isEnabled());
    QCOMPARE(m_wizard->codePage()->statusText(), u"To go on, fill in: a ticket code."_s);
    QVERIFY(m_drive->chooseCode(kPlainCode));
    QTRY_VERIFY(m_drive->nextButton()->isEnabled());
    QVERIFY(m_wizard->codePage()->statusText().isEmpty());
    QVERIFY(m_drive->next());
    QCOMPARE(m_wizard->currentId(), int(NewCaseWizard::ProblemPageId));
    QVERIFY(!m_drive->nextButton()->isEnabled()); // description and primary reference are required
}

void TestNewCaseWizard::namesTheReferencesAfterTheCode()
{
    QVERIFY(goTo(NewCaseWizard::ProblemPageId, kPlainCode));
    ProblemPage* page = m_wizard->problemPage();
    QCOMPARE(page->field(u"primaryId"_s)->title(), u"Cage ID"_s);
    QCOMPARE(page->field(u"secondaryId"_s)->title(), u"Cabinet ID"_s);
    QCOMPARE(m_drive->find<QLineEdit>(u"primaryId"_s)->accessibleName(), u"Cage ID, required"_s);
    m_wizard->back();
    QVERIFY(m_drive->chooseCode(kDetailsCode));
    QCOMPARE(page->field(u"primaryId"_s)->title(), u"Primary reference"_s);
    QCOMPARE(page->field(u"secondaryId"_s)->title(), u"Secondary reference"_s);
}

void TestNewCaseWizard::countsDescriptionCharacters()
{
    QVERIFY(goTo(NewCaseWizard::ProblemPageId));
    auto* counter = m_drive->find<QLabel>(u"descriptionCounter"_s);
    QCOMPARE(counter->text(), u"33 / 4000"_s);
    QTest::keyClicks(m_drive->find<QPlainTextEdit>(u"description"_s), u" Again"_s);
    QCOMPARE(counter->text(), u"39 / 4000"_s);
    QCOMPARE(counter->accessibleName(), u"39 of 4000 characters"_s);
    m_drive->find<QPlainTextEdit>(u"description"_s)
        ->insertPlainText(u"\U0001F642"_s); // one character, two UTF-16 units
    QCOMPARE(counter->text(), u"40 / 4000"_s);
}

void TestNewCaseWizard::entersTheOccurrenceInLocalTimeAndSendsUtc()
{
    QVERIFY(goTo(NewCaseWizard::ProblemPageId));
    auto* known = m_drive->find<QCheckBox>(u"occurredDateTime#set"_s);
    auto* when = m_drive->find<QDateTimeEdit>(u"occurredDateTime"_s);
    QVERIFY(!when->isEnabled());
    QTest::keyClick(known, Qt::Key_Space);
    QVERIFY(when->isEnabled());
    when->setDateTime(QDateTime(QDate(2024, 5, 22), QTime(21, 23)));
    QCOMPARE(m_drive->find<QLabel>(u"occurredUtc"_s)->text(), u"= 22 May 2024 19:23:00 UTC"_s);
    QCOMPARE(m_wizard->request().toJson().value(u"occurredDateTime"_s).toString(), u"2024-05-22T19:23:00Z"_s);
    QTest::keyClick(known, Qt::Key_Space);
    QVERIFY(!m_wizard->request().toJson().contains(u"occurredDateTime"_s));
}

void TestNewCaseWizard::showsAndSendsTheGeneratedCustomerReference()
{
    QVERIFY(goTo(NewCaseWizard::ProblemPageId));
    const QString generated = m_wizard->draft().generatedReference;
    QVERIFY(CustomerReference::isGenerated(generated));
    auto* note = m_drive->find<QLabel>(u"referenceNote"_s);
    QVERIFY2(note->text().contains(generated), qPrintable(note->text()));
    QCOMPARE(m_drive->find<QLineEdit>(u"customerReferenceId"_s)->placeholderText(),
             u"Leave empty to use "_s + generated);
    QCOMPARE(m_wizard->request().customerReferenceId, generated);
    m_drive->type(m_drive->find<QLineEdit>(u"customerReferenceId"_s), u"PO-77"_s);
    QCOMPARE(note->text(), u"Will be sent as PO-77."_s);
    QCOMPARE(m_wizard->request().customerReferenceId, u"PO-77"_s);
}

void TestNewCaseWizard::leavesEmptyOptionalFieldsOut()
{
    QVERIFY(goTo(NewCaseWizard::ReviewPageId));
    const QJsonObject sent = m_wizard->request().toJson();
    QCOMPARE(QStringList(sent.keys()),
             (QStringList{u"code"_s, u"customerReferenceId"_s, u"description"_s, u"primaryId"_s}));
    QVERIFY(m_wizard->violations().isEmpty());
}

void TestNewCaseWizard::buildsRegisteredAndPersonContacts()
{
    QVERIFY(goTo(NewCaseWizard::ContactsPageId));
    ContactsPage* page = m_wizard->contactsPage();
    QVERIFY(m_drive->nextButton()->isEnabled()); // contacts are optional
    ContactEditor* person = m_drive->addPerson(u"Ana"_s, u"Okafor"_s, u"ana@example.com"_s);
    QTest::mouseClick(person->addDetailButton(), Qt::LeftButton);
    auto* secondKind = person->findChild<QComboBox*>(u"contacts[0].details[1].type"_s);
    QCOMPARE(secondKind->currentData().toString(), u"PHONE"_s);
    QTest::keyClicks(person->findChild<QLineEdit*>(u"contacts[0].details[1].value"_s), u"+31 20 123 4567"_s);
    auto* zone = person->findChild<QComboBox*>(u"contacts[0].timezone"_s);
    zone->setFocus();
    QTest::keyClicks(zone, u"Europe/Amsterdam"_s);

    QTest::mouseClick(page->addButton(), Qt::LeftButton);
    ContactEditor* registered = page->editor(1);
    auto* kind = registered->findChild<QComboBox*>(u"contacts[1]#kind"_s);
    kind->setCurrentIndex(kind->findData(int(ContactEditor::Kind::RegisteredUsers)));
    auto* role = registered->findChild<QComboBox*>(u"contacts[1].type"_s);
    role->setCurrentIndex(role->findData(u"NOTIFICATION"_s));
    QTest::keyClicks(registered->findChild<QLineEdit*>(u"contacts[1].registeredUsers"_s), u"jdoe, asmith"_s);

    const QJsonArray contacts = m_wizard->request().toJson().value(u"contacts"_s).toArray();
    QCOMPARE(contacts.at(0).toObject(), QJsonDocument::fromJson(R"({"type": "TECHNICAL", "firstName": "Ana",
        "lastName": "Okafor", "availability": "ANYTIME", "timezone": "Europe/Amsterdam",
        "details": [{"type": "EMAIL", "value": "ana@example.com"}, {"type": "PHONE", "value": "+31 20 123 4567"}]})")
                                            .object());
    QCOMPARE(contacts.at(1).toObject(), QJsonDocument::fromJson(R"({"type": "NOTIFICATION", "availability": "ANYTIME",
        "registeredUsers": ["jdoe", "asmith"]})")
                                            .object());
    QTRY_VERIFY(m_drive->nextButton()->isEnabled());

    // Removing the first renumbers the second, which keeps what was typed.
    QTest::mouseClick(page->editor(0)->removeButton(), Qt::LeftButton);
    QCOMPARE(page->count(), 1);
    QVERIFY(page->findChild<QLineEdit*>(u"contacts[0].registeredUsers"_s));
    QCOMPARE(page->editor(0)->contact().registeredUsers, (QStringList{u"jdoe"_s, u"asmith"_s}));
}

void TestNewCaseWizard::showsTheDetailsPageOnlyForCodesWithASchema()
{
    QVERIFY(goTo(NewCaseWizard::ContactsPageId, kPlainCode));
    QCOMPARE(m_wizard->windowTitle(), u"New case – step 3 of 5"_s); // no details page to count
    QVERIFY(m_drive->next());
    QCOMPARE(m_wizard->currentId(), int(NewCaseWizard::AttachmentsPageId));
    QCOMPARE(m_wizard->windowTitle(), u"New case – step 4 of 5"_s);
    QVERIFY(!m_wizard->request().toJson().contains(u"details"_s));
    while (m_wizard->currentId() != NewCaseWizard::CodePageId)
        m_wizard->back();
    QVERIFY(m_drive->chooseCode(kDetailsCode));
    QCOMPARE(m_wizard->windowTitle(), u"New case – step 1 of 6"_s);
    QVERIFY(m_drive->next());
    QVERIFY(m_drive->next());
    QVERIFY(m_drive->next());
    QCOMPARE(m_wizard->currentId(), int(NewCaseWizard::DetailsPageId));
    QCOMPARE(m_wizard->windowTitle(), u"New case – step 4 of 6"_s);
    QVERIFY(!m_drive->nextButton()->isEnabled());
    auto* title = m_wizard->detailsPage()->formWidget()->findChild<QLabel*>();
    QVERIFY(title);
    QVERIFY(
        m_drive->findAnywhere<QListWidget>(u"details.documents.formats"_s)->accessibleName().endsWith(u", required"_s));
    QVERIFY(m_drive->fillDocuments(u"1234567890"_s, 0, 1));
    QTRY_VERIFY(m_drive->nextButton()->isEnabled());
    QCOMPARE(m_wizard->request().toJson().value(u"details"_s).toObject(),
             QJsonDocument::fromJson(R"({"documents": {"transactionIds": ["1234567890"], "type": "DETAILED",
                                         "formats": ["XLS"]}})")
                 .object());
}

void TestNewCaseWizard::keepsDetailsWhenTheCodeChanges()
{
    QVERIFY(goTo(NewCaseWizard::DetailsPageId, kDetailsCode));
    const QJsonObject entered = m_wizard->request().details.value_or(QJsonObject());
    QVERIFY(!entered.isEmpty());
    while (m_wizard->currentId() != NewCaseWizard::CodePageId)
        m_wizard->back();
    QVERIFY(m_drive->chooseCode(kPlainCode));
    QVERIFY(!m_wizard->request().details.has_value());
    QVERIFY(m_drive->chooseCode(u"0306-0100"_s)); // another details code, seen for the first time
    QCOMPARE(m_wizard->request().details, entered);
    QVERIFY(m_drive->chooseCode(kDetailsCode));
    QCOMPARE(m_wizard->request().details, entered);
}

void TestNewCaseWizard::refusesBadEntriesBesideTheirFields_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("page");
    QTest::addColumn<QString>("entry");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("reason");
    const int problem = NewCaseWizard::ProblemPageId;
    const int contacts = NewCaseWizard::ContactsPageId;
    const int details = NewCaseWizard::DetailsPageId;
    QTest::newRow("no code") << QString() << int(NewCaseWizard::CodePageId) << u"none"_s << u"code"_s
                             << u"a ticket code"_s;
    QTest::newRow("description emptied") << kPlainCode << problem << u"clear description"_s << u"description"_s
                                         << u"Must not be empty."_s;
    QTest::newRow("description too long") << kPlainCode << problem << u"long description"_s << u"description"_s
                                          << u"At most 4000 characters (now 4001)."_s;
    QTest::newRow("cage ID too long") << kPlainCode << problem << u"long primary"_s << u"primaryId"_s
                                      << u"At most 100 characters (now 101)."_s;
    QTest::newRow("cabinet ID too long") << kPlainCode << problem << u"long secondary"_s << u"secondaryId"_s
                                         << u"At most 100 characters (now 101)."_s;
    QTest::newRow("reference too long") << kPlainCode << problem << u"long reference"_s << u"customerReferenceId"_s
                                        << u"At most 200 characters (now 201)."_s;
    QTest::newRow("occurred in the future")
        << kPlainCode << problem << u"future"_s << u"occurredDateTime"_s << u"This time is in the future."_s;
    QTest::newRow("e-mail malformed") << kPlainCode << contacts << u"bad email"_s << u"contacts[0].details[0].value"_s
                                      << u"Enter an e-mail address such as name@example.com."_s;
    QTest::newRow("phone with letters") << kPlainCode << contacts << u"bad phone"_s << u"contacts[0].details[0].value"_s
                                        << u"such as +31 20 123 4567"_s;
    QTest::newRow("detail left empty") << kPlainCode << contacts << u"empty detail"_s
                                       << u"contacts[0].details[0].value"_s << u"Must not be empty."_s;
    QTest::newRow("person without last name")
        << kPlainCode << contacts << u"no last name"_s << u"contacts[0].lastName"_s << u"Required."_s;
    QTest::newRow("registered user without name")
        << kPlainCode << contacts << u"no user"_s << u"contacts[0].registeredUsers"_s << u"Add at least one item."_s;
    QTest::newRow("unknown time zone") << kPlainCode << contacts << u"bad zone"_s << u"contacts[0].timezone"_s
                                       << u"Choose a time zone from the list"_s;
    QTest::newRow("no transaction id") << kDetailsCode << details << u"no id"_s << u"details.documents.transactionIds"_s
                                       << u"Add at least one item."_s;
    QTest::newRow("transaction id too long")
        << kDetailsCode << details << u"long id"_s << u"details.documents.transactionIds[0]"_s
        << u"At most 100 characters (now 101)."_s;
    QTest::newRow("no format") << kDetailsCode << details << u"no format"_s << u"details.documents.formats"_s
                               << u"Add at least one item."_s;
}

void TestNewCaseWizard::refusesBadEntriesBesideTheirFields()
{
    QFETCH(QString, code);
    QFETCH(int, page);
    QFETCH(QString, entry);
    QFETCH(QString, path);
    QFETCH(QString, reason);

    if (!code.isEmpty())
        goTo(page == NewCaseWizard::DetailsPageId ? NewCaseWizard::ContactsPageId : page, code);
    if (page == NewCaseWizard::DetailsPageId)
        QVERIFY(m_drive->next());
    QCOMPARE(m_wizard->currentId(), page);
    auto keys = [this](const QString& name, const QString& text) {
        auto* widget = m_drive->find<QWidget>(name);
        QVERIFY2(widget, qPrintable(name));
        m_drive->type(widget, text);
    };
    DetailsFormWidget* form = m_wizard->detailsPage()->formWidget();
    if (entry == u"clear description") {
        auto* text = m_drive->find<QPlainTextEdit>(u"description"_s);
        text->setFocus();
        text->selectAll();
        QTest::keyClick(text, Qt::Key_Delete);
    } else if (entry == u"long description") {
        m_drive->find<QPlainTextEdit>(u"description"_s)->setPlainText(QString(4000, u'x'));
        keys(u"description"_s, u"y"_s);
    } else if (entry == u"long primary") {
        keys(u"primaryId"_s, QString(101 - 13, u'1'));
    } else if (entry == u"long secondary") {
        keys(u"secondaryId"_s, QString(101, u'2'));
    } else if (entry == u"long reference") {
        keys(u"customerReferenceId"_s, QString(201, u'3'));
    } else if (entry == u"future") {
        QTest::keyClick(m_drive->find<QCheckBox>(u"occurredDateTime#set"_s), Qt::Key_Space);
        m_drive->find<QDateTimeEdit>(u"occurredDateTime"_s)->setDateTime(QDateTime::currentDateTime().addDays(2));
    } else if (entry == u"bad email") {
        m_drive->addPerson(u"Ana"_s, u"Okafor"_s, u"ana.example.com"_s);
    } else if (entry == u"bad phone") {
        ContactEditor* editor = m_drive->addPerson(u"Ana"_s, u"Okafor"_s, QString());
        auto* kind = editor->findChild<QComboBox*>(u"contacts[0].details[0].type"_s);
        kind->setCurrentIndex(kind->findData(u"PHONE"_s));
        keys(u"contacts[0].details[0].value"_s, u"call me"_s);
    } else if (entry == u"empty detail") {
        m_drive->addPerson(u"Ana"_s, u"Okafor"_s, QString());
    } else if (entry == u"no last name") {
        m_drive->addPerson(u"Ana"_s, QString(), u"ana@example.com"_s);
    } else if (entry == u"no user") {
        ContactEditor* editor = m_wizard->contactsPage()->addContact();
        auto* kind = editor->findChild<QComboBox*>(u"contacts[0]#kind"_s);
        kind->setCurrentIndex(kind->findData(int(ContactEditor::Kind::RegisteredUsers)));
    } else if (entry == u"bad zone") {
        m_drive->addPerson(u"Ana"_s, u"Okafor"_s, u"ana@example.com"_s);
        keys(u"contacts[0].timezone"_s, u"Europe/Atlantis"_s);
    } else if (entry == u"no id") {
        QVERIFY(m_drive->fillDocuments(u"1234"_s, 0, 0));
        QTest::keyClick(form->findChild<QPushButton*>(u"details.documents.transactionIds[0]#remove"_s), Qt::Key_Space);
    } else if (entry == u"long id") {
        QVERIFY(m_drive->fillDocuments(QString(101, u'9'), 0, 0));
    } else if (entry == u"no format") {
        QVERIFY(m_drive->fillDocuments(u"1234"_s, 0, 0));
        QTest::keyClick(form->findChild<QListWidget*>(u"details.documents.formats"_s), Qt::Key_Space);
    }

    // Live: beside the field once typed, without pressing Next; and Next stays disabled. A page not yet
    // touched names what is missing in its status line instead.
    if (entry == u"none")
        QTRY_VERIFY2(m_wizard->codePage()->statusText().contains(reason),
                     qPrintable(m_wizard->codePage()->statusText()));
    else
        QTRY_VERIFY2(m_drive->errorAt(path).contains(reason), qPrintable(path + u": "_s + m_drive->errorAt(path)));
    QVERIFY(!m_drive->nextButton()->isEnabled());
    QVERIFY(std::any_of(m_wizard->violations().cbegin(), m_wizard->violations().cend(),
                        [&](const Violation& violation) { return violation.path == path; }));
    QVERIFY(!m_wizard->casePage(page)->statusText().isEmpty());
}

void TestNewCaseWizard::followsAChangedCatalogue()
{
    QVERIFY(goTo(NewCaseWizard::ProblemPageId, kPlainCode));
    QFile bundled(u":/api/supportv2.json"_s);
    QVERIFY(bundled.open(QIODevice::ReadOnly));
    QJsonObject root = QJsonDocument::fromJson(bundled.readAll()).object();
    QJsonObject schemas = root[u"components"_s][u"schemas"_s].toObject();
    QJsonObject create = schemas[u"CaseCreateRequest"_s].toObject();
    QJsonObject properties = create[u"properties"_s].toObject();
    QJsonObject description = properties[u"description"_s].toObject();
    description[u"maxLength"_s] = 20;
    properties[u"description"_s] = description;
    create[u"properties"_s] = properties;
    schemas[u"CaseCreateRequest"_s] = create;
    QJsonObject components = root[u"components"_s].toObject();
    components[u"schemas"_s] = schemas;
    root[u"components"_s] = components;
    QFile provider(m_home->filePath(u"strict.json"_s));
    QVERIFY(provider.open(QIODevice::WriteOnly));
    provider.write(QJsonDocument(root).toJson());
    provider.close();

    QVERIFY(m_catalogue->importDocument(provider.fileName()).ok);
    QCOMPARE(m_drive->find<QLabel>(u"descriptionCounter"_s)->text(), u"33 / 20"_s);
    QTRY_COMPARE(m_drive->errorAt(u"description"_s), u"At most 20 characters (now 33)."_s);
    QVERIFY(!m_drive->nextButton()->isEnabled());
    m_catalogue->resetToBundled();
    QTRY_VERIFY(m_drive->nextButton()->isEnabled());
}

void TestNewCaseWizard::tabsThroughEachPageInOrder()
{
    auto chain = [](QWidget* from, int steps) {
        QStringList names;
        from->setFocus();
        for (int i = 0; i < steps; ++i) {
            QWidget* at = QApplication::focusWidget();
            // An editable combo box or a date edit hands focus to its own line edit.
            const bool inner = at->objectName().isEmpty() || at->objectName().startsWith(u"qt_"_s);
            names.append(inner ? at->parentWidget()->objectName() : at->objectName());
            // A date edit's Tab walks its own sections first, as Qt's always do.
            for (int presses = 0; presses < 8 && QApplication::focusWidget() == at; ++presses)
                QTest::keyClick(at, Qt::Key_Tab);
        }
        return names;
    };
    QVERIFY(m_drive->chooseCode(kPlainCode));
    QCOMPARE(chain(m_wizard->codePage()->picker()->searchField(), 4),
             (QStringList{u"codeSearch"_s, u"codeList"_s, u"userLabel"_s, u"favouriteButton"_s}));
    QVERIFY(m_drive->next());
    QTest::keyClick(m_drive->find<QCheckBox>(u"occurredDateTime#set"_s), Qt::Key_Space);
    QCOMPARE(chain(m_drive->find<QWidget>(u"description"_s), 6),
             (QStringList{u"description"_s, u"primaryId"_s, u"secondaryId"_s, u"occurredDateTime#set"_s,
                          u"occurredDateTime"_s, u"customerReferenceId"_s}));
    QVERIFY(m_drive->fillProblem(u"x"_s, u"y"_s));
    QVERIFY(m_drive->next());
    ContactEditor* editor = m_drive->addPerson(u"Ana"_s, u"Okafor"_s, u"ana@example.com"_s);
    QTest::mouseClick(editor->addDetailButton(), Qt::LeftButton);
    QCOMPARE(chain(m_drive->find<QWidget>(u"contacts[0]#kind"_s), 14),
             (QStringList{u"contacts[0]#kind"_s, u"contacts[0].type"_s, u"contacts[0].firstName"_s,
                          u"contacts[0].lastName"_s, u"contacts[0].details[0].type"_s,
                          u"contacts[0].details[0].value"_s, u"contacts[0].details[0]#remove"_s,
                          u"contacts[0].details[1].type"_s, u"contacts[0].details[1].value"_s,
                          u"contacts[0].details[1]#remove"_s, u"contacts[0].details#add"_s,
                          u"contacts[0].availability"_s, u"contacts[0].timezone"_s, u"contacts[0]#remove"_s}));
}

void TestNewCaseWizard::namesEveryInputForScreenReaders()
{
    QVERIFY(goTo(NewCaseWizard::ContactsPageId, kDetailsCode));
    m_drive->addPerson(u"Ana"_s, u"Okafor"_s, u"ana@example.com"_s);
    QVERIFY(m_drive->next());
    QVERIFY(m_drive->fillDocuments(u"1"_s, 0, 0));
    QVERIFY(m_drive->next());
    QVERIFY(m_drive->next());
    for (int id = NewCaseWizard::CodePageId; id <= NewCaseWizard::ReviewPageId; ++id) {
        for (QWidget* widget : m_wizard->page(id)->findChildren<QWidget*>()) {
            if (widget->focusPolicy() == Qt::NoFocus || !widget->isVisibleTo(m_wizard->page(id)))
                continue;
            // The details form's own scroll area is the form widget's business (ui/detailsform), not the wizard's.
            if ((qobject_cast<QScrollArea*>(widget) && qobject_cast<DetailsFormWidget*>(widget->parentWidget()))
                || qobject_cast<QAbstractScrollArea*>(widget->parentWidget())
                || (widget->inherits("QLineEdit")
                    && (qobject_cast<QComboBox*>(widget->parentWidget())
                        || qobject_cast<QAbstractSpinBox*>(widget->parentWidget()))))
                continue; // viewports and a combo box's own editor: named by their owner
            const auto* button = qobject_cast<QAbstractButton*>(widget);
            const bool named = !widget->accessibleName().isEmpty() || (button && !button->text().isEmpty());
            QVERIFY2(named, qPrintable(u"page %1: %2 (%3) has no accessible name"_s.arg(id).arg(
                                widget->objectName(), QString::fromLatin1(widget->metaObject()->className()))));
        }
    }
}

QTEST_MAIN(TestNewCaseWizard)
#include "tst_newcasewizard.moc"
