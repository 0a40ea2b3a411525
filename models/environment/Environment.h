#pragma once

#include <QMetaType>
#include <QString>
#include <QUrl>

namespace CaseDesk
{

/*
 * One place CaseDesk can work against: the local sandbox it starts itself, the provider's sandbox, the
 * provider's production, or a server the user added. The key names the environment's own folder, settings
 * file and keychain entries, so nothing of one environment is ever read or sent in another.
 */
struct Environment
{
    enum class Kind
    {
        LocalSandbox,
        ProviderSandbox,
        ProviderProduction,
        Custom,
    };

    QString key;         // "local", "provider-sandbox", "provider-production", "custom-<host>[-<port>]"
    QString displayName; // as the menu, the title and the status bar show it
    QUrl baseUrl;        // empty for the local sandbox: its address is known once it runs
    Kind kind = Kind::LocalSandbox;

    bool isValid() const { return !key.isEmpty(); }
    // Real cases, real engineers: the window must never look like a sandbox.
    bool isProduction() const;
    // Everything but the local sandbox needs the user's own client id and secret.
    bool needsSignIn() const { return kind != Kind::LocalSandbox; }
    bool operator==(const Environment&) const = default;
};

} // namespace CaseDesk

Q_DECLARE_METATYPE(CaseDesk::Environment)
