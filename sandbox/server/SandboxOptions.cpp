#include "sandbox/server/SandboxOptions.h"

#include <QCommandLineParser>

#include <limits>

namespace Sandbox
{

using namespace Qt::StringLiterals;

namespace
{

bool toInt(const QString& text, qint64 low, qint64 high, qint64* out)
{
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok || value < low || value > high)
        return false;
    *out = value;
    return true;
}

bool toDouble(const QString& text, double low, double high, double* out)
{
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok || !(value >= low && value <= high))
        return false;
    *out = value;
    return true;
}

} // namespace

ClientCredentials SandboxOptions::builtInClient()
{
    return ClientCredentials{u"casedesk-local"_s, u"casedesk-local-secret"_s, false};
}

SandboxOptions::Result SandboxOptions::parse(const QStringList& arguments, QString* message)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"casedesk-sandbox: a local server for the Case Management API 2.0.0, "
                                     "its token, attachments and order-history APIs."_s);
    const QCommandLineOption help({u"h"_s, u"help"_s}, u"Show this help."_s);
    const QCommandLineOption port(u"port"_s, u"Port on 127.0.0.1; 0 picks a free one (default 0)."_s, u"N"_s);
    const QCommandLineOption db(u"db"_s, u"SQLite database file (WAL); default: in memory."_s, u"PATH"_s);
    const QCommandLineOption seedCases(u"seed-cases"_s, u"Add N demo cases when the database has none."_s, u"N"_s);
    const QCommandLineOption seed(u"seed"_s, u"Seed of the demo data (default 1)."_s, u"N"_s);
    const QCommandLineOption pace(u"pace"_s, u"Move open cases on one step every SECONDS (default 0: never)."_s,
                                  u"SECONDS"_s);
    const QCommandLineOption client(u"client"_s,
                                    u"Accept this client (repeatable); default casedesk-local:casedesk-local-secret. "
                                    "Other local users can read it in the process list."_s,
                                    u"ID:SECRET[:readonly]"_s);
    const QCommandLineOption clientStdin(u"client-stdin"_s,
                                         u"Accept the client on the first line of standard input (ID:SECRET, a secret "
                                         "of 32 characters or more); it is never locked."_s);
    const QCommandLineOption maxConnections(u"max-connections"_s,
                                            u"Answer 503 to connections beyond N open at once (default 64)."_s, u"N"_s);
    const QCommandLineOption tokenTtl(u"token-ttl"_s, u"Lifetime of access tokens (default 3599)."_s, u"SECONDS"_s);
    const QCommandLineOption noteDelay(u"note-delay"_s,
                                       u"Show a customer note only this long after it was "
                                       "accepted (default 0)."_s,
                                       u"SECONDS"_s);
    const QCommandLineOption searchLag(u"search-lag"_s,
                                       u"Find a new case in the order history only this long after it was "
                                       "created (default 0)."_s,
                                       u"SECONDS"_s);
    const QCommandLineOption clockOffset(
        u"clock-offset"_s, u"Run the server's clock this many seconds ahead (negative: behind) of this computer's."_s,
        u"SECONDS"_s);
    const QCommandLineOption requestTimeout(
        u"request-timeout"_s, u"Answer 408 to a request not complete after SECONDS (default 30)."_s, u"SECONDS"_s);
    const QCommandLineOption latency(u"fault-latency-ms"_s, u"Delay every answer by N ms."_s, u"N"_s);
    const QCommandLineOption errorRate(u"fault-error-rate"_s, u"Answer 500 without acting, with probability P."_s,
                                       u"P"_s);
    const QCommandLineOption dropRate(u"fault-drop-rate"_s, u"Act, then close without answering, with probability P."_s,
                                      u"P"_s);
    const QCommandLineOption truncateRate(u"fault-truncate-rate"_s,
                                          u"Act, then send half the body, with probability P."_s, u"P"_s);
    const QCommandLineOption expireRate(u"fault-expire-rate"_s,
                                        u"Treat a valid token as expired (401), with probability P."_s, u"P"_s);
    const QCommandLineOption afterErrorRate(u"fault-after-error-rate"_s,
                                            u"Act, then answer 502 or 504 (a gateway giving up), with probability P."_s,
                                            u"P"_s);
    const QCommandLineOption malformedRate(
        u"fault-malformed-rate"_s, u"Act, then answer 200 with a body that is not JSON, with probability P."_s, u"P"_s);
    const QCommandLineOption faultOn(u"fault-on"_s,
                                     u"Inject faults only into requests of this method and path prefix, e.g. "
                                     "\"POST /support/v2/tickets\" (repeatable; default: every request)."_s,
                                     u"METHOD PATH"_s);
    const QCommandLineOption faultCount(u"fault-count"_s,
                                        u"Inject faults into at most N requests (default: no limit)."_s, u"N"_s);
    const QCommandLineOption faultSkip(
        u"fault-skip"_s, u"Leave the first N requests that --fault-on selects alone (default 0)."_s, u"N"_s);
    const QCommandLineOption faultSeed(u"fault-seed"_s, u"Seed of the fault decisions (default 1)."_s, u"N"_s);
    parser.addOptions({help,          port,      db,         seedCases,    seed,        pace,
                       client,        tokenTtl,  noteDelay,  searchLag,    clockOffset, requestTimeout,
                       latency,       errorRate, dropRate,   truncateRate, expireRate,  afterErrorRate,
                       malformedRate, faultOn,   faultCount, faultSkip,    faultSeed});
    parser.addOptions({clientStdin, maxConnections});
    if (!parser.parse(arguments)) {
        *message = parser.errorText();
        return Result::Invalid;
    }
    if (parser.isSet(help)) {
        *message = parser.helpText();
        return Result::ShowHelp;
    }
    if (!parser.positionalArguments().isEmpty()) {
        *message = u"unexpected argument: %1"_s.arg(parser.positionalArguments().constFirst());
        return Result::Invalid;
    }
    const auto invalid = [&](const QCommandLineOption& option, const QString& expected) {
        *message = u"invalid value for --%1: '%2' (expected %3)"_s.arg(option.names().constLast(), parser.value(option),
                                                                       expected);
        return Result::Invalid;
    };
    qint64 number = 0;
    if (parser.isSet(port)) {
        if (!toInt(parser.value(port), 0, 65535, &number))
            return invalid(port, u"0..65535"_s);
        this->port = quint16(number);
    }
    databasePath = parser.value(db);
    if (parser.isSet(db) && databasePath.isEmpty())
        return invalid(db, u"a file path"_s);
    if (parser.isSet(seedCases)) {
        if (!toInt(parser.value(seedCases), 0, 100000, &number))
            return invalid(seedCases, u"0..100000"_s);
        this->seedCases = int(number);
    }
    if (parser.isSet(seed)) {
        if (!toInt(parser.value(seed), 0, std::numeric_limits<quint32>::max(), &number))
            return invalid(seed, u"0..4294967295"_s);
        this->seed = quint32(number);
    }
    if (parser.isSet(pace) && !toDouble(parser.value(pace), 0, 86400, &paceSeconds))
        return invalid(pace, u"seconds, 0..86400"_s);
    if (parser.isSet(tokenTtl)) {
        if (!toInt(parser.value(tokenTtl), 1, 31536000, &number))
            return invalid(tokenTtl, u"seconds, 1..31536000"_s);
        tokenTtlSeconds = int(number);
    }
    if (parser.isSet(noteDelay) && !toDouble(parser.value(noteDelay), 0, 86400, &noteDelaySeconds))
        return invalid(noteDelay, u"seconds, 0..86400"_s);
    if (parser.isSet(searchLag) && !toDouble(parser.value(searchLag), 0, 86400, &searchLagSeconds))
        return invalid(searchLag, u"seconds, 0..86400"_s);
    if (parser.isSet(clockOffset)) {
        if (!toInt(parser.value(clockOffset), -31536000, 31536000, &number))
            return invalid(clockOffset, u"seconds, -31536000..31536000"_s);
        clockOffsetSeconds = number;
    }
    if (parser.isSet(requestTimeout)) {
        if (!toInt(parser.value(requestTimeout), 1, 3600, &number))
            return invalid(requestTimeout, u"seconds, 1..3600"_s);
        requestTimeoutSeconds = int(number);
    }
    if (parser.isSet(latency)) {
        if (!toInt(parser.value(latency), 0, 600000, &number))
            return invalid(latency, u"milliseconds, 0..600000"_s);
        faults.latencyMs = int(number);
    }
    const std::pair<const QCommandLineOption*, double*> rates[] = {
        {&errorRate, &faults.errorRate},           {&dropRate, &faults.dropRate},
        {&truncateRate, &faults.truncateRate},     {&expireRate, &faults.expireRate},
        {&afterErrorRate, &faults.afterErrorRate}, {&malformedRate, &faults.malformedRate}};
    for (const auto& [option, target] : rates) {
        if (parser.isSet(*option) && !toDouble(parser.value(*option), 0, 1, target))
            return invalid(*option, u"a probability, 0..1"_s);
    }
    for (const QString& value : parser.values(faultOn)) {
        const QStringList parts = value.simplified().split(u' ');
        if (parts.size() != 2 || !parts[1].startsWith(u'/') || parts[0].isEmpty()) {
            *message =
                u"invalid value for --fault-on: '%1' (expected METHOD /path, e.g. \"POST /v1/attachments\")"_s.arg(
                    value);
            return Result::Invalid;
        }
        faults.targets.append({parts[0].toUpper().toLatin1(), parts[1]});
    }
    if (parser.isSet(faultCount)) {
        if (!toInt(parser.value(faultCount), 0, 1000000, &number))
            return invalid(faultCount, u"0..1000000"_s);
        faults.limit = int(number);
    }
    if (parser.isSet(faultSkip)) {
        if (!toInt(parser.value(faultSkip), 0, 1000000, &number))
            return invalid(faultSkip, u"0..1000000"_s);
        faults.skip = int(number);
    }
    if (parser.isSet(faultSeed)) {
        if (!toInt(parser.value(faultSeed), 0, std::numeric_limits<quint32>::max(), &number))
            return invalid(faultSeed, u"0..4294967295"_s);
        faults.seed = quint32(number);
    }
    for (const QString& value : parser.values(client)) {
        QString rest = value;
        const bool readOnly = rest.endsWith(u":readonly"_s);
        if (readOnly)
            rest.chop(9);
        const qsizetype colon = rest.indexOf(u':');
        if (colon <= 0 || colon == rest.size() - 1) {
            // The value is not echoed: it may hold a secret.
            *message = u"invalid value for --client (expected ID:SECRET or ID:SECRET:readonly)"_s;
            return Result::Invalid;
        }
        clients.append(ClientCredentials{rest.left(colon), rest.mid(colon + 1), readOnly});
    }
    clientFromStdin = parser.isSet(clientStdin);
    if (parser.isSet(maxConnections)) {
        if (!toInt(parser.value(maxConnections), 1, 10000, &number))
            return invalid(maxConnections, u"1..10000"_s);
        this->maxConnections = int(number);
    }
    if (clients.isEmpty() && !clientFromStdin)
        clients.append(builtInClient());
    return Result::Run;
}

} // namespace Sandbox
