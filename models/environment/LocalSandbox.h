#pragma once

#include <QObject>
#include <QProcess>
#include <QTimer>
#include <QUrl>

namespace CaseDesk
{

/*
 * Runs casedesk-sandbox as a child process for the Local sandbox environment.
 *
 *     auto* sandbox = new LocalSandbox(dataDir, this);
 *     connect(sandbox, &LocalSandbox::ready, this, [](const QUrl& url) { ... });
 *     connect(sandbox, &LocalSandbox::failed, this, [](const QString& why) { ... });
 *     sandbox->start();
 *
 * It picks a free loopback port, keeps its database in `dataDir` (demo cases are created on the first run
 * only) and its log beside it, and stops with the app. The child also dies if CaseDesk itself dies.
 * Each start() makes a new random client secret and hands it to the child on its stdin (never on the
 * command line, which other local users can read); only clientId() with clientSecret() can sign in.
 */
class LocalSandbox : public QObject
{
    Q_OBJECT

public:
    enum class State
    {
        Stopped,
        Starting,
        Running,
        Failed,
    };
    Q_ENUM(State)

    explicit LocalSandbox(const QString& dataDirectory, QObject* parent = nullptr);
    ~LocalSandbox() override;

    // The server binary; by default defaultProgram().
    void setProgram(const QString& program);
    QString program() const { return m_program; }
    void setExtraArguments(const QStringList& arguments);
    void setStartTimeout(int msecs);

    void start();
    void stop();
    State state() const { return m_state; }
    QUrl baseUrl() const { return m_baseUrl; }
    QString logFile() const;
    // This launch's client secret; empty before start().
    QString clientSecret() const { return m_clientSecret; }
    qint64 processId() const { return m_process.processId(); }

    // programFor() the app's own folder.
    static QString defaultProgram();
    // casedesk-sandbox (with the platform's suffix: .exe on Windows) beside an app in `applicationDirectory`,
    // as in the build folder, else where it is installed (bin/../libexec/casedesk/); the first when neither is
    // an executable file.
    static QString programFor(const QString& applicationDirectory);
    static QString clientId();
    // The client a casedesk-sandbox run by hand accepts (README, "Built-in client"); the app uses it only
    // with --base-url. The sandbox the app starts refuses it.
    static QString builtInClientSecret();

signals:
    void ready(const QUrl& baseUrl);
    void failed(const QString& message);
    void stateChanged(LocalSandbox::State state);

private:
    void setState(State state);
    void fail(const QString& message);
    void readOutput();

    QString m_dataDirectory;
    QString m_program;
    QStringList m_extraArguments;
    QProcess m_process;
    QTimer m_startTimer;
    QByteArray m_output;
    QUrl m_baseUrl;
    QString m_clientSecret;
    State m_state = State::Stopped;
};

} // namespace CaseDesk
