#include "models/api/ApiClient.h"
#include "models/api/Transfer.h"
#include "models/attachments/AttachmentListModel.h"
#include "models/attachments/AttachmentService.h"
#include "models/attachments/AttachmentUploader.h"
#include "tests/support/ApiOutcome.h"
#include "tests/support/SandboxEndpoint.h"
#include "tests/support/SandboxProcess.h"
#include "tests/support/TestHome.h"

#include <QAbstractItemModelTester>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

#include <algorithm>
#include <memory>
#include <optional>

using namespace CaseDesk;

using namespace Qt::StringLiterals;
using State = AttachmentListModel::State;

namespace
{
// Bytes that differ per file and do not compress, so no two uploads are alike.
QString writeEvidence(const QString& path, qint64 size, int seed)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    QByteArray block(64 * 1024, Qt::Uninitialized);
    quint32 state = 2166136261u ^ quint32(seed);
    for (qint64 written = 0; written < size; written += block.size()) {
        for (char& c : block) {
            state = state * 16777619u + 1013904223u;
            c = char(state >> 24);
        }
        file.write(block.constData(), qMin<qint64>(block.size(), size - written));
    }
    return path;
}

CreateCaseRequest caseWith(const QList<AttachmentRef>& attachments)
{
    CreateCaseRequest request;
    request.code = u"0002-0000"_s;
    request.description = u"Power outage in cage AM5:01:000123; photos and logs attached."_s;
    request.primaryId = u"AM5:01:000123"_s;
    request.customerReferenceId = u"ATT-"_s + QUuid::createUuid().toString(QUuid::Id128).left(10);
    request.attachments = attachments;
    return request;
}
} // namespace

/*
 * The uploader against the real sandbox: progress and cancel, a connection dropped mid-upload and then
 * retry, a case created with each attachment exactly once, and downloads equal to the uploads byte for byte.
 */
class TestAttachmentUpload : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void uploadReportsProgressAndHandsBackTheApiIdAndName();
    void cancelStopsAnUploadAndRetrySendsItAgain();
    void droppedConnectionThenRetryCreatesTheCaseWithEachAttachmentOnce();
    void serverRefusalIsShownWithTheFileName();
    void closingTheListCancelsItsUploads();

private:
    std::unique_ptr<TestHome> m_home;
};

void TestAttachmentUpload::initTestCase()
{
    m_home = std::make_unique<TestHome>();
    QVERIFY(m_home->isValid());
}

void TestAttachmentUpload::uploadReportsProgressAndHandsBackTheApiIdAndName()
{
    SandboxProcess sandbox;
    QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
    ApiClient client;
    client.setEndpoint(sandboxEndpoint(sandbox.baseUrl(), 10000));
    AttachmentService service(&client, AttachmentStash(m_home->filePath(u"stash-progress"_s)),
                              m_home->filePath(u"cache-progress"_s));
    AttachmentUploader uploader;
    uploader.setService(&service);

    const QString path = writeEvidence(m_home->filePath(u"switch-dump.txt"_s), 8 * 1024 * 1024, 1);
    QList<int> progress;
    connect(uploader.model(), &QAbstractItemModel::dataChanged, this, [&](const QModelIndex& index) {
        const int value = index.data(AttachmentListModel::ProgressRole).toInt();
        if (index.data(AttachmentListModel::StateRole).toInt() == int(State::Uploading)
            && (progress.isEmpty() || progress.last() != value))
            progress << value;
    });
    QSignalSpy settled(&uploader, &AttachmentUploader::settled);
    QVERIFY(uploader.addFile(path).ok());
    QVERIFY(!uploader.isSettled());
    QTRY_COMPARE_WITH_TIMEOUT(settled.count(), 1, 20000);
    const AttachmentListModel::Item item = uploader.model()->at(0);
    QVERIFY2(item.state == State::Uploaded, qPrintable(item.error));
    QVERIFY(progress.size() >= 2);
    QVERIFY(std::is_sorted(progress.cbegin(), progress.cend()));
    QCOMPARE(item.progress, 100);
    QCOMPARE(item.size, qint64(8 * 1024 * 1024));
    QCOMPARE(item.attachmentName, u"switch-dump.txt"_s); // the stash's name for it is a hash: not sent
    QCOMPARE(item.attachmentId.size(), 36);
    QCOMPARE(uploader.references(),
             (QList<AttachmentRef>{{item.attachmentId, u"switch-dump.txt"_s, std::nullopt, {}}}));
    QCOMPARE(service.knownSize(item.attachmentId), std::optional<qint64>(8 * 1024 * 1024));
}

