#pragma once

#include "models/json/JsonCodec.h"
#include "tests/fuzz/FuzzTargets.h"

#include <QJsonDocument>

#include <optional>

namespace CaseDesk::Fuzz
{

// Decodes `bytes` as T the way the app does and checks what every decode promises: it fails exactly when it
// names a reason (each reason can be put in words), and a value it accepts encodes and decodes to itself, since
// answers and drafts are stored as JSON and decoded again later. Returns the value, if any.
template <JsonObjectType T>
std::optional<T> decodeChecked(const QByteArray& bytes)
{
    const Decoded<T> decoded = decodeJson<T>(bytes);
    require(decoded.value.has_value() == decoded.errors.isEmpty(), "a decode fails exactly when it says why");
    if (!decoded.ok()) {
        for (const DecodeError& error : decoded.errors)
            require(!error.message().isEmpty(), "every decode error can be put in words");
        describeDecodeErrors(decoded.errors);
        return std::nullopt;
    }
    const QByteArray encoded = QJsonDocument(decoded.value->toJson()).toJson(QJsonDocument::Compact);
    const Decoded<T> again = decodeJson<T>(encoded);
    require(again.ok(), "an accepted value decodes again once encoded");
    require(*again.value == *decoded.value, "an accepted value survives its round trip unchanged");
    return decoded.value;
}

} // namespace CaseDesk::Fuzz
