#include "app/AppOptions.h"

#include <QCommandLineParser>

namespace CaseDesk
{

using namespace Qt::StringLiterals;

namespace
{
// The options, once, for the command line of this start and for the ones later starts hand over.
struct Options
{
    QCommandLineOption baseUrl{u"base-url"_s,
                               AppOptions::tr("Connect to the server at <url> instead of the local sandbox."),
                               AppOptions::tr("url")};
    QCommandLineOption environment{u"environment"_s, AppOptions::tr("Start in the environment named <name>."),
                                   AppOptions::tr("name")};
    QCommandLineOption sandboxProgram{u"sandbox-program"_s,
                                      AppOptions::tr("Run <path> as the local sandbox server (for development)."),
                                      AppOptions::tr("path")};
    QCommandLineOption open{u"open"_s,
                            AppOptions::tr("Open the case <number> (or a casedesk:// link), in the CaseDesk "
                                           "that is running if there is one."),
                            AppOptions::tr("number")};

    void addTo(QCommandLineParser& parser) const
    {
        parser.setApplicationDescription(AppOptions::tr("CaseDesk: a desktop client for the Case Management API."));
        parser.addOptions({baseUrl, environment, sandboxProgram, open});
        parser.addPositionalArgument(u"link"_s, AppOptions::tr("casedesk://case/NUMBER links to open."),
                                     AppOptions::tr("[link…]"));
    }

    AppOptions read(const QCommandLineParser& parser) const
    {
        AppOptions options;
        if (parser.isSet(baseUrl))
            options.baseUrl = QUrl::fromUserInput(parser.value(baseUrl));
        options.environment = parser.value(environment);
        options.sandboxProgram = parser.value(sandboxProgram);
        options.openRequests = parser.values(open) + parser.positionalArguments();
        return options;
    }
};
} // namespace

AppOptions AppOptions::parse(const QCoreApplication& app)
{
    QCommandLineParser parser;
    const Options options;
    options.addTo(parser);
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);
    return options.read(parser);
}

AppOptions AppOptions::fromArguments(const QStringList& arguments, QString* error)
{
    QCommandLineParser parser;
    const Options options;
    options.addTo(parser);
    // parse() wants the program's name first; it is not part of what was handed over.
    if (!parser.parse(QStringList{QCoreApplication::applicationFilePath()} + arguments)) {
        if (error)
            *error = parser.errorText();
        return {};
    }
    return options.read(parser);
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
