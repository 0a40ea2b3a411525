#include "models/domain/AccessToken.h"

namespace CaseDesk
{

using namespace Qt::StringLiterals;

namespace
{
const auto fields = std::make_tuple(
    jsonField("access_token"_L1, &AccessToken::accessToken), jsonField("token_timeout"_L1, &AccessToken::tokenTimeout),
    jsonField("user_name"_L1, &AccessToken::userName), jsonField("token_type"_L1, &AccessToken::tokenType));
} // namespace

AccessToken AccessToken::fromJson(JsonReader& reader)
{
    return reader.readFields<AccessToken>(fields);
}

std::optional<qint64> AccessToken::lifetimeSecs() const
{
    bool ok = false;
    const qint64 seconds = tokenTimeout.trimmed().toLongLong(&ok);
    if (!ok || seconds <= 0)
        return std::nullopt;
    return qMin(seconds, kMaxLifetimeSecs);
}

QJsonObject AccessToken::toJson() const
{
    return writeFields(*this, fields);
}

} // namespace CaseDesk
