#pragma once

#include "models/api/ApiResult.h"

#include <optional>

namespace CaseDesk
{

/*
 * Catches the answer of an asynchronous ApiClient call, for the tests to wait on without sleeping:
 *
 *     Outcome<Case> fetched;
 *     client.getCase(number, this, fetched.callback());
 *     QTRY_VERIFY(fetched.result);
 *
 * Header-only: the tests that use it link the core library that defines ApiResult.
 */
template <typename T>
struct Outcome
{
    std::optional<ApiResult<T>> result;
    ApiCallback<T> callback()
    {
        return [this](const ApiResult<T>& r) {
            result = r;
        };
    }
};

} // namespace CaseDesk
