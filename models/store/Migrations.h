#pragma once

#include <QList>
#include <QStringList>

namespace CaseDesk
{

/*
 * The store's schema history: an ordered list of steps, step N taking a database from version N-1 to N
 * (`PRAGMA user_version`). Database::open() runs every step the file has not seen yet, all in one
 * transaction, so a database is either fully migrated or untouched.
 *
 * How to add a step (drafts, outbox, ...):
 *   1. In Migrations.cpp write `QStringList toVersionN()` returning the new SQL statements
 *      (CREATE TABLE, ALTER TABLE ... ADD COLUMN, UPDATE to backfill; no BEGIN/COMMIT, no user_version).
 *   2. Append one line to the step table: `{N, "what it adds", &toVersionN},`.
 * Never edit a step that has shipped: databases out there already ran it. Step 1 in particular is frozen;
 * tst_storemigration keeps its own copy of it and fails if it changes.
 */
struct MigrationStep
{
    int version;
    const char* purpose;
    QStringList (*statements)();
};

namespace Migrations
{
const QList<MigrationStep>& steps();
int latestVersion();
// The SQL of one step, empty for an unknown version.
QStringList statementsFor(int version);
} // namespace Migrations

} // namespace CaseDesk
