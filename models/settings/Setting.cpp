#include "models/settings/Setting.h"

namespace CaseDesk::SettingValue
{

std::optional<qint64> parse(const QVariant& stored, qint64*)
{
    if (!stored.isValid())
        return std::nullopt;
    bool ok = false;
    const qint64 value = stored.toString().trimmed().toLongLong(&ok);
    return ok ? std::optional<qint64>(value) : std::nullopt;
}

std::optional<bool> parse(const QVariant& stored, bool*)
{
    if (stored.typeId() == QMetaType::Bool)
        return stored.toBool();
    const QString text = stored.toString().trimmed().toLower();
    if (text == u"true" || text == u"1" || text == u"yes" || text == u"on")
        return true;
    if (text == u"false" || text == u"0" || text == u"no" || text == u"off")
        return false;
    return std::nullopt;
}

std::optional<QString> parse(const QVariant& stored, QString*)
{
    if (!stored.isValid() || !stored.canConvert<QString>())
        return std::nullopt;
    return stored.toString();
}

std::optional<QStringList> parse(const QVariant& stored, QStringList*)
{
    if (!stored.isValid() || !stored.canConvert<QStringList>())
        return std::nullopt;
    return stored.toStringList();
}

std::optional<QVariantMap> parse(const QVariant& stored, QVariantMap*)
{
    if (stored.typeId() != QMetaType::QVariantMap)
        return std::nullopt;
    return stored.toMap();
}

std::optional<QByteArray> parse(const QVariant& stored, QByteArray*)
{
    if (!stored.isValid() || !stored.canConvert<QByteArray>())
        return std::nullopt;
    return stored.toByteArray();
}

std::optional<QDateTime> parse(const QVariant& stored, QDateTime*)
{
    const QDateTime value = stored.toDateTime();
    return value.isValid() ? std::optional<QDateTime>(value) : std::nullopt;
}

} // namespace CaseDesk::SettingValue
