#include "models/wizard/CustomerReference.h"
#include "tests/gui/tst_newcasewizard_driver.h"
#include "ui/wizard/ReviewPage.h"

#include <QFile>
#include <QJsonDocument>
#include <QProgressBar>
#include <QSignalSpy>
#include <QTimer>

#include <ctime>

using namespace CaseDesk;

using namespace Qt::StringLiterals;

// The create-case wizard's Review page and submission offscreen, against a stand-in for the API: the request
// in words and as JSON, progress, a server 400 landing on its page and field, failures that keep everything,
// Cancel while a create is on its way, "New case like this", and drafts restored exactly.
class TestNewCaseWizardSubmit : public QObject, public WizardFixture
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void reviewsInWordsAndShowsTheExactRequest();
    void createsACaseWithTheKeyboardAlone();
    void showsProgressWhileSubmitting();
    void landsAServerRefusalOnItsPageAndField();
    void keepsEverythingWhenTheCreateFails();
    void reportsACaseCreatedAfterCancel();
    void prefillsANewCaseLikeAnother();
    void restoresADraftExactly();
    void showsARefusalKeptWithADraft();
    void closesWhenTheSubmitFunctionTakesTheCaseOver();
};

void TestNewCaseWizardSubmit::initTestCase()
{
    QVERIFY(setUpHome());
    QLocale::setDefault(QLocale::c());
    qputenv("TZ", "Europe/Amsterdam");
    tzset();
}

void TestNewCaseWizardSubmit::init()
{
    QVERIFY(setUpFixture());
}

void TestNewCaseWizardSubmit::cleanup()
{
    tearDownFixture();
}

void TestNewCaseWizardSubmit::reviewsInWordsAndShowsTheExactRequest()
{
    QVERIFY(goTo(NewCaseWizard::ReviewPageId, kDetailsCode));
    ReviewPage* review = m_wizard->reviewPage();
    const QString summary = review->summaryText();
    for (const QString& expected :
         {u"0305-0301"_s, u"Creates"_s, u"Description"_s, u"Cabinet lost power"_s, u"Documents › Transaction ids"_s,
          u"1234567890"_s, u"(generated)"_s, u"No attachments."_s})
        QVERIFY2(summary.contains(expected), qPrintable(expected + u" not in:\n"_s + summary));
    QVERIFY(!summary.contains(u"transactionIds"_s)); // labels, not keys
    QVERIFY(!summary.contains(u'{'));

    QVERIFY(!review->requestView()->isVisible());
    QTest::mouseClick(review->showRequestButton(), Qt::LeftButton);
    QVERIFY(review->requestView()->isVisible());
    QVERIFY(review->requestView()->isReadOnly());
    QVERIFY(review->requestView()->font().fixedPitch() || QFontInfo(review->requestView()->font()).fixedPitch());
    QCOMPARE(QJsonDocument::fromJson(review->requestText().toUtf8()).object(), m_wizard->request().toJson());
    QCOMPARE(review->showRequestButton()->text(), u"Hide &request"_s);
}

void TestNewCaseWizardSubmit::createsACaseWithTheKeyboardAlone()
{
    QSignalSpy created(m_wizard.get(), &NewCaseWizard::caseCreated);
    QTest::keyClicks(m_wizard->codePage()->picker()->searchField(), u"total power"_s);
    QTest::keyClick(m_wizard->codePage()->picker()->searchField(), Qt::Key_Return); // into the list
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);                   // Next
    QTRY_COMPARE(m_wizard->currentId(), int(NewCaseWizard::ProblemPageId));
    QTest::keyClicks(QApplication::focusWidget(), u"Both feeds down."_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QTest::keyClicks(QApplication::focusWidget(), u"AM5:01:001234"_s);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_COMPARE(m_wizard->currentId(), int(NewCaseWizard::ContactsPageId));
    QTest::keyClick(m_wizard.get(), Qt::Key_N, Qt::AltModifier);
    QTRY_COMPARE(m_wizard->currentId(), int(NewCaseWizard::AttachmentsPageId));
    QTest::keyClick(m_wizard.get(), Qt::Key_N, Qt::AltModifier);
    QTRY_COMPARE(m_wizard->currentId(), int(NewCaseWizard::ReviewPageId));
    QTest::keyClick(m_wizard.get(), Qt::Key_C, Qt::AltModifier); // Create case
    QTRY_COMPARE(created.size(), 1);
    QCOMPARE(m_server.received.size(), 1);
    QCOMPARE(m_server.received.constFirst().description, u"Both feeds down."_s);
    QCOMPARE(m_wizard->result(), int(QDialog::Accepted));
    QVERIFY(!m_wizard->isVisible());
    QCOMPARE(m_catalogue->recent().value(0), kPlainCode);
}

