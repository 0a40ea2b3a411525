// CaseDesk's files are for its user only: after a real run every folder it made is 0700 and every file 0600,
// the app's and the local sandbox's (stores with their -wal/-shm, settings, the sandbox's database and log,
// downloads, attachment copies).
#include "app/AppController.h"
#include "app/Session.h"
#include "models/api/ApiClient.h"
#include "models/attachments/AttachmentService.h"
#include "models/items/CaseListModel.h"
#include "tests/support/ApiOutcome.h"
#include "tests/support/SandboxProcess.h"
#include "tests/support/TestHome.h"
#include "ui/caselist/CaseListView.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace CaseDesk;

using namespace Qt::StringLiterals;

namespace
{

// Sets the process's umask for a scope: the children started meanwhile inherit it.
class ScopedUmask
{
public:
    explicit ScopedUmask(mode_t mask)
        : m_previous(::umask(mask))
    {}
    ~ScopedUmask() { ::umask(m_previous); }

private:
    mode_t m_previous;
};

// Every folder (root included) and file under `root` whose mode is not 0700 or 0600, with its mode; links
// are not followed (their own mode means nothing). `seen` gets each file's path relative to `root`.
QStringList wrongModes(const QString& root, QStringList* seen)
{
    QStringList wrong;
    const auto check = [&wrong](const QString& path) {
        struct stat info
        {};
        if (::lstat(QFile::encodeName(path).constData(), &info) != 0) {
            wrong << path + u" (gone while checked)"_s; // never expected: the run is over
            return;
        }
        const mode_t mode = info.st_mode & 07777;
        if (S_ISLNK(info.st_mode))
            return;
        const mode_t expected = S_ISDIR(info.st_mode) ? 0700 : 0600;
        if (mode != expected)
            wrong << u"%1 is %2, not %3"_s.arg(path).arg(mode, 4, 8, QChar(u'0')).arg(expected, 4, 8, QChar(u'0'));
    };
    check(root);
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        check(path);
        if (it.fileInfo().isFile())
            *seen << QDir(root).relativeFilePath(path);
    }
    return wrong;
}

// The umask of a running process, as the kernel reports it ("0077"), or empty.
QByteArray umaskOf(qint64 pid)
{
    QFile status(u"/proc/%1/status"_s.arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return {};
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("Umask:"))
            return line.mid(6).trimmed();
    }
    return {};
}

QList<qint64> childrenOf(qint64 pid)
{
    QList<qint64> children;
    QDirIterator tasks(u"/proc/%1/task"_s.arg(pid), QDir::Dirs | QDir::NoDotAndDotDot);
    while (tasks.hasNext()) {
        QFile file(tasks.next() + u"/children"_s);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        for (const QByteArray& child : file.readAll().simplified().split(' ')) {
            if (!child.isEmpty())
                children << child.toLongLong();
        }
    }
    return children;
}

bool isRunning(qint64 pid)
{
    QFile status(u"/proc/%1/status"_s.arg(pid));
    return status.open(QIODevice::ReadOnly) && !status.readAll().contains("\nState:\tZ");
}

} // namespace

class TestPrivateFiles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void theAppAndItsSandboxLeaveOnlyPrivateFiles();
    void theSandboxStartedByHandKeepsItsDatabasePrivate();
    void aSessionKeepsItsFilesPrivateWhateverTheUmask();
};

void TestPrivateFiles::initTestCase()
{
    QVERIFY(!SandboxProcess::sandboxBinary().isEmpty());
    QVERIFY(!qEnvironmentVariableIsEmpty("CASEDESK_APP_BIN"));
}

