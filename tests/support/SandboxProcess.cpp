#include "tests/support/SandboxProcess.h"

#include <QDeadlineTimer>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

SandboxProcess::SandboxProcess(const QStringList& arguments, QObject* parent)
    : QObject(parent)
    , m_arguments(arguments)
{
    connect(&m_process, &QProcess::readyReadStandardError, this,
            [this] { m_stderr += m_process.readAllStandardError(); });
}

SandboxProcess::~SandboxProcess()
{
    stop();
}

void SandboxProcess::setArguments(const QStringList& arguments)
{
    m_arguments = arguments;
}

bool SandboxProcess::isExternal()
{
    return !qEnvironmentVariableIsEmpty("CASEDESK_TEST_BASE_URL");
}

QString SandboxProcess::sandboxBinary()
{
    return qEnvironmentVariable("CASEDESK_SANDBOX_BIN");
}

QString SandboxProcess::builtInClientId()
{
    return u"casedesk-local"_s;
}

QString SandboxProcess::builtInClientSecret()
{
    return u"casedesk-local-secret"_s;
}

bool SandboxProcess::start(int timeoutMs)
{
    m_error.clear();
    if (isExternal()) {
        m_baseUrl = QUrl(qEnvironmentVariable("CASEDESK_TEST_BASE_URL"));
        return m_baseUrl.isValid();
    }
    const QString binary = sandboxBinary();
    if (binary.isEmpty()) {
        m_error = u"CASEDESK_SANDBOX_BIN is not set"_s;
        return false;
    }
    QStringList args = m_arguments;
    if (!args.contains(u"--port"_s))
        args << u"--port"_s << u"0"_s;
    m_stdout.clear();
    m_stderr.clear();
    m_process.start(binary, args);
    if (!m_process.waitForStarted(timeoutMs)) {
        m_error = u"cannot start %1: %2"_s.arg(binary, m_process.errorString());
        return false;
    }
    static const QRegularExpression listening(u"listening on (http://127\\.0\\.0\\.1:\\d+)"_s);
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (m_process.state() != QProcess::Running) {
            m_error = u"sandbox exited with code %1: %2"_s.arg(m_process.exitCode()).arg(QString::fromUtf8(m_stderr));
            return false;
        }
        m_process.waitForReadyRead(int(qMin<qint64>(deadline.remainingTime(), 200)));
        m_stdout += m_process.readAllStandardOutput();
        const auto match = listening.match(QString::fromUtf8(m_stdout));
        if (match.hasMatch()) {
            m_baseUrl = QUrl(match.captured(1));
            return true;
        }
    }
    m_error = u"sandbox did not report its port in time; stderr: %1"_s.arg(QString::fromUtf8(m_stderr));
    kill();
    return false;
}

void SandboxProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(10000))
        kill();
}

void SandboxProcess::kill()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.kill();
    m_process.waitForFinished(10000);
}

bool SandboxProcess::isRunning() const
{
    return isExternal() || m_process.state() == QProcess::Running;
}
