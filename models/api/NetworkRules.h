#pragma once

#include <QString>
#include <QUrl>

namespace CaseDesk::NetworkRules
{

// The decisions ApiClient takes about where a request may go, as plain functions so that tests can read them
// as tables. They never look at the network.

// "localhost", 127.0.0.0/8 and ::1 (in any spelling QHostAddress reads): this computer, never behind a proxy.
bool isLoopbackHost(const QString& host);

// Same scheme, host and port (an absent port is the scheme's default): RFC 6454's origin.
bool sameOrigin(const QUrl& a, const QUrl& b);

// Whether HTTP/2 may be used on the Qt version `qtVersion` (qVersion() at run time). Off before 6.5.4 and on
// 6.6.0 and 6.6.1: their HTTP/2 code has CVE-2023-51714 (a header-size overflow a server can trigger).
// Anything that is not a plain "major.minor.patch" version is treated as vulnerable.
bool http2Allowed(const QString& qtVersion);

enum class Redirect
{
    Follow,                   // to the same origin, with the credentials
    FollowWithoutCredentials, // a download handed to another origin (a storage bucket): no Authorization
    Refuse,
};

struct RedirectDecision
{
    Redirect action = Redirect::Refuse;
    QString reason; // why it was refused, for ApiError's technical details (English, for the log)
};

// What to do when an answer to `from` points to `to` (already resolved against `from`). API calls follow only
// to the same origin; a download may go to another origin, without credentials. Never from https to http,
// never to plain http on a host that is not loopback, never to anything but http(s).
RedirectDecision decideRedirect(const QUrl& from, const QUrl& to, bool isDownload);

} // namespace CaseDesk::NetworkRules
