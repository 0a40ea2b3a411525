#include "models/api/ApiClient.h"
#include "models/attachments/AttachmentService.h"
#include "models/attachments/AttachmentStash.h"
#include "models/wizard/CustomerReference.h"
#include "tests/gui/tst_newcasewizard_driver.h"
#include "tests/support/SandboxEndpoint.h"
#include "tests/support/SandboxProcess.h"
#include "tests/support/TestHome.h"
#include "ui/attachments/AttachmentListWidget.h"
#include "ui/wizard/AttachmentsPage.h"
#include "ui/wizard/ReviewPage.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <ctime>
#include <memory>

using namespace CaseDesk;

using namespace Qt::StringLiterals;

// The wizard against the real sandbox over HTTP: one case for a code without details and one for each of the
// 14 detail codes, each read back (GET, and the request the sandbox stored, since GET does not echo
// `details`); and a 400 the local validator could not foresee landing on its page and field.
class TestNewCaseWizardSandbox : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void createsACaseForEveryKindOfCode_data();
    void createsACaseForEveryKindOfCode();
    void landsTheServersRefusalOnItsField();

private:
    std::optional<Case> fetch(const QString& id);
    QJsonObject storedRequest(const QString& id);
    QString writeLooserDocument();

    std::unique_ptr<TestHome> m_home;
    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<AttachmentService> m_attachments;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<CodeCatalogue> m_catalogue;
    std::unique_ptr<NewCaseWizard> m_wizard;
    std::unique_ptr<WizardDriver> m_drive;
};

void TestNewCaseWizardSandbox::initTestCase()
{
    m_home = std::make_unique<TestHome>();
    QVERIFY(m_home->isValid());
    QLocale::setDefault(QLocale::c());
    qputenv("TZ", "Europe/Amsterdam");
    tzset();
    if (SandboxProcess::isExternal())
        QSKIP("reads the sandbox's own database");
    m_sandbox = std::make_unique<SandboxProcess>(QStringList{u"--db"_s, m_home->filePath(u"sandbox.sqlite"_s)});
    QVERIFY2(m_sandbox->start(), qPrintable(m_sandbox->errorString()));
    m_client = std::make_unique<ApiClient>();
    m_client->setEndpoint(sandboxEndpoint(m_sandbox->baseUrl(), 10000));
    m_attachments = std::make_unique<AttachmentService>(m_client.get(), AttachmentStash(m_home->filePath(u"stash"_s)),
                                                        m_home->filePath(u"cache"_s));
    m_settings = std::make_unique<QSettings>(m_home->filePath(u"settings.ini"_s), QSettings::IniFormat);
    m_catalogue = std::make_unique<CodeCatalogue>(m_settings.get(), m_home->filePath(u"catalogue"_s));
    QVERIFY(m_catalogue->load());
}

void TestNewCaseWizardSandbox::cleanupTestCase()
{
    m_catalogue.reset();
    m_attachments.reset();
    m_client.reset();
    if (m_sandbox)
        m_sandbox->stop();
    QSqlDatabase::removeDatabase(u"inspect"_s);
}

void TestNewCaseWizardSandbox::init()
{
    m_wizard = std::make_unique<NewCaseWizard>(NewCaseWizard::Services{
        m_catalogue.get(), NewCaseWizard::submitThrough(m_client.get()), m_attachments.get(), QLocale::c()});
    m_drive = std::make_unique<WizardDriver>(m_wizard.get());
    m_wizard->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_wizard.get()));
}

void TestNewCaseWizardSandbox::cleanup()
{
    m_drive.reset();
    m_wizard.reset();
}

std::optional<Case> TestNewCaseWizardSandbox::fetch(const QString& id)
{
    std::optional<ApiResult<Case>> answer;
    m_client->getCase(id, this, [&answer](const ApiResult<Case>& result) { answer = result; });
    if (!QTest::qWaitFor([&answer] { return answer.has_value(); }, 10000) || !answer->ok())
        return std::nullopt;
    return answer->value;
}

