#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace CaseDesk
{

/*
 * What a second start of CaseDesk sends the running copy over its local socket: its command line.
 *
 *     "CDSK" | payload length (quint32, big-endian) | payload (JSON, UTF-8)
 *
 * The payload is the command line as an array of strings, or, when the later start was given an XDG
 * activation token (Wayland: the launcher's permission to bring a window forward), an object
 * {"arguments": [...], "activationToken": "..."} with exactly those keys. The token is passed on so the
 * running copy can raise its window with it; a start without one sends the bare array.
 *
 * answered with one byte, kAccepted or kRefused. Anyone of the same user can write to the socket, so the
 * reader trusts nothing: the header must be exact, the length is capped before anything is buffered, and
 * the payload must be an array of at most kMaxArguments strings of at most kMaxArgumentLength characters (and
 * a token printable ASCII of at most kMaxTokenLength characters).
 *
 *     InstanceMessage::Reader reader;
 *     reader.append(socket->readAll());
 *     if (reader.state() == InstanceMessage::Reader::State::Done) use(reader.arguments());
 */
namespace InstanceMessage
{

inline constexpr char kMagic[] = "CDSK";
inline constexpr qsizetype kHeaderSize = 8; // magic and length
inline constexpr quint32 kMaxPayload = 64 * 1024;
inline constexpr qsizetype kMaxArguments = 64;
inline constexpr qsizetype kMaxArgumentLength = 4096;
inline constexpr qsizetype kMaxTokenLength = 256;
inline constexpr char kAccepted = 'A';
inline constexpr char kRefused = 'R';

// Empty when the arguments are beyond the caps (the sender then says so instead of sending). A token that
// is not fit to send (isActivationToken) is left out.
QByteArray encode(const QStringList& arguments, const QString& activationToken = {});
// Printable ASCII without spaces, 1 to kMaxTokenLength characters: what compositors hand out.
bool isActivationToken(const QString& token);

class Reader
{
public:
    enum class State
    {
        NeedMore,
        Done,
        Refused,
    };

    // Feeds bytes as they arrive; returns the state after them. Bytes after a complete message refuse it.
    State append(const QByteArray& bytes);
    State state() const { return m_state; }
    QStringList arguments() const { return m_arguments; }
    QString activationToken() const { return m_activationToken; }
    // Why a message was refused (for the log; never shown to the sender).
    QString problem() const { return m_problem; }

private:
    State refuse(const QString& why);
    State parsePayload();

    QByteArray m_buffer;
    quint32 m_length = 0;
    bool m_haveHeader = false;
    State m_state = State::NeedMore;
    QStringList m_arguments;
    QString m_activationToken;
    QString m_problem;
};

} // namespace InstanceMessage

} // namespace CaseDesk
