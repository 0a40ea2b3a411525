// casedesk-sandbox: the local Case Management API server. See README, "The local sandbox".
#include "sandbox/auth/LaunchClient.h"
#include "sandbox/server/SandboxOptions.h"
#include "sandbox/server/SandboxServer.h"
#include "sandbox/server/TerminationWatcher.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

using namespace Sandbox;
using namespace Qt::StringLiterals;

int main(int argc, char* argv[])
{
#ifdef Q_OS_UNIX
    // First: the database, its -wal/-shm and anything else this process creates is for this user only.
    ::umask(077);
#endif
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("casedesk-sandbox"));

    SandboxOptions options;
    QString message;
    switch (options.parse(QCoreApplication::arguments(), &message)) {
    case SandboxOptions::Result::ShowHelp:
        std::fputs(qPrintable(message), stdout);
        return 0;
    case SandboxOptions::Result::Invalid:
        std::fprintf(stderr, "casedesk-sandbox: %s\nTry --help.\n", qPrintable(message));
        return 2;
    case SandboxOptions::Result::Run:
        break;
    }

    if (options.clientFromStdin) {
        QFile input;
        std::optional<ClientCredentials> client;
        if (input.open(stdin, QIODevice::ReadOnly))
            client = LaunchClient::read(input, &message);
        else
            message = u"--client-stdin: cannot read standard input"_s;
        if (!client) {
            std::fprintf(stderr, "casedesk-sandbox: %s\n", qPrintable(message));
            return 2;
        }
        options.clients.append(*client); // last: it wins over a --client of the same id
    }

    TerminationWatcher terminationWatcher;
    QObject::connect(&terminationWatcher, &TerminationWatcher::terminationRequested, &app, &QCoreApplication::quit);

    SandboxServer server(options);
    QString error;
    if (!server.start(&error)) {
        std::fprintf(stderr, "casedesk-sandbox: %s\n", qPrintable(error));
        return 1;
    }
    if (server.seededCases() > 0)
        std::fprintf(stderr, "casedesk-sandbox: added %d demo cases\n", server.seededCases());
    std::printf("listening on http://127.0.0.1:%u\n", unsigned(server.port()));
    std::fflush(stdout);
    return app.exec();
}
