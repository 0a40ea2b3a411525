#pragma once

#include <QObject>

#include <memory>

class QSocketNotifier;

namespace Sandbox
{

/*
 * Turns a request to stop from outside into a Qt signal, so the sandbox can close its database cleanly.
 *
 *     TerminationWatcher watcher;
 *     QObject::connect(&watcher, &TerminationWatcher::terminationRequested, &app, &QCoreApplication::quit);
 *
 * On Unix: SIGINT and SIGTERM (Ctrl+C, QProcess::terminate()), through a socket pair, since a signal handler
 * may do almost nothing. On Windows: Ctrl+C and Ctrl+Break in the sandbox's console (SetConsoleCtrlHandler).
 * Windows has no SIGTERM, and QProcess::terminate() posts WM_CLOSE, on which a console program's Qt event loop
 * does not act (QProcess's documentation: such programs "can only be terminated by calling kill()"): the app
 * ends its sandbox there with kill() (models/environment/LocalSandbox::stop), which SQLite's journal survives.
 * Not compiled or tried on Windows yet (README, "Other platforms").
 */
class TerminationWatcher : public QObject
{
    Q_OBJECT

public:
    explicit TerminationWatcher(QObject* parent = nullptr);
    ~TerminationWatcher() override;

signals:
    void terminationRequested();

private:
#ifndef Q_OS_WIN
    static void handle(int signal);
    void readSignal();

    std::unique_ptr<QSocketNotifier> m_notifier;
#endif
};

} // namespace Sandbox
