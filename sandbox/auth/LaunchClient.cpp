#include "sandbox/auth/LaunchClient.h"

namespace Sandbox
{

using namespace Qt::StringLiterals;

std::optional<ClientCredentials> LaunchClient::read(QIODevice& input, QString* error)
{
    const QByteArray line = input.readLine(kMaxLineBytes + 2); // one more than allowed, newline or not
    if (line.size() > kMaxLineBytes) {
        *error = u"--client-stdin: the line on standard input is longer than %1 bytes"_s.arg(kMaxLineBytes);
        return std::nullopt;
    }
    const QString text = QString::fromUtf8(line).trimmed();
    const qsizetype colon = text.indexOf(u':');
    if (text.isEmpty() || colon <= 0) {
        *error = u"--client-stdin: expected one line ID:SECRET on standard input"_s;
        return std::nullopt;
    }
    ClientCredentials client{text.left(colon), text.mid(colon + 1), false, true};
    if (client.secret.size() < kMinSecretLength) {
        *error = u"--client-stdin: the secret must have at least %1 characters"_s.arg(kMinSecretLength);
        return std::nullopt;
    }
    return client;
}

} // namespace Sandbox
