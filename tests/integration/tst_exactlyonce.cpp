// The fault matrix: every write CaseDesk makes (create, note, cancel, upload, delete of an attachment), through
// the app's own classes, against the real sandbox made to lie in every way a network does. For each row the
// user hears what happened in words, nothing they wrote or attached is lost, and the server holds the write
// exactly once. The README's fault-matrix table lists these rows.
#include "models/api/ApiClient.h"
#include "models/attachments/AttachmentService.h"
#include "models/attachments/AttachmentStash.h"
#include "models/offline/OfflineServices.h"
#include "models/offline/Outbox.h"
#include "models/offline/OutboxSender.h"
#include "models/store/ApiCaseSource.h"
#include "models/store/CaseRepository.h"
#include "tests/support/SandboxClient.h"
#include "tests/support/SandboxEndpoint.h"
#include "tests/support/SandboxProcess.h"
#include "tests/support/TestHome.h"

#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace CaseDesk;

using namespace Qt::StringLiterals;

namespace
{
constexpr int kTransferTimeoutMs = 1500;
constexpr int kArrivalWindowMs = 4000;

QString unique(const QString& prefix)
{
    return prefix + QUuid::createUuid().toString(QUuid::Id128).left(8).toUpper();
}

CaseDraft draftFor(const QString& description, const QString& reference)
{
    CaseDraft draft;
    draft.request.code = u"0101-0000"_s;
    draft.request.description = description;
    draft.request.primaryId = u"AM5:01:001234"_s;
    draft.request.customerReferenceId = reference;
    return draft;
}

// The path a write of each kind goes to, for --fault-on.
QString faultTarget(const QString& write)
{
    if (write == u"create"_s)
        return u"POST /support/v2/tickets"_s;
    if (write == u"note"_s)
        return u"POST /support/v1/tickets/"_s;
    if (write == u"cancel"_s)
        return u"POST /support/v2/tickets/"_s; // "/{id}/cancel": creates are not targeted (no trailing part)
    if (write == u"upload"_s)
        return u"POST /v1/attachments/file"_s;
    return u"DELETE /v1/attachments/"_s;
}
} // namespace

class TestExactlyOnce : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void everyWriteReachesTheServerExactlyOnce_data();
    void everyWriteReachesTheServerExactlyOnce();
    void aNoteThatShowsLateIsWaitedForNotResent();
    void aCaseTheSearchFindsLateIsWaitedForNotResent();
    void twoCasesWithOneReferenceOnPurposeBothGoOut();
    void twoNotesWithOneTextOnPurposeBothGoOut();
    void theServersClockDecidesNotThisComputers();

private:
    bool startSandbox(const QStringList& arguments);
    void openApp();
    QString createDirectly(const QString& reference = {});
    int casesWithReference(const QString& reference);
    QList<QJsonObject> notesWithText(const QString& caseNumber, const QString& text);
    QString statusOf(const QString& caseNumber);
    int requestsMatching(const QString& pattern) const;
    std::optional<OutboxItem> item(const QString& id) const;
    bool delivered(const QString& id) const;
    OutboxOutcome submitAndWait(const std::function<void(OutboxSender::Callback)>& submit);

    std::unique_ptr<TestHome> m_home;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SandboxProcess> m_sandbox;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<ApiCaseSource> m_source;
    std::unique_ptr<CaseRepository> m_repository;
    std::unique_ptr<OfflineServices> m_offline;
    std::unique_ptr<AttachmentService> m_attachments;
};

void TestExactlyOnce::initTestCase()
{
    if (SandboxProcess::isExternal())
        QSKIP("needs the sandbox's fault options");
    m_home = std::make_unique<TestHome>();
    QVERIFY(m_home->isValid());
}

void TestExactlyOnce::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestExactlyOnce::cleanup()
{
    m_attachments.reset();
    m_offline.reset();
    m_repository.reset();
    m_source.reset();
    m_client.reset();
    m_sandbox.reset();
    m_dir.reset();
}

bool TestExactlyOnce::startSandbox(const QStringList& arguments)
{
    m_sandbox = std::make_unique<SandboxProcess>(arguments);
    if (!m_sandbox->start()) {
        qWarning().noquote() << m_sandbox->errorString();
        return false;
    }
    return true;
}

