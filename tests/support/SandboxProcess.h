#pragma once

#include <QObject>
#include <QProcess>
#include <QStringList>
#include <QUrl>

/*
 * Runs casedesk-sandbox as a child process on a free loopback port, for integration tests.
 *
 * Usage:
 *     SandboxProcess sandbox({QStringLiteral("--seed-cases"), QStringLiteral("20")});
 *     QVERIFY2(sandbox.start(), qPrintable(sandbox.errorString()));
 *     QUrl base = sandbox.baseUrl();
 *
 * When CASEDESK_TEST_BASE_URL is set, start() launches nothing and baseUrl() is that server; tests that
 * depend on the sandbox's own options (faults, pace, restart) call QSKIP when isExternal() is true.
 * The binary comes from CASEDESK_SANDBOX_BIN (set by ctest). Blocking waits are fine here: test code only.
 */
class SandboxProcess : public QObject
{
    Q_OBJECT

public:
    explicit SandboxProcess(const QStringList& arguments = {}, QObject* parent = nullptr);
    ~SandboxProcess() override;

    void setArguments(const QStringList& arguments);
    QStringList arguments() const { return m_arguments; }

    // Starts the server and waits (up to timeoutMs) for its "listening on" line.
    bool start(int timeoutMs = 30000);
    // Terminates the server and waits for it to exit.
    void stop();
    // Kills the server at once (SIGKILL), as a crash would.
    void kill();
    bool isRunning() const;

    static bool isExternal();
    QUrl baseUrl() const { return m_baseUrl; }
    QString errorString() const { return m_error; }
    QByteArray standardError() const { return m_stderr; }

    static QString builtInClientId();
    static QString builtInClientSecret();
    static QString sandboxBinary();

private:
    QStringList m_arguments;
    QProcess m_process;
    QUrl m_baseUrl;
    QString m_error;
    QByteArray m_stdout;
    QByteArray m_stderr;
};
