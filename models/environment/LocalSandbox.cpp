#include "models/environment/LocalSandbox.h"

#include "models/core/Logging.h"
#include "models/core/PrivateFiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

namespace CaseDesk
{

using namespace Qt::StringLiterals;

namespace
{
// 256 bits from the system's random source, URL-safe (no ':' or line break to confuse the sandbox's reader).
QString newSecret()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(bytes.data()), bytes.size() / 4);
    return QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}
} // namespace

LocalSandbox::LocalSandbox(const QString& dataDirectory, QObject* parent)
    : QObject(parent)
    , m_dataDirectory(dataDirectory)
    , m_program(defaultProgram())
{
    m_startTimer.setSingleShot(true);
    m_startTimer.setInterval(20000);
    connect(&m_startTimer, &QTimer::timeout, this, [this] {
        fail(tr("The local sandbox did not report that it was ready within %n second(s).", nullptr,
                m_startTimer.interval() / 1000));
        m_process.kill();
    });
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &LocalSandbox::readOutput);
    connect(&m_process, &QProcess::started, this, [this] {
        // The client on the sandbox's stdin: a command line is readable by every local user (/proc/PID/cmdline).
        m_process.write((clientId() + u':' + m_clientSecret + u'\n').toUtf8());
        m_process.closeWriteChannel();
    });
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            fail(tr("The local sandbox could not be started (%1): %2").arg(m_program, m_process.errorString()));
    });
    connect(&m_process, &QProcess::finished, this, [this](int exitCode, QProcess::ExitStatus status) {
        if (m_state == State::Stopped)
            return;
        if (status == QProcess::CrashExit)
            fail(tr("The local sandbox stopped unexpectedly. Its log is %1.").arg(logFile()));
        else
            fail(tr("The local sandbox exited with code %1. Its log is %2.").arg(exitCode).arg(logFile()));
    });
#ifdef Q_OS_LINUX
    // If CaseDesk dies without stopping it, the kernel ends the sandbox too.
    m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
#endif
}

LocalSandbox::~LocalSandbox()
{
    stop();
}

QString LocalSandbox::defaultProgram()
{
    return programFor(QCoreApplication::applicationDirPath());
}

QString LocalSandbox::programFor(const QString& applicationDirectory)
{
    // Both spelled by the build (models/environment/sources.cmake).
    const QString name = QStringLiteral(CASEDESK_SANDBOX_EXECUTABLE);
    const QString installedDirectory = QStringLiteral(CASEDESK_INSTALLED_SANDBOX_DIR);
    const QDir directory(applicationDirectory);
    const QString beside = directory.filePath(name);
    const QString installed = QDir::cleanPath(directory.filePath(installedDirectory + u'/' + name));
    for (const QString& candidate : {beside, installed}) {
        const QFileInfo info(candidate);
        if (info.isFile() && info.isExecutable())
            return candidate;
    }
    return beside;
}

QString LocalSandbox::clientId()
{
    return u"casedesk-local"_s;
}

QString LocalSandbox::builtInClientSecret()
{
    // Not a secret: the built-in client of a casedesk-sandbox run by hand, documented in the README.
    return u"casedesk-local-secret"_s;
}

void LocalSandbox::setProgram(const QString& program)
{
    m_program = program;
}

void LocalSandbox::setExtraArguments(const QStringList& arguments)
{
    m_extraArguments = arguments;
}

void LocalSandbox::setStartTimeout(int msecs)
{
    m_startTimer.setInterval(msecs);
}

QString LocalSandbox::logFile() const
{
    return QDir(m_dataDirectory).filePath(u"sandbox.log"_s);
}

void LocalSandbox::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void LocalSandbox::fail(const QString& message)
{
    if (m_state == State::Failed)
        return;
    m_startTimer.stop();
    qCWarning(lcApp).noquote() << message;
    setState(State::Failed);
    emit failed(message);
}

void LocalSandbox::start()
{
    if (m_state == State::Starting || m_state == State::Running)
        return;
    if (!QFileInfo(m_program).isExecutable()) {
        setState(State::Starting);
        return fail(tr("The local sandbox program %1 is missing. Build it with ./dev build.").arg(m_program));
    }
    // The database is made 0600 by the sandbox; the log is opened by QProcess, so it is made 0600 here first.
    if (!PrivateFiles::makeFolder(m_dataDirectory) || !PrivateFiles::createFile(logFile())) {
        setState(State::Starting);
        return fail(tr("The folder %1 for the local sandbox cannot be created.").arg(m_dataDirectory));
    }
    m_output.clear();
    m_baseUrl.clear();
    m_clientSecret = newSecret(); // a new one for every launch
    QStringList arguments{u"--port"_s,        u"0"_s,  u"--db"_s,   QDir(m_dataDirectory).filePath(u"sandbox.sqlite"_s),
                          u"--seed-cases"_s,  u"80"_s, u"--pace"_s, u"120"_s,
                          u"--client-stdin"_s};
    arguments += m_extraArguments;
    // The request log goes to a file: a pipe nobody reads would fill up and stall the server.
    m_process.setStandardErrorFile(logFile(), QIODevice::Append);
    setState(State::Starting);
    m_startTimer.start();
    m_process.start(m_program, arguments);
}

void LocalSandbox::readOutput()
{
    m_output += m_process.readAllStandardOutput();
    if (m_state != State::Starting)
        return;
    static const QRegularExpression listening(u"listening on (http://127\\.0\\.0\\.1:\\d+)"_s);
    const auto match = listening.match(QString::fromUtf8(m_output));
    if (!match.hasMatch())
        return;
    m_startTimer.stop();
    m_baseUrl = QUrl(match.captured(1));
    qCInfo(lcApp) << "local sandbox ready at" << m_baseUrl.toString();
    setState(State::Running);
    emit ready(m_baseUrl);
}

void LocalSandbox::stop()
{
    m_startTimer.stop();
    if (m_process.state() == QProcess::NotRunning) {
        setState(State::Stopped);
        return;
    }
    setState(State::Stopped);
    // SQLite in WAL mode survives an abrupt end; the terminate lets it finish the request in hand.
#ifdef Q_OS_WIN
    // terminate() posts WM_CLOSE, which the console sandbox never gets (sandbox/server/TerminationWatcher).
    m_process.kill();
#else
    m_process.terminate();
#endif
}

} // namespace CaseDesk