QJsonObject TestNewCaseWizardSandbox::storedRequest(const QString& id)
{
    QSqlDatabase db = QSqlDatabase::contains(u"inspect"_s) ? QSqlDatabase::database(u"inspect"_s)
                                                           : QSqlDatabase::addDatabase(u"QSQLITE"_s, u"inspect"_s);
    db.setDatabaseName(m_home->filePath(u"sandbox.sqlite"_s));
    db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
    if (!db.isOpen() && !db.open())
        return {};
    QSqlQuery query(db);
    query.prepare(u"SELECT request FROM cases WHERE case_number = ? OR order_number = ?"_s);
    query.addBindValue(id);
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return {};
    return QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object();
}

void TestNewCaseWizardSandbox::createsACaseForEveryKindOfCode_data()
{
    QTest::addColumn<QString>("code");
    QTest::newRow(qPrintable(kPlainCode)) << kPlainCode;
    const QStringList detailCodes = ApiDocument::bundled()->codesWithDetails();
    QCOMPARE(detailCodes.size(), 14);
    for (const QString& code : detailCodes)
        QTest::newRow(qPrintable(code)) << code;
}

void TestNewCaseWizardSandbox::createsACaseForEveryKindOfCode()
{
    QFETCH(QString, code);
    const bool hasDetails = code != kPlainCode;
    const QString description = u"Wizard case for %1: both feeds of the cabinet are down."_s.arg(code);

    QVERIFY(m_drive->chooseCode(code));
    QVERIFY(m_drive->next());
    QVERIFY(m_drive->fillProblem(description, u"AM5:01:001234"_s, u"0104"_s));
    QTest::keyClick(m_drive->find<QCheckBox>(u"occurredDateTime#set"_s), Qt::Key_Space);
    m_drive->find<QDateTimeEdit>(u"occurredDateTime"_s)->setDateTime(QDateTime(QDate(2024, 5, 22), QTime(21, 23)));
    QVERIFY(m_drive->next());
    m_drive->addPerson(u"Ana"_s, u"Okafor"_s, u"ana@example.com"_s);
    QVERIFY(m_drive->next());
    if (hasDetails) {
        QCOMPARE(m_wizard->currentId(), int(NewCaseWizard::DetailsPageId));
        QVERIFY(m_drive->fillDocuments(u"INV-" + code, 1, 0));
        QVERIFY(m_drive->next());
    }
    QCOMPARE(m_wizard->currentId(), int(NewCaseWizard::AttachmentsPageId));
    if (!hasDetails) {
        QFile photo(m_home->filePath(u"cabinet-photo.png"_s));
        QVERIFY(photo.open(QIODevice::WriteOnly));
        QImage(8, 8, QImage::Format_RGB32).save(&photo, "PNG");
        photo.close();
        m_wizard->attachmentsPage()->list()->addFiles({photo.fileName()});
        QTRY_VERIFY_WITH_TIMEOUT(m_wizard->attachmentsPage()->isSettled()
                                     && m_wizard->attachmentsPage()->entries().value(0).isUploaded(),
                                 10000);
    }
    QVERIFY(m_drive->next());
    QCOMPARE(m_wizard->currentId(), int(NewCaseWizard::ReviewPageId));
    const CreateCaseRequest expected = m_wizard->request();

    QSignalSpy created(m_wizard.get(), &NewCaseWizard::caseCreated);
    QTest::mouseClick(m_drive->finishButton(), Qt::LeftButton);
    QVERIFY2(created.wait(10000) || created.size() == 1, qPrintable(m_wizard->reviewPage()->errorText()));
    const auto response = created.at(0).at(0).value<CreateCaseResponse>();
    QCOMPARE(created.at(0).at(1).value<CreateCaseRequest>(), expected);
    QCOMPARE(response.type, hasDetails ? u"CASE"_s : u"TROUBLE"_s);
    QCOMPARE(m_wizard->result(), int(QDialog::Accepted));

    const std::optional<Case> stored = fetch(response.id);
    QVERIFY(stored);
    QCOMPARE(stored->code, code);
    QCOMPARE(stored->customerReferenceId, expected.customerReferenceId);
    QVERIFY(CustomerReference::isGenerated(stored->customerReferenceId.value_or(QString())));
    QCOMPARE(stored->otherDetails->description, description);
    QCOMPARE(stored->firstIbx(), u"AM5"_s); // from the cage ID typed as primary reference
    QCOMPARE(stored->contacts->size(), 1);
    const Contact& contact = stored->contacts->constFirst();
    QCOMPARE(contact.firstName, u"Ana"_s);
    QCOMPARE(contact.lastName, u"Okafor"_s);
    QCOMPARE(contact.type, u"TECHNICAL"_s);
    QCOMPARE(contact.details->constFirst().value, u"ana@example.com"_s);
    QCOMPARE(stored->attachments.value_or(QList<AttachmentRef>()).size(), hasDetails ? 0 : 1);

    const QJsonObject request = storedRequest(response.id);
    QCOMPARE(request.value(u"occurredDateTime"_s).toString(), u"2024-05-22T19:23:00Z"_s);
    QCOMPARE(request.value(u"secondaryId"_s).toString(), u"0104"_s);
    if (hasDetails)
        QCOMPARE(request.value(u"details"_s).toObject(),
                 QJsonDocument::fromJson(u"{\"documents\": {\"transactionIds\": [\"INV-%1\"], \"type\": \"SUMMARY\", "
                                         "\"formats\": [\"PDF\"]}}"_s.arg(code)
                                             .toUtf8())
                     .object());
    else
        QVERIFY(!request.contains(u"details"_s));
    QCOMPARE(m_catalogue->recent().value(0), code);
}

