#include "models/store/Migrations.h"

namespace CaseDesk
{

using namespace Qt::StringLiterals;

namespace
{
// Version 1, frozen: cases with their last answer and the list's indexed columns, and their notes.
QStringList toVersion1()
{
    return {
        u"CREATE TABLE cases ("
        "  case_number TEXT PRIMARY KEY NOT NULL,"
        "  order_number TEXT NOT NULL DEFAULT '',"
        "  code TEXT NOT NULL DEFAULT '',"
        "  status TEXT NOT NULL DEFAULT '',"
        "  ibx TEXT NOT NULL DEFAULT '',"
        "  created_ms INTEGER NOT NULL DEFAULT 0,"
        "  updated_ms INTEGER NOT NULL DEFAULT 0,"
        "  customer_reference TEXT NOT NULL DEFAULT '',"
        "  description TEXT NOT NULL DEFAULT '',"
        "  last_seen_ms INTEGER NOT NULL DEFAULT 0,"
        "  last_fetched_ms INTEGER NOT NULL DEFAULT 0,"
        "  source INTEGER NOT NULL DEFAULT 0,"
        "  answer BLOB"
        ")"_s,
        u"CREATE INDEX cases_order_number ON cases(order_number)"_s,
        u"CREATE INDEX cases_status ON cases(status)"_s,
        u"CREATE TABLE notes ("
        "  id INTEGER PRIMARY KEY AUTOINCREMENT,"
        "  case_number TEXT NOT NULL REFERENCES cases(case_number) ON DELETE CASCADE ON UPDATE CASCADE,"
        "  note_id TEXT NOT NULL DEFAULT '',"
        "  created_ms INTEGER NOT NULL DEFAULT 0,"
        "  type TEXT NOT NULL DEFAULT '',"
        "  visibility TEXT NOT NULL DEFAULT '',"
        "  text TEXT NOT NULL DEFAULT '',"
        "  attachments TEXT NOT NULL DEFAULT '[]'"
        ")"_s,
        u"CREATE INDEX notes_case ON notes(case_number)"_s,
    };
}

// Version 2: the user's own notes shown as pending until the server returns them.
QStringList toVersion2()
{
    return {
        u"ALTER TABLE notes ADD COLUMN local_id TEXT NOT NULL DEFAULT ''"_s,
        u"ALTER TABLE notes ADD COLUMN state INTEGER NOT NULL DEFAULT 0"_s,
        u"CREATE INDEX notes_pending ON notes(case_number) WHERE state <> 0"_s,
    };
}

// Version 3: what a case looked like when the user last opened it, for the "changed since seen" mark.
// Cases opened before this step count as seen in their current state.
QStringList toVersion3()
{
    return {
        u"ALTER TABLE cases ADD COLUMN seen_status TEXT NOT NULL DEFAULT ''"_s,
        u"ALTER TABLE cases ADD COLUMN seen_updated_ms INTEGER NOT NULL DEFAULT 0"_s,
        u"UPDATE cases SET seen_status = status, seen_updated_ms = updated_ms WHERE last_seen_ms > 0"_s,
    };
}

// Version 4: drafts (the wizard's and the note composers' unsent text, as JSON) and the outbox (writes
// waiting for the server, in creation order). The JSON body is the record; the other columns are copies for
// listing and ordering.
QStringList toVersion4()
{
    return {
        u"CREATE TABLE drafts ("
        "  id TEXT PRIMARY KEY NOT NULL,"
        "  kind TEXT NOT NULL DEFAULT '',"
        "  case_number TEXT NOT NULL DEFAULT '',"
        "  edited_ms INTEGER NOT NULL DEFAULT 0,"
        "  body BLOB NOT NULL"
        ")"_s,
        u"CREATE INDEX drafts_case ON drafts(case_number)"_s,
        u"CREATE TABLE outbox ("
        "  seq INTEGER PRIMARY KEY AUTOINCREMENT,"
        "  id TEXT NOT NULL UNIQUE,"
        "  kind TEXT NOT NULL DEFAULT '',"
        "  state TEXT NOT NULL DEFAULT '',"
        "  case_number TEXT NOT NULL DEFAULT '',"
        "  draft_id TEXT NOT NULL DEFAULT '',"
        "  updated_ms INTEGER NOT NULL DEFAULT 0,"
        "  body BLOB NOT NULL"
        ")"_s,
        u"CREATE INDEX outbox_draft ON outbox(draft_id)"_s,
    };
}

// Append new steps at the end, one line each (see Migrations.h).
const QList<MigrationStep> stepTable = {
    {1, "cases and notes", &toVersion1},
    {2, "pending own notes", &toVersion2},
    {3, "seen snapshot for changed-since-seen", &toVersion3},
    {4, "drafts and the outbox", &toVersion4},
};
} // namespace

const QList<MigrationStep>& Migrations::steps()
{
    return stepTable;
}

int Migrations::latestVersion()
{
    return stepTable.isEmpty() ? 0 : stepTable.constLast().version;
}

QStringList Migrations::statementsFor(int version)
{
    for (const MigrationStep& step : stepTable) {
        if (step.version == version)
            return step.statements();
    }
    return {};
}

} // namespace CaseDesk
