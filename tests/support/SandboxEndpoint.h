#pragma once

#include "models/api/ApiClient.h"
#include "tests/support/SandboxProcess.h"

#include <QCryptographicHash>
#include <QFile>

namespace CaseDesk
{

/*
 * Small pieces the API tests share (header-only: they need the core library the tests link).
 *
 *     client.setEndpoint(sandboxEndpoint(sandbox.baseUrl()));
 *     QCOMPARE(sha256Hex(downloaded), sha256Hex(uploaded));
 */

// The sandbox's built-in client as the app's endpoint, with short waits so a failing test fails in
// seconds; retries keep their shape from a smaller base delay.
inline ApiEndpoint sandboxEndpoint(const QUrl& baseUrl, int transferTimeoutMs = 5000)
{
    ApiEndpoint endpoint;
    endpoint.baseUrl = baseUrl;
    endpoint.clientId = SandboxProcess::builtInClientId();
    endpoint.clientSecret = SandboxProcess::builtInClientSecret();
    endpoint.transferTimeoutMs = transferTimeoutMs;
    endpoint.retryBaseDelayMs = 10;
    return endpoint;
}

// The file's SHA-256 in hex; empty when it cannot be read.
inline QByteArray sha256Hex(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

} // namespace CaseDesk
