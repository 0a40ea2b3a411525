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

// Version 5: the user can mark a case unseen from the list; it stays marked until opened or marked seen.
QStringList toVersion5()
{
    return {
        u"ALTER TABLE cases ADD COLUMN marked_unseen INTEGER NOT NULL DEFAULT 0"_s,
    };
}

// Version 6: full-text indexes (SQLite FTS5) over note texts and case descriptions for the list's quick filter.
// They are external-content indexes: the text stays in notes and cases only, triggers keep the index in step
// with every insert, update and delete, and 'rebuild' indexes what a store already holds. Words are matched
// without case or accents; prefixes of 2 and 3 characters are indexed so typing stays fast.
QStringList toVersion6()
{
    const QString options = u"tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'"_s;
    return {
        u"CREATE VIRTUAL TABLE notes_fts USING fts5(text, content = 'notes', content_rowid = 'id', "_s + options
            + u")"_s,
        u"CREATE TRIGGER notes_fts_insert AFTER INSERT ON notes BEGIN"
        "  INSERT INTO notes_fts(rowid, text) VALUES (new.id, new.text);"
        " END"_s,
        u"CREATE TRIGGER notes_fts_delete AFTER DELETE ON notes BEGIN"
        "  INSERT INTO notes_fts(notes_fts, rowid, text) VALUES ('delete', old.id, old.text);"
        " END"_s,
        u"CREATE TRIGGER notes_fts_update AFTER UPDATE OF text ON notes BEGIN"
        "  INSERT INTO notes_fts(notes_fts, rowid, text) VALUES ('delete', old.id, old.text);"
        "  INSERT INTO notes_fts(rowid, text) VALUES (new.id, new.text);"
        " END"_s,
        // cases has no INTEGER PRIMARY KEY: its implicit rowid is the link, which only VACUUM could renumber
        // (the store never runs it; a 'rebuild' would put it right).
        u"CREATE VIRTUAL TABLE cases_fts USING fts5(description, content = 'cases', "_s + options + u")"_s,
        u"CREATE TRIGGER cases_fts_insert AFTER INSERT ON cases BEGIN"
        "  INSERT INTO cases_fts(rowid, description) VALUES (new.rowid, new.description);"
        " END"_s,
        u"CREATE TRIGGER cases_fts_delete AFTER DELETE ON cases BEGIN"
        "  INSERT INTO cases_fts(cases_fts, rowid, description) VALUES ('delete', old.rowid, old.description);"
        " END"_s,
        u"CREATE TRIGGER cases_fts_update AFTER UPDATE OF description ON cases BEGIN"
        "  INSERT INTO cases_fts(cases_fts, rowid, description) VALUES ('delete', old.rowid, old.description);"
        "  INSERT INTO cases_fts(rowid, description) VALUES (new.rowid, new.description);"
        " END"_s,
        u"INSERT INTO notes_fts(notes_fts) VALUES ('rebuild')"_s,
        u"INSERT INTO cases_fts(cases_fts) VALUES ('rebuild')"_s,
    };
}

// Version 7: indexes for the list's first screen, read in its sort order before the whole store loads
// (CaseStore::firstSummaries).
QStringList toVersion7()
{
    return {
        u"CREATE INDEX IF NOT EXISTS cases_updated ON cases(updated_ms)"_s,
        u"CREATE INDEX IF NOT EXISTS cases_created ON cases(created_ms)"_s,
    };
}

// Append new steps at the end, one line each (see Migrations.h).
const QList<MigrationStep> stepTable = {
    {1, "cases and notes", &toVersion1},
    {2, "pending own notes", &toVersion2},
    {3, "seen snapshot for changed-since-seen", &toVersion3},
    {4, "drafts and the outbox", &toVersion4},
    {5, "cases marked unseen by the user", &toVersion5},
    {6, "full-text indexes over notes and descriptions", &toVersion6},
    {7, "indexes on the update and creation times for the list's first screen", &toVersion7},
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
