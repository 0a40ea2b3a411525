#pragma once

#include "sandbox/auth/TokenService.h"

#include <QIODevice>
#include <QString>

#include <optional>

namespace Sandbox
{

/*
 * The client of the program that launched this sandbox (CaseDesk), read from one "ID:SECRET" line on
 * standard input with --client-stdin: a secret on the command line would be visible to every local user in
 * /proc/PID/cmdline. The app makes a new random secret for every launch, so this client is never locked:
 * wrong guesses by another local user cannot lock the app out, and a secret of at least kMinSecretLength
 * characters cannot be guessed.
 *
 *     QFile in;
 *     in.open(stdin, QIODevice::ReadOnly);
 *     const auto client = LaunchClient::read(in, &error);
 */
class LaunchClient
{
public:
    static constexpr qsizetype kMinSecretLength = 32;
    static constexpr qsizetype kMaxLineBytes = 4096;

    // Reads one line; nullopt with the reason (never the secret) in *error when it is not a usable client.
    static std::optional<ClientCredentials> read(QIODevice& input, QString* error);
};

} // namespace Sandbox
