#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace CaseDesk
{

// What the command line asked for. Parsing prints --help/--version and exits, as command-line tools do.
struct AppOptions
{
    Q_DECLARE_TR_FUNCTIONS(AppOptions)

public:
    QUrl baseUrl;                 // --base-url: talk to this server instead of starting the local sandbox
    QString environment;          // --environment NAME
    QString sandboxProgram;       // --sandbox-program PATH (development and tests)
    QStringList sandboxArguments; // extra options for the local sandbox (tests: --note-delay, --pace)

    static AppOptions parse(const QCoreApplication& app);
};

} // namespace CaseDesk
