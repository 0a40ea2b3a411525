#include "app/AppOptions.h"

#include <QCommandLineParser>

namespace CaseDesk
{

using namespace Qt::StringLiterals;

AppOptions AppOptions::parse(const QCoreApplication& app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("CaseDesk: a desktop client for the Case Management API."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption baseUrl(u"base-url"_s, tr("Connect to the server at <url> instead of the local sandbox."),
                                     tr("url"));
    const QCommandLineOption environment(u"environment"_s, tr("Start in the environment named <name>."), tr("name"));
    const QCommandLineOption sandboxProgram(
        u"sandbox-program"_s, tr("Run <path> as the local sandbox server (for development)."), tr("path"));
    parser.addOptions({baseUrl, environment, sandboxProgram});
    parser.process(app);

    AppOptions options;
    if (parser.isSet(baseUrl))
        options.baseUrl = QUrl::fromUserInput(parser.value(baseUrl));
    options.environment = parser.value(environment);
    options.sandboxProgram = parser.value(sandboxProgram);
    return options;
}

bool AppOptions::onlyPrints(int argc, const char* const* argv)
{
    if (argc != 2)
        return false;
    const QByteArray argument(argv[1]);
    // The spellings QCommandLineParser's addHelpOption() and addVersionOption() answer to.
    return argument == "--help" || argument == "-h" || argument == "-?" || argument == "--help-all"
           || argument == "--version" || argument == "-v";
}

} // namespace CaseDesk