void TestExactlyOnce::openApp()
{
    m_client = std::make_unique<ApiClient>();
    ApiEndpoint endpoint = sandboxEndpoint(m_sandbox->baseUrl(), kTransferTimeoutMs);
    endpoint.maxReadRetries = 1;
    m_client->setEndpoint(endpoint);
    m_source = std::make_unique<ApiCaseSource>(m_client.get());
    m_repository = std::make_unique<CaseRepository>(m_source.get());
    m_offline = std::make_unique<OfflineServices>(m_client.get(), m_repository.get());
    m_offline->setTiming({100, 400, 100, 400, kArrivalWindowMs, 200});
    m_offline->setServerUrl(endpoint.baseUrl);
    m_attachments = std::make_unique<AttachmentService>(m_client.get(), AttachmentStash(m_dir->filePath(u"stash"_s)),
                                                        m_dir->filePath(u"cache"_s));
    const QString store = m_dir->filePath(u"app/casedesk.sqlite"_s);
    QSignalSpy opened(m_repository.get(), &CaseRepository::opened);
    m_repository->open(store);
    QVERIFY(opened.wait(10000));
    QSignalSpy loaded(m_offline.get(), &OfflineServices::loaded);
    m_offline->open(store);
    QVERIFY(loaded.wait(10000));
}

QString TestExactlyOnce::createDirectly(const QString& reference)
{
    SandboxClient direct(m_sandbox->baseUrl());
    if (!direct.signIn())
        return {};
    return direct.createCase(SandboxClient::caseRequest(u"0101-0000"_s, reference));
}

int TestExactlyOnce::casesWithReference(const QString& reference)
{
    SandboxClient direct(m_sandbox->baseUrl());
    if (!direct.signIn())
        return -1;
    const HttpReply reply = direct.postJson(u"/v1/retrieve-orders"_s,
                                            QJsonObject{{u"q"_s, reference},
                                                        {u"source"_s, QJsonArray{u"CUSTOMER_REFERENCE_NUMBER"_s}},
                                                        {u"page"_s, QJsonObject{{u"number"_s, 0}, {u"size"_s, 200}}}});
    if (reply.status != 200)
        return -1;
    int count = 0;
    for (const QJsonValue& hit : reply.object().value(u"content"_s).toArray()) {
        for (const QJsonValue& value : hit[u"customerReferenceNumbers"_s].toArray())
            count += value.toString() == reference ? 1 : 0;
    }
    return count;
}

QList<QJsonObject> TestExactlyOnce::notesWithText(const QString& caseNumber, const QString& text)
{
    SandboxClient direct(m_sandbox->baseUrl());
    QList<QJsonObject> notes;
    if (!direct.signIn())
        return notes;
    const HttpReply reply = direct.get(u"/support/v2/tickets/"_s + caseNumber);
    for (const QJsonValue& note : reply.object().value(u"notes"_s).toArray()) {
        if (note[u"text"_s].toString() == text)
            notes << note.toObject();
    }
    return notes;
}

QString TestExactlyOnce::statusOf(const QString& caseNumber)
{
    SandboxClient direct(m_sandbox->baseUrl());
    if (!direct.signIn())
        return {};
    return direct.get(u"/support/v2/tickets/"_s + caseNumber).object().value(u"status"_s).toString();
}

int TestExactlyOnce::requestsMatching(const QString& pattern) const
{
    const QRegularExpression line(pattern);
    return int(QString::fromUtf8(m_sandbox->standardError()).split(u'\n').filter(line).size());
}

std::optional<OutboxItem> TestExactlyOnce::item(const QString& id) const
{
    return m_offline->outbox()->find(id);
}

bool TestExactlyOnce::delivered(const QString& id) const
{
    const std::optional<OutboxItem> found = item(id);
    return found && found->state == OutboxItem::State::Delivered;
}

OutboxOutcome TestExactlyOnce::submitAndWait(const std::function<void(OutboxSender::Callback)>& submit)
{
    std::optional<OutboxOutcome> outcome;
    submit([&](const OutboxOutcome& o) { outcome = o; });
    if (!QTest::qWaitFor([&] { return outcome.has_value(); }, 20000))
        return OutboxOutcome{OutboxOutcome::Kind::Failed, {}, {}, {}, u"no outcome"_s, {}, {}};
    return *outcome;
}

