#pragma once

#include <QString>

namespace CaseDesk
{

/*
 * The top-level keys of the create request that the catalogue, the validator and the page map need to
 * name. They are learnt from CreateCaseRequest's own codec, so each key stays spelled once, in its
 * field table: a probe request is written out and its keys are told apart by the kind of value each holds.
 */
struct CreateRequestKeys
{
    QString code;
    QString details;
    QString contacts;
    QString attachments;

    static const CreateRequestKeys& get();
};

} // namespace CaseDesk
