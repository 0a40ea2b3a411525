#include "sandbox/server/UnixSignalWatcher.h"

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace Sandbox
{

namespace
{

int g_pipe[2] = {-1, -1};

} // namespace

UnixSignalWatcher::UnixSignalWatcher(QObject* parent)
    : QObject(parent)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_pipe) != 0)
        return;
    m_notifier = std::make_unique<QSocketNotifier>(g_pipe[1], QSocketNotifier::Read);
    connect(m_notifier.get(), &QSocketNotifier::activated, this, &UnixSignalWatcher::readSignal);
    struct sigaction action = {};
    action.sa_handler = &UnixSignalWatcher::handle;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    ::sigaction(SIGINT, &action, nullptr);
    ::sigaction(SIGTERM, &action, nullptr);
}

UnixSignalWatcher::~UnixSignalWatcher()
{
    m_notifier.reset();
    for (int& fd : g_pipe) {
        if (fd >= 0)
            ::close(fd);
        fd = -1;
    }
}

void UnixSignalWatcher::handle(int signal)
{
    const char byte = char(signal);
    // Only async-signal-safe calls here.
    [[maybe_unused]] const auto written = ::write(g_pipe[0], &byte, 1);
}

void UnixSignalWatcher::readSignal()
{
    char byte = 0;
    [[maybe_unused]] const auto read = ::read(g_pipe[1], &byte, 1);
    emit terminationRequested();
}

} // namespace Sandbox