void TestExactlyOnce::everyWriteReachesTheServerExactlyOnce_data()
{
    QTest::addColumn<QString>("write");
    QTest::addColumn<QStringList>("fault");
    QTest::addColumn<bool>("carriedOut"); // whether the faulted request itself was carried out

    const QList<std::tuple<const char*, QStringList, bool>> faults{
        {"gateway 502/504 after acting", {u"--fault-after-error-rate"_s, u"1"_s}, true},
        {"200 that is not JSON", {u"--fault-malformed-rate"_s, u"1"_s}, true},
        {"dropped after acting", {u"--fault-drop-rate"_s, u"1"_s}, true},
        {"answer cut short", {u"--fault-truncate-rate"_s, u"1"_s}, true},
        {"answer later than the timeout", {u"--fault-latency-ms"_s, QString::number(kTransferTimeoutMs + 1500)}, true},
        {"token expired (401)", {u"--fault-expire-rate"_s, u"1"_s}, false},
        {"500 without acting", {u"--fault-error-rate"_s, u"1"_s}, false},
    };
    for (const QString& write : {u"create"_s, u"note"_s, u"cancel"_s, u"upload"_s, u"delete"_s}) {
        for (const auto& [name, arguments, carriedOut] : faults) {
            QTest::addRow("%s, %s", qPrintable(write), name)
                << write << (arguments + QStringList{u"--fault-on"_s, faultTarget(write), u"--fault-count"_s, u"1"_s})
                << carriedOut;
        }
    }
}

void TestExactlyOnce::everyWriteReachesTheServerExactlyOnce()
{
    QFETCH(QString, write);
    QFETCH(QStringList, fault);
    QFETCH(bool, carriedOut);
    QVERIFY(startSandbox(fault));
    // What a write needs that is not under test: made directly, not through the faulted path.
    QString caseNumber;
    if (write != u"create"_s) {
        caseNumber = createDirectly();
        QVERIFY(!caseNumber.isEmpty());
    }
    openApp();
    if (!caseNumber.isEmpty()) {
        bool fetched = false;
        m_repository->fetch(caseNumber, this, [&](const CaseRepository::FetchOutcome&) { fetched = true; });
        QTRY_VERIFY(fetched);
    }

    if (write == u"delete"_s) {
        SandboxClient direct(m_sandbox->baseUrl());
        QVERIFY(direct.signIn());
        const HttpReply uploaded = direct.upload(u"removed.txt"_s, "taken back before sending");
        QCOMPARE(uploaded.status, 201);
        const QString id = uploaded.object().value(u"attachmentId"_s).toString();
        std::optional<bool> gone;
        m_attachments->discard(id, this, [&](bool result) { gone = result; });
        QTRY_VERIFY_WITH_TIMEOUT(gone.has_value(), 20000);
        QVERIFY(*gone);
        QCOMPARE(direct.get(u"/v1/attachments/"_s + id).status, 404);
        // Asked before deleting again: one DELETE when the first was carried out, two when it was not.
        // (The sandbox logs a request when it answers: a late answer shows up after the client gave up on it.)
        QTRY_COMPARE_WITH_TIMEOUT(requestsMatching(u"^DELETE /v1/attachments/"_s), carriedOut ? 1 : 2, 10000);
        return;
    }

    const QString text = unique(u"Exactly once: "_s);
    OutboxOutcome outcome;
    if (write == u"create"_s) {
        const QString reference = unique(u"EO-"_s);
        outcome = submitAndWait([&](OutboxSender::Callback done) {
            m_offline->sender()->submitCreate(draftFor(text, reference), {}, this, done);
        });
        QVERIFY2(!outcome.itemId.isEmpty(), qPrintable(outcome.message));
        QTRY_VERIFY_WITH_TIMEOUT(delivered(outcome.itemId), 30000);
        QCOMPARE(casesWithReference(reference), 1);
        // Nothing the user typed is lost: the case holds the description as written.
        SandboxClient direct(m_sandbox->baseUrl());
        QVERIFY(direct.signIn());
        const QString id = item(outcome.itemId)->resultId.value_or(QString());
        const QJsonObject answer = direct.get(u"/support/v2/tickets/"_s + id).object();
        QCOMPARE(answer[u"otherDetails"_s][u"description"_s].toString(), text);
    } else if (write == u"note"_s || write == u"upload"_s) {
        QList<DraftAttachment> files;
        QByteArray bytes;
        if (write == u"upload"_s) {
            bytes = "evidence " + text.toUtf8();
            QFile file(m_dir->filePath(u"evidence.txt"_s));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(bytes);
            file.close();
            files << DraftAttachment{file.fileName(), u"evidence.txt"_s, std::nullopt, {}};
        }
        outcome = submitAndWait([&](OutboxSender::Callback done) {
            m_offline->sender()->submitNote(caseNumber, NoteRequest{text, {}, {}}, files, {}, this, done);
        });
        QVERIFY2(!outcome.itemId.isEmpty(), qPrintable(outcome.message));
        QTRY_VERIFY_WITH_TIMEOUT(delivered(outcome.itemId), 30000);
        const QList<QJsonObject> notes = notesWithText(caseNumber, text);
        QCOMPARE(notes.size(), 1);
        if (write == u"upload"_s) {
            // The note carries the file once, with its bytes. (An upload whose answer was lost cannot be
            // looked up: the Attachments API has no list. It is uploaded again; the lost copy belongs to no
            // case or note and expires.)
            const QJsonArray attachments = notes.at(0).value(u"attachments"_s).toArray();
            QCOMPARE(attachments.size(), 1);
            SandboxClient direct(m_sandbox->baseUrl());
            QVERIFY(direct.signIn());
            const HttpReply download = direct.get(u"/support/v2/tickets/attachment/download/%1/%2"_s.arg(
                caseNumber, attachments.at(0)[u"id"_s].toString()));
            QCOMPARE(download.status, 200);
            QCOMPARE(download.body, bytes);
        }
    } else {
        const QString reason = text;
        outcome = submitAndWait([&](OutboxSender::Callback done) {
            m_offline->sender()->submitCancel(caseNumber, CancelRequest{reason}, this, done);
        });
        QVERIFY2(!outcome.itemId.isEmpty(), qPrintable(outcome.message));
        QTRY_VERIFY_WITH_TIMEOUT(delivered(outcome.itemId), 30000);
        QCOMPARE(statusOf(caseNumber), u"CANCELLED"_s);
        QCOMPARE(notesWithText(caseNumber, reason).size(), 1); // the reason is kept once
    }
    // The user heard what happened, in words: delivered at once, or told why it waits.
    QVERIFY2(outcome.kind == OutboxOutcome::Kind::Delivered
                 || (outcome.kind == OutboxOutcome::Kind::Queued && outcome.message.size() > 20),
             qPrintable(u"%1: %2"_s.arg(int(outcome.kind)).arg(outcome.message)));
    if (carriedOut && write != u"upload"_s)
        QCOMPARE(item(outcome.itemId)->attemptCount(), 1); // looked up, never sent a second time
}

