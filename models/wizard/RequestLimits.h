#pragma once

#include "models/catalogue/ApiDocument.h"

#include <optional>

namespace CaseDesk
{

/*
 * The length limits the active API document sets on the create request's text fields, for counters and
 * hints ("12 / 4000"). Read from the document, so a provider document with other limits shows its own;
 * the validator still has the last word.
 *
 *     const RequestLimits limits = RequestLimits::of(*catalogue->document());
 */
struct RequestLimits
{
    std::optional<int> descriptionMax;
    std::optional<int> primaryIdMax;
    std::optional<int> secondaryIdMax;
    std::optional<int> customerReferenceMax;
    std::optional<int> attachmentsMax;

    static RequestLimits of(const ApiDocument& document);
};

} // namespace CaseDesk