void TestNewCaseWizardSubmit::showsProgressWhileSubmitting()
{
    QVERIFY(goTo(NewCaseWizard::ReviewPageId));
    m_server.hold = true;
    QSignalSpy created(m_wizard.get(), &NewCaseWizard::caseCreated);
    QTest::mouseClick(m_drive->finishButton(), Qt::LeftButton);
    QCOMPARE(m_server.received.size(), 1);
    QVERIFY(m_wizard->isSubmitting());
    QVERIFY(m_drive->findAnywhere<QProgressBar>(u"submitProgress"_s)->isVisible());
    QCOMPARE(m_drive->findAnywhere<QLabel>(u"submitStatus"_s)->text(), u"Creating the case…"_s);
    QVERIFY(!m_drive->finishButton()->isEnabled());
    QVERIFY(!m_wizard->button(QWizard::BackButton)->isEnabled());
    QVERIFY(m_wizard->button(QWizard::CancelButton)->isEnabled());
    QTest::mouseClick(m_drive->finishButton(), Qt::LeftButton); // a second click sends nothing more
    QCOMPARE(m_server.received.size(), 1);
    m_server.release();
    QCOMPARE(created.size(), 1);
    const auto [response, request] = std::make_tuple(created.at(0).at(0).value<CreateCaseResponse>(),
                                                     created.at(0).at(1).value<CreateCaseRequest>());
    QCOMPARE(response.id, u"11150929"_s);
    QCOMPARE(request, m_server.received.constFirst());
    QCOMPARE(m_wizard->result(), int(QDialog::Accepted));
}

void TestNewCaseWizardSubmit::landsAServerRefusalOnItsPageAndField()
{
    QVERIFY(goTo(NewCaseWizard::ContactsPageId));
    m_drive->addPerson(u"Ana"_s, u"Okafor"_s, u"ana@example.com"_s);
    QVERIFY(m_drive->next());
    QVERIFY(m_drive->next());
    QCOMPARE(m_wizard->currentId(), int(NewCaseWizard::ReviewPageId));
    const CreateCaseRequest before = m_wizard->request();
    m_server.answer = [](const CreateCaseRequest&) {
        return FakeServer::refuse(u"contacts[0].details[0].value"_s, u"This address is not known to the provider."_s);
    };
    QSignalSpy created(m_wizard.get(), &NewCaseWizard::caseCreated);
    QTest::mouseClick(m_drive->finishButton(), Qt::LeftButton);
    QTRY_COMPARE(m_wizard->currentId(), int(NewCaseWizard::ContactsPageId));
    auto* field = m_drive->find<QLineEdit>(u"contacts[0].details[0].value"_s);
    QTRY_VERIFY(field->hasFocus());
    QCOMPARE(m_drive->errorAt(u"contacts[0].details[0].value"_s), u"This address is not known to the provider."_s);
    QVERIFY(!m_drive->nextButton()->isEnabled());
    QCOMPARE(m_wizard->request(), before); // nothing typed is lost
    QCOMPARE(created.size(), 0);
    QVERIFY(m_wizard->isVisible());

    // Editing the refused value clears the server's complaint; the next create goes through.
    field->clear();
    QTest::keyClicks(field, u"ana.okafor@example.com"_s);
    QTRY_VERIFY(m_drive->errorAt(u"contacts[0].details[0].value"_s).isEmpty());
    m_server.answer = FakeServer::accept;
    QVERIFY(m_drive->next());
    QVERIFY(m_drive->next());
    QVERIFY(m_wizard->reviewPage()->errorText().isEmpty());
    QTest::mouseClick(m_drive->finishButton(), Qt::LeftButton);
    QTRY_COMPARE(created.size(), 1);
}