void TestExactlyOnce::aNoteThatShowsLateIsWaitedForNotResent()
{
    // The gateway loses the answer, and the note appears in notes[] only 2 s later: the check keeps looking.
    QVERIFY(startSandbox({u"--note-delay"_s, u"2"_s, u"--fault-after-error-rate"_s, u"1"_s, u"--fault-on"_s,
                          faultTarget(u"note"_s), u"--fault-count"_s, u"1"_s}));
    const QString caseNumber = createDirectly();
    openApp();
    const QString text = unique(u"Late note "_s);
    QSignalSpy checking(m_offline->sender(), &OutboxSender::checking);
    const OutboxOutcome outcome = submitAndWait([&](OutboxSender::Callback done) {
        m_offline->sender()->submitNote(caseNumber, NoteRequest{text, {}, {}}, {}, {}, this, done);
    });
    QTRY_VERIFY_WITH_TIMEOUT(delivered(outcome.itemId), 30000);
    QVERIFY(checking.size() >= 1); // it was shown as "checking with the server" meanwhile
    QCOMPARE(item(outcome.itemId)->attemptCount(), 1);
    QCOMPARE(requestsMatching(u"^POST /support/v1/tickets/\\d+/notes"_s), 1);
    QCOMPARE(notesWithText(caseNumber, text).size(), 1);
}

void TestExactlyOnce::aCaseTheSearchFindsLateIsWaitedForNotResent()
{
    QVERIFY(startSandbox({u"--search-lag"_s, u"2"_s, u"--fault-after-error-rate"_s, u"1"_s, u"--fault-on"_s,
                          faultTarget(u"create"_s), u"--fault-count"_s, u"1"_s}));
    openApp();
    const QString reference = unique(u"LAG-"_s);
    const OutboxOutcome outcome = submitAndWait([&](OutboxSender::Callback done) {
        m_offline->sender()->submitCreate(draftFor(u"Indexed late."_s, reference), {}, this, done);
    });
    QTRY_VERIFY_WITH_TIMEOUT(delivered(outcome.itemId), 30000);
    QCOMPARE(item(outcome.itemId)->attemptCount(), 1);
    QCOMPARE(requestsMatching(u"^POST /support/v2/tickets \\d+"_s), 1);
    QTRY_COMPARE_WITH_TIMEOUT(casesWithReference(reference), 1, 10000);
}

