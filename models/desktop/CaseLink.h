#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace CaseDesk
{

struct CaseLinkParse;

/*
 * A link to a case: casedesk://case/11150929, optionally ?environment=provider-sandbox. The desktop file
 * registers CaseDesk for the casedesk scheme, so such links open the case from chat, e-mail or a browser.
 * Links come from anywhere: the parser is strict (exact shape, no percent-encoding, no spaces or
 * non-ASCII, a known environment) and says in a sentence what is wrong.
 *
 *     const CaseLink::Parsed parsed = CaseLink::parse(text, knownEnvironmentKeys);
 *     if (!parsed.link) return showProblem(parsed.error);
 *     open(parsed.link->caseNumber, parsed.link->environment);
 */
struct CaseLink
{
    Q_DECLARE_TR_FUNCTIONS(CaseLink)

public:
    QString caseNumber;  // 8 digits
    QString environment; // an environment's key; empty: the one in use

    using Parsed = CaseLinkParse;

    static constexpr qsizetype kMaxLength = 300;

    static QString scheme(); // "casedesk"
    // casedesk://case/NUMBER[?environment=KEY]
    QString toString() const;

    // A casedesk:// link.
    static Parsed parse(const QString& text, const QStringList& knownEnvironments);
    // `--open VALUE`: a case number or a link.
    static Parsed parseOpenArgument(const QString& text, const QStringList& knownEnvironments);
    // Empty when `number` is a case number; otherwise why not.
    static QString checkCaseNumber(const QString& number);

    bool operator==(const CaseLink&) const = default;
};

struct CaseLinkParse
{
    std::optional<CaseLink> link;
    QString error; // why not, as a sentence, when link is empty
};

} // namespace CaseDesk
