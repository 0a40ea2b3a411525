#include "models/api/NetworkRules.h"

#include <QHostAddress>
#include <QVersionNumber>

namespace CaseDesk::NetworkRules
{

using namespace Qt::StringLiterals;

namespace
{
int portOf(const QUrl& url)
{
    const QString scheme = url.scheme().toLower();
    return url.port(scheme == u"https" ? 443 : scheme == u"http" ? 80 : -1);
}
} // namespace

bool isLoopbackHost(const QString& host)
{
    if (host.compare(u"localhost", Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

bool sameOrigin(const QUrl& a, const QUrl& b)
{
    if (!a.isValid() || !b.isValid() || a.host().isEmpty())
        return false;
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0
           && a.host().compare(b.host(), Qt::CaseInsensitive) == 0 && portOf(a) == portOf(b);
}

bool http2Allowed(const QString& qtVersion)
{
    // Exactly "major.minor.patch": whatever else (spaces, suffixes, leading zeros) is not a version to trust.
    const QVersionNumber version = QVersionNumber::fromString(qtVersion);
    if (version.segmentCount() != 3 || version.toString() != qtVersion)
        return false;
    if (version < QVersionNumber(6, 5, 4))
        return false;
    // 6.6.0 and 6.6.1 came out before the fix, which reached the 6.6 branch with 6.6.2.
    return !(version >= QVersionNumber(6, 6, 0) && version < QVersionNumber(6, 6, 2));
}

RedirectDecision decideRedirect(const QUrl& from, const QUrl& to, bool isDownload)
{
    const QString scheme = to.scheme().toLower();
    if (!to.isValid() || to.host().isEmpty() || (scheme != u"https" && scheme != u"http"))
        return {Redirect::Refuse,
                u"the server redirected to \"%1\", which is not an http(s) address"_s.arg(to.toDisplayString())};
    if (from.scheme().compare(u"https", Qt::CaseInsensitive) == 0 && scheme == u"http")
        return {Redirect::Refuse,
                u"the server redirected from https to plain http (\"%1\")"_s.arg(to.toDisplayString())};
    if (scheme == u"http" && !isLoopbackHost(to.host()))
        return {Redirect::Refuse,
                u"the server redirected to plain http on another computer (\"%1\")"_s.arg(to.toDisplayString())};
    if (sameOrigin(from, to))
        return {Redirect::Follow, {}};
    if (isDownload)
        return {Redirect::FollowWithoutCredentials, {}};
    return {Redirect::Refuse,
            u"the server redirected an API call to another origin (\"%1\")"_s.arg(to.toDisplayString())};
}

} // namespace CaseDesk::NetworkRules