void TestNewCaseWizardSubmit::keepsEverythingWhenTheCreateFails()
{
    QVERIFY(goTo(NewCaseWizard::ReviewPageId, kDetailsCode));
    const CaseDraft before = m_wizard->draft();
    m_server.answer = [](const CreateCaseRequest&) {
        ApiResult<CreateCaseResponse> result;
        result.error = ApiError::make(ApiError::Kind::Offline, u"Connection refused"_s);
        return result;
    };
    QTest::mouseClick(m_drive->finishButton(), Qt::LeftButton);
    QTRY_VERIFY(!m_wizard->isSubmitting());
    QCOMPARE(m_wizard->reviewPage()->errorText(), ApiError::make(ApiError::Kind::Offline).userMessage());
    QCOMPARE(m_wizard->currentId(), int(NewCaseWizard::ReviewPageId));
    QCOMPARE(m_wizard->draft(), before);
    QVERIFY(m_drive->finishButton()->isEnabled());
    // The same customer reference is sent again, so a create that did go through can be found.
    m_server.answer = FakeServer::accept;
    QTest::mouseClick(m_drive->finishButton(), Qt::LeftButton);
    QTRY_COMPARE(m_wizard->result(), int(QDialog::Accepted));
    QCOMPARE(m_server.received.at(1).customerReferenceId, m_server.received.at(0).customerReferenceId);
}

void TestNewCaseWizardSubmit::reportsACaseCreatedAfterCancel()
{
    QVERIFY(goTo(NewCaseWizard::ReviewPageId));
    m_server.hold = true;
    QSignalSpy created(m_wizard.get(), &NewCaseWizard::caseCreated);
    QSignalSpy finished(m_wizard.get(), &QDialog::finished);
    QTest::mouseClick(m_drive->finishButton(), Qt::LeftButton);
    QTest::mouseClick(m_wizard->button(QWizard::CancelButton), Qt::LeftButton);
    QVERIFY(!m_wizard->isVisible());
    QCOMPARE(finished.size(), 0); // still waiting for the answer
    m_server.release();
    QCOMPARE(created.size(), 1);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.at(0).at(0).toInt(), int(QDialog::Rejected));
}

void TestNewCaseWizardSubmit::prefillsANewCaseLikeAnother()
{
    QFile file(QStringLiteral(CASEDESK_TEST_DATA_DIR) + u"/get-case-sample.json"_s);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    json.insert(u"code"_s, kPlainCode);
    const Decoded<Case> decoded = decodeJson<Case>(json);
    QVERIFY2(decoded.ok(), qPrintable(describeDecodeErrors(decoded.errors)));

    m_wizard->prefillFrom(*decoded.value);
    QCOMPARE(m_wizard->currentId(), int(NewCaseWizard::ProblemPageId));
    const CreateCaseRequest request = m_wizard->request();
    QCOMPARE(request.code, kPlainCode);
    QCOMPARE(request.primaryId, u"DA3:01:010315"_s);
    QVERIFY(request.description.isEmpty());
    QVERIFY(!request.attachments);
    QVERIFY(CustomerReference::isGenerated(request.customerReferenceId.value_or(QString())));
    QCOMPARE(request.contacts->size(), 1);
    QCOMPARE(request.contacts->constFirst().lastName, u"Don"_s);
    QCOMPARE(request.contacts->constFirst().details->constFirst().value, u"SomeContact@email.com"_s);
    // The description is the one thing missing, and the page says so at once.
    QVERIFY(!m_drive->nextButton()->isEnabled());
    QCOMPARE(m_drive->errorAt(u"description"_s), u"Must not be empty."_s);

    CreateCaseRequest source = m_server.received.value(0);
    source.code = kDetailsCode;
    source.description = u"Not copied"_s;
    source.primaryId = u"AM5:01:000001"_s;
    source.secondaryId = u"0104"_s;
    source.customerReferenceId = u"PO-1"_s;
    source.details = QJsonObject{{u"documents"_s, QJsonObject{{u"type"_s, u"SUMMARY"_s}}}};
    QVERIFY(openWizard());
    m_wizard->prefillFrom(source);
    const CreateCaseRequest copied = m_wizard->request();
    QCOMPARE(copied.code, kDetailsCode);
    QCOMPARE(copied.secondaryId, u"0104"_s);
    QVERIFY(copied.description.isEmpty());
    QVERIFY(copied.customerReferenceId != u"PO-1"_s);
    QCOMPARE(copied.details->value(u"documents"_s).toObject().value(u"type"_s).toString(), u"SUMMARY"_s);
}