// The real casedesk binary, started with the permissive umask 022: main() must restrict it for itself and
// for the sandbox it starts, and every file and folder of the run (under a home of its own) ends up private.
void TestPrivateFiles::theAppAndItsSandboxLeaveOnlyPrivateFiles()
{
    QTemporaryDir home;
    QTemporaryDir runtime; // XDG_RUNTIME_DIR: made by the test, not by the app
    QVERIFY(home.isValid() && runtime.isValid());
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"HOME"_s, home.path());
    environment.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u".config"_s));
    environment.insert(u"XDG_DATA_HOME"_s, home.filePath(u".local/share"_s));
    environment.insert(u"XDG_CACHE_HOME"_s, home.filePath(u".cache"_s));
    environment.insert(u"XDG_RUNTIME_DIR"_s, runtime.path());
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    environment.remove(u"DBUS_SESSION_BUS_ADDRESS"_s); // no keychain: the local sandbox needs none
    QProcess app;
    app.setProcessEnvironment(environment);
    app.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    {
        const ScopedUmask permissive(022);
        app.start(qEnvironmentVariable("CASEDESK_APP_BIN"), {});
        QVERIFY2(app.waitForStarted(10000), qPrintable(app.errorString()));
    }

    // It started its sandbox, signed in, imported the order history and fetched cases.
    const QString sandboxLog = home.filePath(u".local/share/CaseDesk/CaseDesk/local/server/sandbox.log"_s);
    const auto logged = [&sandboxLog](const QByteArray& line) {
        QFile log(sandboxLog);
        return log.open(QIODevice::ReadOnly) && log.readAll().contains(line);
    };
    QTRY_VERIFY_WITH_TIMEOUT(logged("POST /oauth2/v1/token 200"), 30000);
    QTRY_VERIFY_WITH_TIMEOUT(logged("POST /v1/retrieve-orders 200"), 30000);
    QTRY_VERIFY_WITH_TIMEOUT(logged("GET /support/v2/tickets/"), 30000);

    QList<qint64> children;
    QTRY_VERIFY((children = childrenOf(app.processId())).size() == 1);
    const qint64 sandbox = children.constFirst();
    QCOMPARE(umaskOf(app.processId()), QByteArray("0077"));
    QCOMPARE(umaskOf(sandbox), QByteArray("0077"));

    // Ended abruptly, so the stores' -wal and -shm files stay for the check; the sandbox follows its parent.
    app.terminate();
    QVERIFY(app.waitForFinished(10000));
    QTRY_VERIFY_WITH_TIMEOUT(!isRunning(sandbox), 10000);

    QStringList seen;
    const QStringList wrong = wrongModes(home.path(), &seen);
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(u'\n')));
    for (const QString& expected :
         {u".config/CaseDesk/CaseDesk.conf"_s, u".config/CaseDesk/CaseDesk/environments/local.ini"_s,
          u".local/share/CaseDesk/CaseDesk/local/casedesk.sqlite"_s,
          u".local/share/CaseDesk/CaseDesk/local/casedesk.sqlite-wal"_s,
          u".local/share/CaseDesk/CaseDesk/local/casedesk.sqlite-shm"_s,
          u".local/share/CaseDesk/CaseDesk/local/server/sandbox.sqlite"_s,
          u".local/share/CaseDesk/CaseDesk/local/server/sandbox.log"_s})
        QVERIFY2(seen.contains(expected), qPrintable(expected + u" was not made; made: "_s + seen.join(u", "_s)));
}

// ./dev sandbox --db PATH from a shell whose umask is 022: its own main() restricts it.
void TestPrivateFiles::theSandboxStartedByHandKeepsItsDatabasePrivate()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const QString database = folder.filePath(u"by-hand.sqlite"_s);
    // Left by an older version: an empty database anyone could read. It is tightened.
    QFile old(database);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.close();
    QVERIFY(old.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                               | QFileDevice::ReadOther));
    QProcess sandbox;
    {
        const ScopedUmask permissive(022);
        sandbox.start(SandboxProcess::sandboxBinary(),
                      {u"--port"_s, u"0"_s, u"--db"_s, database, u"--seed-cases"_s, u"3"_s});
        QVERIFY(sandbox.waitForStarted(10000));
    }
    QByteArray output;
    QTRY_VERIFY_WITH_TIMEOUT((output += sandbox.readAllStandardOutput()).contains("listening on"), 20000);
    QCOMPARE(umaskOf(sandbox.processId()), QByteArray("0077"));
    QStringList seen;
    const QStringList wrong = wrongModes(folder.path(), &seen);
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(u'\n')));
    QVERIFY2(seen.contains(u"by-hand.sqlite-wal"_s) && seen.contains(u"by-hand.sqlite-shm"_s),
             qPrintable(seen.join(u", "_s)));
    sandbox.terminate();
    QVERIFY(sandbox.waitForFinished(10000));
}

