#include "sandbox/server/TerminationWatcher.h"

#ifdef Q_OS_WIN
#include <atomic>
#include <windows.h>
#else
#include <QSocketNotifier>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace Sandbox
{

#ifdef Q_OS_WIN

namespace
{

std::atomic<TerminationWatcher*> g_watcher = nullptr; // set and cleared by the watcher, read by the handler

// Runs on a thread the system starts for the event: hand it to the watcher's thread.
BOOL WINAPI onConsoleEvent(DWORD event)
{
    if (event != CTRL_C_EVENT && event != CTRL_BREAK_EVENT)
        return FALSE; // closing the console or logging off: the default, which ends the process
    if (TerminationWatcher* watcher = g_watcher.load())
        QMetaObject::invokeMethod(watcher, &TerminationWatcher::terminationRequested, Qt::QueuedConnection);
    return TRUE;
}

} // namespace

TerminationWatcher::TerminationWatcher(QObject* parent)
    : QObject(parent)
{
    g_watcher = this;
    ::SetConsoleCtrlHandler(&onConsoleEvent, TRUE);
}

TerminationWatcher::~TerminationWatcher()
{
    ::SetConsoleCtrlHandler(&onConsoleEvent, FALSE);
    g_watcher = nullptr;
}

#else

namespace
{

int g_pipe[2] = {-1, -1};

} // namespace

TerminationWatcher::TerminationWatcher(QObject* parent)
    : QObject(parent)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_pipe) != 0)
        return;
    m_notifier = std::make_unique<QSocketNotifier>(g_pipe[1], QSocketNotifier::Read);
    connect(m_notifier.get(), &QSocketNotifier::activated, this, &TerminationWatcher::readSignal);
    struct sigaction action = {};
    action.sa_handler = &TerminationWatcher::handle;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(SIGINT, &action, nullptr);
    ::sigaction(SIGTERM, &action, nullptr);
}

TerminationWatcher::~TerminationWatcher()
{
    m_notifier.reset();
    for (int& fd : g_pipe) {
        if (fd >= 0)
            ::close(fd);
        fd = -1;
    }
}

void TerminationWatcher::handle(int signal)
{
    const char byte = char(signal);
    // Only async-signal-safe calls here.
    [[maybe_unused]] const auto written = ::write(g_pipe[0], &byte, 1);
}

void TerminationWatcher::readSignal()
{
    char byte = 0;
    [[maybe_unused]] const auto read = ::read(g_pipe[1], &byte, 1);
    emit terminationRequested();
}

#endif

} // namespace Sandbox
