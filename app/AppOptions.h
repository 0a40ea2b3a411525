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
    QStringList openRequests;     // --open NUMBER|LINK and casedesk:// links, in order (CaseLink checks them)

    static AppOptions parse(const QCoreApplication& app);
    // The command line a later start handed over (without the program name). Never exits: what it cannot
    // parse is in `error`.
    static AppOptions fromArguments(const QStringList& arguments, QString* error);
    // True for a command line that only asks for --help or --version (nothing else): parse() prints the
    // answer and exits, so main() needs no QApplication, and no display, for it.
    static bool onlyPrints(int argc, const char* const* argv);
};

} // namespace CaseDesk
