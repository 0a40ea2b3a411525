#pragma once

#include <QObject>
#include <QSocketNotifier>

#include <memory>

namespace Sandbox
{

// Turns SIGINT and SIGTERM into a Qt signal (through a self-pipe), so the sandbox can close its
// database cleanly when QProcess::terminate() or Ctrl+C stops it.
class UnixSignalWatcher : public QObject
{
    Q_OBJECT

public:
    explicit UnixSignalWatcher(QObject* parent = nullptr);
    ~UnixSignalWatcher() override;

signals:
    void terminationRequested();

private:
    static void handle(int signal);
    void readSignal();

    std::unique_ptr<QSocketNotifier> m_notifier;
};

} // namespace Sandbox