void TestAttachmentUpload::cancelStopsAnUploadAndRetrySendsItAgain()
{
    if (SandboxProcess::isExternal())
        QSKIP("needs the sandbox's latency option");
    SandboxProcess sandbox({u"--fault-latency-ms"_s, u"1500"_s});
    QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
    ApiClient client;
    client.setEndpoint(sandboxEndpoint(sandbox.baseUrl(), 10000));
    AttachmentService service(&client, AttachmentStash(m_home->filePath(u"stash-cancel"_s)),
                              m_home->filePath(u"cache-cancel"_s));
    AttachmentUploader uploader;
    uploader.setService(&service);
    QVERIFY(uploader.addFile(writeEvidence(m_home->filePath(u"cabinet.pdf"_s), 512 * 1024, 2)).ok());
    const quint64 key = uploader.model()->keyAt(0);
    QTRY_COMPARE_WITH_TIMEOUT(uploader.model()->find(key)->state, State::Uploading, 10000);
    QTRY_VERIFY(uploader.model()->find(key)->progress > 0); // bytes go out; the answer is held back
    uploader.cancel(key);
    QTRY_COMPARE(uploader.model()->find(key)->state, State::Cancelled);
    QVERIFY(uploader.isSettled());
    QVERIFY(uploader.references().isEmpty());
    QCOMPARE(uploader.problemNames(), QStringList{u"cabinet.pdf"_s});

    uploader.retry(key);
    QCOMPARE(uploader.model()->find(key)->state, State::Uploading);
    QTRY_COMPARE_WITH_TIMEOUT(uploader.model()->find(key)->state, State::Uploaded, 15000);
    QCOMPARE(uploader.references().size(), 1);
    QVERIFY(!uploader.hasProblems());
}

void TestAttachmentUpload::droppedConnectionThenRetryCreatesTheCaseWithEachAttachmentOnce()
{
    if (SandboxProcess::isExternal())
        QSKIP("needs the sandbox's fault options");
    const QString db = m_home->filePath(u"dropping.sqlite"_s);
    ApiClient client;
    AttachmentService service(&client, AttachmentStash(m_home->filePath(u"stash-drop"_s)),
                              m_home->filePath(u"cache-drop"_s));
    AttachmentUploader uploader;
    uploader.setService(&service);
    QAbstractItemModelTester tester(uploader.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);

    QHash<QString, QByteArray> hashes;
    const QStringList names{u"rack-front.png"_s, u"rack-back.jpg"_s, u"pdu.log.txt"_s};
    for (int i = 0; i < names.size(); ++i) {
        const QString path = writeEvidence(m_home->filePath(names.at(i)), (i + 1) * 300 * 1024, 10 + i);
        hashes.insert(names.at(i), sha256Hex(path));
    }
    {
        // Every answer is lost after the server acted: the worst moment for a connection to drop.
        SandboxProcess dropping({u"--db"_s, db, u"--fault-drop-rate"_s, u"1"_s});
        QVERIFY2(dropping.start(), qPrintable(dropping.errorString()));
        client.setEndpoint(sandboxEndpoint(dropping.baseUrl(), 10000));
        for (const QString& name : names)
            QVERIFY(uploader.addFile(m_home->filePath(name)).ok());
        QTRY_VERIFY_WITH_TIMEOUT(uploader.isSettled(), 20000);
        QCOMPARE(uploader.problemNames(), names);
        for (const AttachmentListModel::Item& item : uploader.model()->items()) {
            QCOMPARE(item.state, State::Failed);
            QVERIFY2(item.error.startsWith(u"“"_s + item.name
                                           + u"” did not upload: the connection to the server was lost"_s),
                     qPrintable(item.error));
        }
    }
    // Nothing is lost: the originals can go, the stashed copies are what gets retried.
    for (const QString& name : names)
        QVERIFY(QFile::remove(m_home->filePath(name)));

    SandboxProcess healthy({u"--db"_s, db});
    QVERIFY2(healthy.start(), qPrintable(healthy.errorString()));
    client.setEndpoint(sandboxEndpoint(healthy.baseUrl(), 10000));
    for (const AttachmentListModel::Item& item : uploader.model()->items())
        uploader.retry(item.key);
    QTRY_VERIFY_WITH_TIMEOUT(uploader.isSettled(), 20000);
    QVERIFY2(!uploader.hasProblems(), qPrintable(uploader.model()->at(0).error));
    const QList<AttachmentRef> refs = uploader.references();
    QCOMPARE(refs.size(), 3);

    Outcome<CreateCaseResponse> created;
    client.createCase(caseWith(refs), this, created.callback());
    QTRY_VERIFY_WITH_TIMEOUT(created.result, 15000);
    QVERIFY2(created.result->ok(),
             qPrintable(created.result->error.userMessage() + created.result->error.fieldSummary()));
    Outcome<Case> got;
    client.getCase(created.result->value->id, this, got.callback());
    QTRY_VERIFY_WITH_TIMEOUT(got.result, 15000);
    QVERIFY(got.result->ok());
    const QList<AttachmentRef> onCase = got.result->value->attachments.value_or(QList<AttachmentRef>{});
    QCOMPARE(onCase.size(), 3);
    for (const AttachmentRef& ref : refs) {
        const auto sameId = [&ref](const AttachmentRef& other) {
            return other.id == ref.id;
        };
        QCOMPARE(std::count_if(onCase.cbegin(), onCase.cend(), sameId), 1);
    }

    // Downloaded bytes equal uploaded bytes.
    const QString caseNumber = got.result->value->id.value_or(QString());
    QCOMPARE(caseNumber.size(), 8);
    for (const AttachmentRef& ref : onCase) {
        Outcome<QString> fetched;
        service.fetch(caseNumber, ref, service.cachePath(caseNumber, ref), this, fetched.callback());
        QTRY_VERIFY_WITH_TIMEOUT(fetched.result, 15000);
        QVERIFY2(fetched.result->ok(), qPrintable(fetched.result->error.userMessage()));
        QCOMPARE(sha256Hex(*fetched.result->value), hashes.value(ref.name));
    }
}

