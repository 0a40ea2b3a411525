#pragma once

#include "sandbox/auth/TokenService.h"
#include "sandbox/faults/FaultInjector.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Sandbox
{

/*
 * The sandbox's command line (see README, "The local sandbox").
 *
 *     SandboxOptions options;
 *     switch (options.parse(app.arguments(), &message)) { ... }
 */
struct SandboxOptions
{
    quint16 port = 0;
    QString databasePath; // empty: in memory
    int seedCases = 0;
    quint32 seed = 1;
    double paceSeconds = 0;
    QList<ClientCredentials> clients;
    bool clientFromStdin = false; // --client-stdin: main() reads the launching app's client (LaunchClient)
    int maxConnections = 64;      // connections open at once; more are answered 503
    int tokenTtlSeconds = 3599;
    double noteDelaySeconds = 0;
    double searchLagSeconds = 0;
    qint64 clockOffsetSeconds = 0;
    int requestTimeoutSeconds = 30;
    FaultOptions faults;

    enum class Result
    {
        Run,
        ShowHelp, // message holds the help text
        Invalid,  // message holds the reason; exit code 2
    };
    Result parse(const QStringList& arguments, QString* message);

    static ClientCredentials builtInClient();
};

} // namespace Sandbox
