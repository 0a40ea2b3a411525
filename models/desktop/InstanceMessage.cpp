#include "models/desktop/InstanceMessage.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QtEndian>

#include <algorithm>

namespace CaseDesk::InstanceMessage
{

using namespace Qt::StringLiterals;

namespace
{
bool withinCaps(const QStringList& arguments)
{
    if (arguments.size() > kMaxArguments)
        return false;
    for (const QString& argument : arguments) {
        if (argument.size() > kMaxArgumentLength)
            return false;
    }
    return true;
}

const QString kArgumentsKey = QStringLiteral("arguments");
const QString kTokenKey = QStringLiteral("activationToken");
} // namespace

bool isActivationToken(const QString& token)
{
    if (token.isEmpty() || token.size() > kMaxTokenLength)
        return false;
    return std::all_of(token.cbegin(), token.cend(), [](QChar c) { return c.unicode() > 0x20 && c.unicode() < 0x7f; });
}

QByteArray encode(const QStringList& arguments, const QString& activationToken)
{
    if (!withinCaps(arguments))
        return {};
    QJsonDocument document(QJsonArray::fromStringList(arguments));
    if (isActivationToken(activationToken))
        document = QJsonDocument(
            QJsonObject{{kArgumentsKey, QJsonArray::fromStringList(arguments)}, {kTokenKey, activationToken}});
    const QByteArray payload = document.toJson(QJsonDocument::Compact);
    if (payload.size() > qsizetype(kMaxPayload))
        return {};
    QByteArray message(kMagic, 4);
    char length[4];
    qToBigEndian(quint32(payload.size()), length);
    message.append(length, 4);
    message.append(payload);
    return message;
}

Reader::State Reader::refuse(const QString& why)
{
    m_state = State::Refused;
    m_problem = why;
    m_buffer.clear();
    m_arguments.clear();
    m_activationToken.clear();
    return m_state;
}

Reader::State Reader::append(const QByteArray& bytes)
{
    if (m_state == State::Refused)
        return m_state;
    if (m_state == State::Done)
        return bytes.isEmpty() ? m_state : refuse(u"bytes after the message"_s);
    // Never more than one header and the announced payload is buffered.
    const qsizetype room = (m_haveHeader ? qsizetype(m_length) : kHeaderSize) - m_buffer.size();
    if (bytes.size() > room && m_haveHeader)
        return refuse(u"bytes after the message"_s);
    m_buffer.append(bytes);
    if (!m_haveHeader) {
        const qsizetype magicSeen = qMin<qsizetype>(m_buffer.size(), 4);
        if (m_buffer.left(magicSeen) != QByteArray(kMagic, magicSeen))
            return refuse(u"not a CaseDesk message"_s);
        if (m_buffer.size() < kHeaderSize)
            return m_state;
        m_length = qFromBigEndian<quint32>(m_buffer.constData() + 4);
        if (m_length == 0 || m_length > kMaxPayload)
            return refuse(u"payload of %1 bytes"_s.arg(m_length));
        m_haveHeader = true;
        m_buffer.remove(0, kHeaderSize);
        if (m_buffer.size() > qsizetype(m_length))
            return refuse(u"bytes after the message"_s);
    }
    if (m_buffer.size() < qsizetype(m_length))
        return m_state;
    return parsePayload();
}

Reader::State Reader::parsePayload()
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(m_buffer, &error);
    if (error.error != QJsonParseError::NoError || !(document.isArray() || document.isObject()))
        return refuse(u"the payload is not a JSON array or object"_s);
    QJsonArray array = document.array();
    QString token;
    if (document.isObject()) {
        const QJsonObject object = document.object();
        const QJsonValue tokenValue = object.value(kTokenKey);
        if (object.size() != 2 || !object.value(kArgumentsKey).isArray() || !tokenValue.isString())
            return refuse(u"an object other than arguments and an activation token"_s);
        token = tokenValue.toString();
        if (!isActivationToken(token))
            return refuse(u"an activation token that is not one"_s);
        array = object.value(kArgumentsKey).toArray();
    }
    QStringList arguments;
    for (const QJsonValue& value : std::as_const(array)) {
        if (!value.isString())
            return refuse(u"an argument that is not a string"_s);
        arguments << value.toString();
    }
    if (!withinCaps(arguments))
        return refuse(u"too many or too long arguments"_s);
    m_arguments = arguments;
    m_activationToken = token;
    m_buffer.clear();
    m_state = State::Done;
    return m_state;
}

} // namespace CaseDesk::InstanceMessage
