#pragma once

#include "sandbox/http/ApiResponse.h"

#include <QByteArray>

class QIODevice;

namespace Sandbox
{

// Serializes an ApiResponse as an HTTP/1.1 answer. The sandbox writes its answers itself (rather than
// through QHttpServerResponder) so that fault injection can delay, cut or withhold them.
class ResponseWriter
{
public:
    enum class Body
    {
        Whole,
        FirstHalf, // a well-formed answer whose Content-Length matches a body cut to half its length
    };

    static QByteArray serialize(const ApiResponse& response, bool keepAlive, Body body = Body::Whole);
    static QByteArray reasonPhrase(int status);
    // Now, as a Date header value (the sandbox's clock, --clock-offset included).
    static QByteArray currentDate();
};

} // namespace Sandbox
