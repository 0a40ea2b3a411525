#pragma once

#include <QString>
#include <QStringList>

/*
 * Writes a client case store of any size straight into SQLite, for the benches: the store's own Database
 * creates and migrates the file (so the schema, indexes and full-text triggers are the app's), then one
 * transaction inserts the rows with one prepared statement. 200,000 cases take seconds, not the hours the
 * same cases would take through HTTP and CaseStore::mergeAnswer.
 *
 *     StoreGenerator generator;
 *     generator.caseNumbers = numbersTheSandboxKnows; // optional: rows for these cases first
 *     if (!generator.write(dir.filePath(u"casedesk.sqlite"_s), 50'000, &error)) ...
 *
 * The rows have the spread of a busy customer's three years (about a fifth open, the rest closed or
 * resolved, unless onlyGivenOpen), a description of a few words, a short stored answer (so no row is partial), no
 * notes.
 */
class StoreGenerator
{
public:
    // When set, the first rows get these case numbers (cases a sandbox holds, so a refresh finds them) and
    // an open status; the rest are numbered from 10,000,000.
    QStringList caseNumbers;
    // When set, only those given cases are open: every other row is CLOSED or CANCELLED, so a refresh of the
    // open cases asks the server for exactly the given ones.
    bool onlyGivenOpen = false;
    quint32 seed = 20240229;

    bool write(const QString& path, int count, QString* error) const;
};