void TestAttachmentUpload::serverRefusalIsShownWithTheFileName()
{
    SandboxProcess sandbox;
    QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
    ApiClient client;
    client.setEndpoint(sandboxEndpoint(sandbox.baseUrl(), 10000));
    AttachmentService service(&client, AttachmentStash(m_home->filePath(u"stash-refused"_s)),
                              m_home->filePath(u"cache-refused"_s));
    // A client whose checks let through what the server refuses (an outdated API document, say).
    QStringList extensions = AttachmentPolicy::bundled().extensions();
    extensions << u"webp"_s;
    service.setPolicy(AttachmentPolicy(AttachmentPolicy::bundled().maxBytes(), extensions));
    AttachmentUploader uploader;
    uploader.setService(&service);
    QVERIFY(uploader.addFile(writeEvidence(m_home->filePath(u"photo.webp"_s), 1000, 3)).ok());
    QTRY_VERIFY_WITH_TIMEOUT(uploader.isSettled(), 15000);
    const AttachmentListModel::Item item = uploader.model()->at(0);
    QCOMPARE(item.state, State::Failed);
    QVERIFY2(item.error.startsWith(u"“photo.webp” did not upload: The server refused"_s), qPrintable(item.error));
    QVERIFY2(item.error.contains(u"uploadFile"_s), qPrintable(item.error)); // the server's own reason
    QVERIFY(QFileInfo::exists(item.stashPath));                             // kept for a retry or another list
}

void TestAttachmentUpload::closingTheListCancelsItsUploads()
{
    if (SandboxProcess::isExternal())
        QSKIP("needs the sandbox's latency option");
    SandboxProcess sandbox({u"--fault-latency-ms"_s, u"1000"_s});
    QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
    ApiClient client;
    client.setEndpoint(sandboxEndpoint(sandbox.baseUrl(), 10000));
    AttachmentService service(&client, AttachmentStash(m_home->filePath(u"stash-close"_s)),
                              m_home->filePath(u"cache-close"_s));
    auto* uploader = new AttachmentUploader;
    uploader->setService(&service);
    QVERIFY(uploader->addFile(writeEvidence(m_home->filePath(u"a-close.txt"_s), 256 * 1024, 4)).ok());
    QVERIFY(uploader->addFile(writeEvidence(m_home->filePath(u"b-close.txt"_s), 256 * 1024, 5)).ok());
    QTRY_VERIFY_WITH_TIMEOUT(uploader->model()->at(0).state == State::Uploading
                                 && uploader->model()->at(1).state == State::Uploading,
                             10000);
    QPointer<Transfer> first = client.findChildren<Transfer*>().value(0);
    QVERIFY(first);
    delete uploader;     // the composer closed mid-upload
    QTRY_VERIFY(!first); // the transfer ended instead of running on unobserved
    QVERIFY(client.findChildren<Transfer*>().isEmpty());
}

QTEST_GUILESS_MAIN(TestAttachmentUpload)
#include "tst_attachmentupload.moc"
