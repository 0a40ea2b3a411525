#include "app/AppController.h"
#include "app/EnvironmentController.h"
#include "models/api/ApiClient.h"
#include "models/environment/EnvironmentRegistry.h"
#include "models/offline/DraftStore.h"
#include "models/offline/OfflineServices.h"
#include "models/offline/Outbox.h"
#include "models/secrets/SecretStore.h"
#include "models/store/CaseRepository.h"
#include "tests/support/SandboxProcess.h"
#include "tests/support/TestHome.h"
#include "ui/environment/EnvironmentMenu.h"
#include "ui/mainwindow/MainWindow.h"

#include <QLabel>
#include <QTest>

using namespace CaseDesk;

using namespace Qt::StringLiterals;

/*
 * Nothing made in one environment shows in another: a case created in the local sandbox, a draft and an outbox
 * item are absent from a custom server's environment (another sandbox), in the app and in its store file, and
 * back in the local sandbox they are all there again. Run with a private keyring (with-keyring.sh), where the
 * custom server's secret is kept.
 */
class TestEnvironmentIsolation : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void aCaseADraftAndAnOutboxItemStayInTheirEnvironment();

private:
    QStringList storedCaseNumbers(AppController& app);
    void waitConnected(AppController& app, const QString& key);

    std::unique_ptr<TestHome> m_home;
};

void TestEnvironmentIsolation::initTestCase()
{
    QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"), "run through tests/support/with-keyring.sh");
    m_home = std::make_unique<TestHome>();
    QVERIFY(m_home->isValid());
}

QStringList TestEnvironmentIsolation::storedCaseNumbers(AppController& app)
{
    std::optional<QStringList> numbers;
    app.repository()->loadSummaries(this, [&numbers](const QList<CaseSummary>& summaries) {
        QStringList list;
        for (const CaseSummary& summary : summaries)
            list << summary.caseNumber << summary.orderNumber;
        numbers = list;
    });
    if (!QTest::qWaitFor([&numbers] { return numbers.has_value(); }, 10000))
        return {u"<no answer>"_s};
    return *numbers;
}

void TestEnvironmentIsolation::waitConnected(AppController& app, const QString& key)
{
    QCOMPARE(app.session()->config().key, key);
    auto* connection = app.window()->findChild<QLabel*>(u"connectionLabel"_s);
    QTRY_COMPARE_WITH_TIMEOUT(connection->text(), u"Connected as casedesk-local"_s, 20000);
}

// The session's drafts and outbox, once they are read.
static OfflineServices* loadedOffline(AppController& app)
{
    OfflineServices* offline = app.session()->offline();
    return QTest::qWaitFor([offline] { return offline->isLoaded(); }, 10000) ? offline : nullptr;
}

void TestEnvironmentIsolation::aCaseADraftAndAnOutboxItemStayInTheirEnvironment()
{
    SandboxProcess other;
    QVERIFY2(other.start(), qPrintable(other.errorString()));
    AppOptions options;
    options.sandboxProgram = SandboxProcess::sandboxBinary();
    AppController app(options);
    app.start();
    waitConnected(app, u"local"_s);

    // In the local sandbox: a case, a note draft on it, a cancel waiting in the outbox.
    CreateCaseRequest request;
    request.code = u"0002-0000"_s;
    request.description = u"Isolation check: power outage in cage AM5:01:000123."_s;
    request.primaryId = u"AM5:01:000123"_s;
    std::optional<ApiResult<CreateCaseResponse>> created;
    app.session()->client()->createCase(request, this,
                                        [&created](const ApiResult<CreateCaseResponse>& result) { created = result; });
    QTRY_VERIFY_WITH_TIMEOUT(created, 15000);
    QVERIFY2(created->ok(), qPrintable(created->error.userMessage()));
    const QString caseId = created->value->id;
    app.repository()->recordCreated(*created->value);
    QTRY_VERIFY_WITH_TIMEOUT(storedCaseNumbers(app).contains(caseId), 15000);
    QString draftId;
    QString outboxId;
    {
        OfflineServices* local = loadedOffline(app);
        QVERIFY(local);
        NoteDraft note;
        note.caseNumber = caseId;
        note.text = u"Isolation check: a note not sent yet."_s;
        Draft draft = Draft::forNote(note);
        draftId = draft.id;
        bool saved = false;
        local->drafts()->save(draft, this, [&saved](auto, const QString&) { saved = true; });
        QTRY_VERIFY(saved);
        bool queued = false;
        local->outbox()->enqueue(Outbox::forCancel(caseId, CancelRequest{u"Isolation check"_s}), this,
                                 [&](const std::optional<OutboxItem>& item, const QString&) {
                                     queued = true;
                                     if (item)
                                         outboxId = item->id;
                                 });
        QTRY_VERIFY(queued);
        QVERIFY(!outboxId.isEmpty());
        QVERIFY(local->drafts()->find(draftId));
    }

    // The custom server: signed in from the keychain, and none of it there.
    EnvironmentController* environments = app.environments();
    const auto added = environments->registry()->addCustom(u"Other sandbox"_s, other.baseUrl().toString());
    QVERIFY(added.environment);
    const QString otherKey = added.environment->key;
    environments->registry()->setClientId(otherKey, SandboxProcess::builtInClientId());
    bool stored = false;
    environments->secrets()->write(otherKey, SandboxProcess::builtInClientId(), SandboxProcess::builtInClientSecret(),
                                   this, [&stored](bool inKeychain) { stored = inKeychain; });
    QTRY_VERIFY(stored);
    environments->menu()->actionFor(otherKey)->trigger();
    waitConnected(app, otherKey);
    QVERIFY(!storedCaseNumbers(app).contains(caseId));
    {
        OfflineServices* custom = loadedOffline(app);
        QVERIFY(custom);
        QCOMPARE(custom->drafts()->count(), 0);
        QCOMPARE(custom->outbox()->entries().size(), 0);
    }
    QFile otherFile(CaseRepository::defaultPath(otherKey));
    QVERIFY(otherFile.open(QIODevice::ReadOnly));
    QVERIFY(!otherFile.readAll().contains(caseId.toUtf8()));
    QVERIFY(CaseRepository::defaultPath(otherKey) != CaseRepository::defaultPath(u"local"_s));

    // Back in the local sandbox, all of it is there.
    environments->menu()->actionFor(u"local"_s)->trigger();
    waitConnected(app, u"local"_s);
    QVERIFY(storedCaseNumbers(app).contains(caseId));
    OfflineServices* local = loadedOffline(app);
    QVERIFY(local);
    QVERIFY(local->drafts()->find(draftId));
    QVERIFY(local->outbox()->find(outboxId));
}

QTEST_MAIN(TestEnvironmentIsolation)
#include "tst_environmentisolation.moc"