void TestExactlyOnce::twoCasesWithOneReferenceOnPurposeBothGoOut()
{
    // The second create's answer is lost while the first is not yet searchable: the first must not be taken
    // for the second (it is claimed), so the second's own check goes on and both exist.
    QVERIFY(startSandbox({u"--search-lag"_s, u"1"_s, u"--fault-after-error-rate"_s, u"1"_s, u"--fault-on"_s,
                          faultTarget(u"create"_s), u"--fault-skip"_s, u"1"_s, u"--fault-count"_s, u"1"_s}));
    openApp();
    const QString reference = unique(u"TWICE-"_s);
    const OutboxOutcome first = submitAndWait([&](OutboxSender::Callback done) {
        m_offline->sender()->submitCreate(draftFor(u"First, on purpose."_s, reference), {}, this, done);
    });
    QTRY_VERIFY_WITH_TIMEOUT(delivered(first.itemId), 20000);
    const OutboxOutcome second = submitAndWait([&](OutboxSender::Callback done) {
        m_offline->sender()->submitCreate(draftFor(u"Second, on purpose."_s, reference), {}, this, done);
    });
    QTRY_VERIFY_WITH_TIMEOUT(delivered(second.itemId), 30000);
    QVERIFY(item(first.itemId)->resultId != item(second.itemId)->resultId);
    QCOMPARE(requestsMatching(u"^POST /support/v2/tickets \\d+"_s), 2);
    QTRY_COMPARE_WITH_TIMEOUT(casesWithReference(reference), 2, 10000);
}

void TestExactlyOnce::twoNotesWithOneTextOnPurposeBothGoOut()
{
    QVERIFY(startSandbox({u"--note-delay"_s, u"1"_s, u"--fault-after-error-rate"_s, u"1"_s, u"--fault-on"_s,
                          faultTarget(u"note"_s), u"--fault-skip"_s, u"1"_s, u"--fault-count"_s, u"1"_s}));
    const QString caseNumber = createDirectly();
    openApp();
    const QString text = unique(u"Please confirm the maintenance window "_s);
    const OutboxOutcome first = submitAndWait([&](OutboxSender::Callback done) {
        m_offline->sender()->submitNote(caseNumber, NoteRequest{text, {}, {}}, {}, {}, this, done);
    });
    QTRY_VERIFY_WITH_TIMEOUT(delivered(first.itemId), 20000);
    const OutboxOutcome second = submitAndWait([&](OutboxSender::Callback done) {
        m_offline->sender()->submitNote(caseNumber, NoteRequest{text, {}, {}}, {}, {}, this, done);
    });
    QTRY_VERIFY_WITH_TIMEOUT(delivered(second.itemId), 30000);
    QCOMPARE(requestsMatching(u"^POST /support/v1/tickets/\\d+/notes"_s), 2);
    QTRY_COMPARE_WITH_TIMEOUT(notesWithText(caseNumber, text).size(), 2, 10000);
    QVERIFY(item(first.itemId)->resultId != item(second.itemId)->resultId);
}

void TestExactlyOnce::theServersClockDecidesNotThisComputers()
{
    // The server's clock is an hour behind this computer's. Compared with this computer's clock, the lost
    // create would look an hour too old to be ours, and be sent again.
    QVERIFY(startSandbox({u"--clock-offset"_s, u"-3600"_s, u"--fault-after-error-rate"_s, u"1"_s, u"--fault-on"_s,
                          faultTarget(u"create"_s), u"--fault-count"_s, u"1"_s}));
    openApp();
    const QString reference = unique(u"CLOCK-"_s);
    const OutboxOutcome outcome = submitAndWait([&](OutboxSender::Callback done) {
        m_offline->sender()->submitCreate(draftFor(u"Behind the server's clock."_s, reference), {}, this, done);
    });
    QTRY_VERIFY_WITH_TIMEOUT(delivered(outcome.itemId), 30000);
    QCOMPARE(item(outcome.itemId)->attemptCount(), 1);
    QCOMPARE(casesWithReference(reference), 1);
}

QTEST_GUILESS_MAIN(TestExactlyOnce)
#include "tst_exactlyonce.moc"