QString TestNewCaseWizardSandbox::writeLooserDocument()
{
    QFile bundled(u":/api/supportv2.json"_s);
    if (!bundled.open(QIODevice::ReadOnly))
        return {};
    QJsonObject root = QJsonDocument::fromJson(bundled.readAll()).object();
    QJsonObject components = root[u"components"_s].toObject();
    QJsonObject schemas = components[u"schemas"_s].toObject();
    QJsonObject create = schemas[u"CaseCreateRequest"_s].toObject();
    QJsonObject properties = create[u"properties"_s].toObject();
    QJsonObject description = properties[u"description"_s].toObject();
    description[u"maxLength"_s] = 5000; // the sandbox keeps to the bundled 4000
    properties[u"description"_s] = description;
    create[u"properties"_s] = properties;
    schemas[u"CaseCreateRequest"_s] = create;
    components[u"schemas"_s] = schemas;
    root[u"components"_s] = components;
    QFile file(m_home->filePath(u"looser-provider.json"_s));
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(QJsonDocument(root).toJson());
    return file.fileName();
}

void TestNewCaseWizardSandbox::landsTheServersRefusalOnItsField()
{
    const QString looser = writeLooserDocument();
    QVERIFY(m_catalogue->importDocument(looser).ok);
    QVERIFY(m_drive->chooseCode(kPlainCode));
    QVERIFY(m_drive->next());
    auto* text = m_drive->find<QPlainTextEdit>(u"description"_s);
    text->setPlainText(QString(4500, u'x'));
    QVERIFY(m_drive->fillProblem(u" Long log pasted."_s, u"AM5:01:001234"_s));
    const QString typed = text->toPlainText();
    QVERIFY(m_drive->next());
    QVERIFY(m_drive->next());
    QVERIFY(m_drive->next());
    QCOMPARE(m_wizard->currentId(), int(NewCaseWizard::ReviewPageId));

    QSignalSpy created(m_wizard.get(), &NewCaseWizard::caseCreated);
    QTest::mouseClick(m_drive->finishButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_wizard->currentId() == NewCaseWizard::ProblemPageId, 10000);
    QTRY_VERIFY(text->hasFocus());
    QVERIFY2(m_drive->errorAt(u"description"_s).contains(u"4000"_s), qPrintable(m_drive->errorAt(u"description"_s)));
    QCOMPARE(text->toPlainText(), typed);
    QCOMPARE(created.size(), 0);
    QVERIFY(m_wizard->isVisible());
    QVERIFY(!m_drive->nextButton()->isEnabled());

    m_catalogue->resetToBundled();
}

QTEST_MAIN(TestNewCaseWizardSandbox)
#include "tst_newcasewizard_sandbox.moc"
