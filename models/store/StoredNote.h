#pragma once

#include "models/domain/CaseNote.h"

#include <QMetaType>
#include <QString>

namespace CaseDesk
{

/*
 * A note as the store keeps it: one of the server's (from GET's notes[]) or one of the user's own that was
 * sent but has not come back in a GET answer yet. A pending note carries a local id; when the server's
 * copy arrives (same note id, or the same text within a few minutes) the pending one is dropped.
 */
struct StoredNote
{
    enum class State
    {
        Server = 0,  // as the server returned it
        Sending = 1, // own note, the POST has not answered yet (or failed in a way that may have reached it)
        Sent = 2,    // own note the server accepted; waiting for GET to show it
    };

    QString caseNumber;
    QString localId; // pending notes only
    CaseNote note;
    State state = State::Server;

    bool isPending() const { return state != State::Server; }
    bool operator==(const StoredNote&) const = default;
};

} // namespace CaseDesk

Q_DECLARE_METATYPE(CaseDesk::StoredNote)
