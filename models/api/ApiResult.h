#pragma once

#include "models/api/ApiError.h"

#include <QByteArray>

#include <functional>
#include <optional>

namespace CaseDesk
{

// The outcome of one API call: a value or an error, plus the raw answer body (the store keeps it).
template <typename T>
struct ApiResult
{
    std::optional<T> value;
    ApiError error;
    QByteArray raw;
    int httpStatus = 0;
    std::optional<qint64> serverDateMs; // the answer's Date header (ms since the epoch), when it had one

    bool ok() const { return value.has_value() && !error.isError(); }
};

template <typename T>
using ApiCallback = std::function<void(const ApiResult<T>&)>;

} // namespace CaseDesk