// In this process, whose umask stays 022: the explicit modes alone keep a session's folders and files private,
// downloads and attachment copies included.
void TestPrivateFiles::aSessionKeepsItsFilesPrivateWhateverTheUmask()
{
    TestHome home;
    QVERIFY(home.isValid());
    const ScopedUmask permissive(022);
    QTemporaryDir outside; // the user's own file, attached from elsewhere
    QVERIFY(outside.isValid());
    QFile attachment(outside.filePath(u"rack-photo.txt"_s));
    QVERIFY(attachment.open(QIODevice::WriteOnly));
    attachment.write("the cabling behind rack 12\n");
    attachment.close();

    const QString data = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    const QString config = QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation);
    const QString cache = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    const auto checkAll = [&](const QStringList& expected) {
        QStringList seen;
        QStringList wrong;
        for (const QString& root : {data, config, cache}) {
            QStringList here;
            wrong += wrongModes(root, &here);
            for (const QString& file : std::as_const(here))
                seen << QDir(root).filePath(file);
        }
        for (const QString& file : expected) {
            if (!seen.contains(file))
                wrong << file + u" was not made"_s;
        }
        return wrong;
    };

    // Left by an older version without modes: a data folder, a store and settings anyone could read.
    QVERIFY(QDir().mkpath(QDir(data).filePath(u"local"_s)) && QDir().mkpath(QDir(config).filePath(u"environments"_s)));
    for (const QString& file :
         {QDir(data).filePath(u"local/casedesk.sqlite"_s), QDir(config).filePath(u"environments/local.ini"_s)}) {
        QFile old(file);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.close();
        QCOMPARE(QFile::permissions(file) & QFileDevice::ReadOther, QFileDevice::ReadOther);
    }
    QStringList expected{
        QDir(data).filePath(u"local/casedesk.sqlite"_s), QDir(data).filePath(u"local/server/sandbox.sqlite"_s),
        QDir(data).filePath(u"local/server/sandbox.log"_s), QDir(config).filePath(u"environments/local.ini"_s)};
    {
        AppOptions options;
        options.sandboxProgram = SandboxProcess::sandboxBinary();
        AppController app(options);
        app.start();
        Session* session = app.session();
        QVERIFY(session);

        // Cases imported and fetched; one with an attachment is downloaded into the cache.
        CaseListModel* cases = session->cases();
        QTRY_VERIFY_WITH_TIMEOUT(cases->rowCount() > 20, 30000);
        std::optional<std::pair<QString, AttachmentRef>> withAttachment;
        for (int row = 0; row < cases->rowCount() && !withAttachment; ++row) {
            const QString number = cases->index(row, 0).data(CaseListModel::KeyRole).toString();
            Outcome<Case> fetched;
            session->client()->getCase(number, this, fetched.callback());
            QTRY_VERIFY_WITH_TIMEOUT(fetched.result, 10000);
            if (fetched.result->ok() && fetched.result->value->attachments
                && !fetched.result->value->attachments->isEmpty())
                withAttachment = std::pair{number, fetched.result->value->attachments->constFirst()};
        }
        QVERIFY(withAttachment);
        AttachmentService* attachments = session->attachments();
        const QString cached = attachments->cachePath(withAttachment->first, withAttachment->second);
        QVERIFY(cached.startsWith(cache));
        Outcome<QString> downloaded;
        attachments->fetch(withAttachment->first, withAttachment->second, cached, this, downloaded.callback());
        QTRY_VERIFY_WITH_TIMEOUT(downloaded.result, 10000);
        QVERIFY2(downloaded.result->ok(), qPrintable(downloaded.result->error.userMessage()));
        expected << cached;

        // A file attached to a draft is kept as a copy in the environment's folder.
        const StashedFile stashed = attachments->stash().addNow(attachment.fileName(), u"rack-photo.txt"_s);
        QVERIFY2(stashed.error.isEmpty(), qPrintable(stashed.error));
        expected << stashed.blobPath;

        // While it runs: the store's -wal and -shm are there too.
        const QStringList wrong = checkAll(expected
                                           + QStringList{QDir(data).filePath(u"local/casedesk.sqlite-wal"_s),
                                                         QDir(data).filePath(u"local/casedesk.sqlite-shm"_s)});
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(u'\n')));
    }
    // After the session ends (settings written, stores closed) nothing has widened.
    const QStringList wrong = checkAll(expected);
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(u'\n')));
}

QTEST_MAIN(TestPrivateFiles)
#include "tst_privatefiles.moc"