void TestNewCaseWizardSubmit::restoresADraftExactly()
{
    QVERIFY(goTo(NewCaseWizard::ContactsPageId, kDetailsCode));
    m_drive->addPerson(u"Ana"_s, u"Okafor"_s, u"ana@example.com"_s);
    QVERIFY(m_drive->next());
    QVERIFY(m_drive->fillDocuments(u"42"_s, 1, 0));
    const CaseDraft saved = m_wizard->draft();
    QCOMPARE(saved.step, CaseDraft::Step::Details);
    const QJsonObject json = saved.toJson();

    QVERIFY(openWizard());
    const Decoded<CaseDraft> decoded = decodeJson<CaseDraft>(json);
    QVERIFY(decoded.ok());
    m_wizard->setDraft(*decoded.value);
    QCOMPARE(m_wizard->currentId(), int(NewCaseWizard::DetailsPageId));
    QCOMPARE(m_wizard->draft(), saved);
    QCOMPARE(m_wizard->request(), saved.requestToSend());
    QCOMPARE(m_wizard->visitedIds(), (QList<int>{NewCaseWizard::CodePageId, NewCaseWizard::ProblemPageId,
                                                 NewCaseWizard::ContactsPageId, NewCaseWizard::DetailsPageId}));
    m_wizard->back();
    QCOMPARE(m_wizard->currentId(), int(NewCaseWizard::ContactsPageId));
    QCOMPARE(m_drive->find<QLineEdit>(u"contacts[0].lastName"_s)->text(), u"Okafor"_s);
}

void TestNewCaseWizardSubmit::showsARefusalKeptWithADraft()
{
    QVERIFY(goTo(NewCaseWizard::ContactsPageId));
    m_drive->addPerson(u"Ana"_s, u"Okafor"_s, u"ana@example.com"_s);
    QVERIFY(m_drive->next());
    QVERIFY(m_drive->next());
    const CaseDraft saved = m_wizard->draft();

    QVERIFY(openWizard());
    m_wizard->setDraft(saved);
    QCOMPARE(m_wizard->currentId(), int(NewCaseWizard::ReviewPageId));
    m_wizard->showRefusal({{u"contacts[0].lastName"_s, u"Unknown to the provider."_s}}, u"Refused while offline."_s);
    QCOMPARE(m_wizard->currentId(), int(NewCaseWizard::ContactsPageId));
    QCOMPARE(m_drive->errorAt(u"contacts[0].lastName"_s), u"Unknown to the provider."_s);
    QTRY_VERIFY(m_drive->find<QLineEdit>(u"contacts[0].lastName"_s)->hasFocus());
    QCOMPARE(m_wizard->reviewPage()->errorText(), u"Refused while offline."_s);
    QVERIFY(!m_drive->nextButton()->isEnabled());
    m_wizard->validateNow(); // a refusal outlives revalidation...
    QCOMPARE(m_drive->errorAt(u"contacts[0].lastName"_s), u"Unknown to the provider."_s);
    QTest::keyClicks(m_drive->find<QLineEdit>(u"contacts[0].lastName"_s), u"-Smith"_s);
    QTRY_VERIFY(m_drive->errorAt(u"contacts[0].lastName"_s).isEmpty()); // ...but not an edit of its value
    QVERIFY(m_drive->nextButton()->isEnabled());
}

void TestNewCaseWizardSubmit::closesWhenTheSubmitFunctionTakesTheCaseOver()
{
    m_wizard.reset();
    m_drive.reset();
    NewCaseWizard* wizard = nullptr;
    auto queue = [&wizard](const CreateCaseRequest&, QObject*, ApiCallback<CreateCaseResponse>) {
        QTimer::singleShot(0, wizard, [&wizard] { wizard->done(QDialog::Accepted); }); // queued, never answered
    };
    m_wizard =
        std::make_unique<NewCaseWizard>(NewCaseWizard::Services{m_catalogue.get(), queue, nullptr, QLocale::c()});
    wizard = m_wizard.get();
    m_drive = std::make_unique<WizardDriver>(wizard);
    wizard->show();
    QVERIFY(QTest::qWaitForWindowExposed(wizard));
    QVERIFY(goTo(NewCaseWizard::ReviewPageId));
    QSignalSpy finished(wizard, &QDialog::finished);
    QSignalSpy created(wizard, &NewCaseWizard::caseCreated);
    QTest::mouseClick(m_drive->finishButton(), Qt::LeftButton);
    QVERIFY(finished.wait(2000));
    QCOMPARE(finished.at(0).at(0).toInt(), int(QDialog::Accepted));
    QVERIFY(!wizard->isVisible());
    QVERIFY(!wizard->isSubmitting());
    QCOMPARE(created.size(), 0);
}

QTEST_MAIN(TestNewCaseWizardSubmit)
#include "tst_newcasewizard_submit.moc"
