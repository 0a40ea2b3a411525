#include "app/AppController.h"
#include "models/catalogue/CodeCatalogue.h"
#include "models/environment/LocalSandbox.h"
#include "tests/support/SandboxClient.h"
#include "tests/support/SandboxProcess.h"
#include "tests/support/TestHome.h"
#include "ui/catalogue/CatalogueActions.h"
#include "ui/mainwindow/MainWindow.h"

#include <QLabel>
#include <QMenu>
#include <QSignalSpy>
#include <QTest>

using namespace CaseDesk;

using namespace Qt::StringLiterals;

// The whole app, offscreen: it starts its own local sandbox and connects, or says why it cannot.
class TestAppSmoke : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void mainWindowOpensConnectedToItsLocalSandbox();
    void missingSandboxProgramIsExplained();
    void baseUrlConnectsToAnotherServer();
    void localSandboxKeepsItsDataAcrossRestarts();
    void fileMenuLoadsAProviderDocument();

private:
    std::unique_ptr<TestHome> m_home;
};

void TestAppSmoke::initTestCase()
{
    m_home = std::make_unique<TestHome>();
    QVERIFY(m_home->isValid());
    QVERIFY(!SandboxProcess::sandboxBinary().isEmpty());
}

void TestAppSmoke::mainWindowOpensConnectedToItsLocalSandbox()
{
    AppOptions options;
    options.sandboxProgram = SandboxProcess::sandboxBinary();
    AppController app(options);
    app.start();
    auto* connection = app.window()->findChild<QLabel*>(u"connectionLabel"_s);
    auto* environment = app.window()->findChild<QLabel*>(u"environmentLabel"_s);
    QVERIFY(app.window()->isVisible());
    QCOMPARE(environment->text(), u"Local sandbox"_s);
    QTRY_COMPARE_WITH_TIMEOUT(connection->text(), u"Connected as casedesk-local"_s, 20000);
    QVERIFY(app.window()->problemText().isEmpty());
}

void TestAppSmoke::missingSandboxProgramIsExplained()
{
    AppOptions options;
    options.sandboxProgram = m_home->filePath(u"no-such-sandbox"_s);
    AppController app(options);
    app.start();
    QTRY_VERIFY(!app.window()->problemText().isEmpty());
    QVERIFY2(app.window()->problemText().contains(u"no-such-sandbox"), qPrintable(app.window()->problemText()));
    QCOMPARE(app.window()->findChild<QLabel*>(u"connectionLabel"_s)->text(), u"Local sandbox unavailable"_s);
}

void TestAppSmoke::baseUrlConnectsToAnotherServer()
{
    SandboxProcess server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    AppOptions options;
    options.baseUrl = server.baseUrl();
    options.sandboxProgram = m_home->filePath(u"must-not-be-started"_s);
    AppController app(options);
    app.start();
    auto* connection = app.window()->findChild<QLabel*>(u"connectionLabel"_s);
    QTRY_COMPARE_WITH_TIMEOUT(connection->text(), u"Connected as casedesk-local"_s, 20000);
    QVERIFY(
        app.window()->findChild<QLabel*>(u"environmentLabel"_s)->text().contains(server.baseUrl().toDisplayString()));
}

void TestAppSmoke::localSandboxKeepsItsDataAcrossRestarts()
{
    // A case made in one run of the local sandbox is there in the next run, over the same data folder.
    const QString folder = m_home->filePath(u"sandbox-data"_s);
    QString caseNumber;
    {
        LocalSandbox first(folder);
        first.setProgram(SandboxProcess::sandboxBinary());
        QSignalSpy ready(&first, &LocalSandbox::ready);
        first.start();
        QVERIFY(ready.wait(20000));
        SandboxClient direct(first.baseUrl());
        QVERIFY(direct.signIn(LocalSandbox::clientId(), first.clientSecret()));
        caseNumber = direct.createCase(SandboxClient::caseRequest(u"0101-0000"_s, u"KEPT-1"_s));
        QVERIFY(!caseNumber.isEmpty());
        first.stop();
        QCOMPARE(first.state(), LocalSandbox::State::Stopped);
    }
    LocalSandbox second(folder);
    second.setProgram(SandboxProcess::sandboxBinary());
    QSignalSpy ready(&second, &LocalSandbox::ready);
    second.start();
    QVERIFY(ready.wait(20000));
    SandboxClient direct(second.baseUrl());
    QVERIFY(direct.signIn(LocalSandbox::clientId(), second.clientSecret()));
    const HttpReply reply = direct.get(u"/support/v2/tickets/"_s + caseNumber);
    QCOMPARE(reply.status, 200);
    QVERIFY2(QString::fromUtf8(reply.body).contains(u"KEPT-1"_s), reply.body.constData());
    second.stop();
}

void TestAppSmoke::fileMenuLoadsAProviderDocument()
{
    AppOptions options;
    options.sandboxProgram = SandboxProcess::sandboxBinary();
    AppController app(options);
    app.start();
    QAction* load = nullptr;
    QAction* reset = nullptr;
    for (QAction* action : app.window()->fileMenu()->actions()) {
        if (action->objectName() == u"loadApiDocument"_s)
            load = action;
        if (action->objectName() == u"resetApiDocument"_s)
            reset = action;
    }
    QVERIFY(load && reset);
    QVERIFY(!reset->isEnabled()); // the bundled document is in use
    const QString document = QStringLiteral(CASEDESK_TEST_DATA_DIR) + u"/catalogue/provider-changed.yaml"_s;
    app.catalogueActions()->setFilePicker(
        [document](QWidget*, std::function<void(const QString&)> done) { done(document); });
    QVERIFY(!app.catalogue()->contains(u"0015-0100"_s));
    load->trigger();
    // a code only the provider's document has, read in the background
    QTRY_VERIFY_WITH_TIMEOUT(app.catalogue()->contains(u"0015-0100"_s), 30000);
    QVERIFY(reset->isEnabled());
    app.catalogueActions()->resetToBundled();
    QVERIFY(!app.catalogue()->contains(u"0015-0100"_s));
}

QTEST_MAIN(TestAppSmoke)
#include "tst_appsmoke.moc"
