#pragma once

#include "sandbox/store/CaseRecord.h"

#include <QStringList>

namespace Sandbox
{

class CodeCatalog;
class SandboxDatabase;

/*
 * Turns an accepted create request into a new CaseRecord: numbers from the database's counters
 * (8-digit case number; "1-" + 12 digits order number for codes below 0100), an IBX derived from
 * primaryId, and the presentation fields a GET shows. Also used by CaseSeeder.
 */
class CaseBuilder
{
public:
    CaseBuilder(SandboxDatabase& database, const CodeCatalog& catalog);

    CaseRecord build(const QJsonObject& request, const QString& clientId, qint64 nowMs);
    QString nextNoteId();

    // "AM5:01:001234" gives AM5; anything else a fixed pick by hash.
    static QString ibxFor(const QString& primaryId);
    static QStringList ibxCodes();
    static QString accountNumber();
    static QString accountName();
    // FNV-1a: stable across runs, unlike qHash.
    static quint32 stableHash(const QString& text);

private:
    QString recordId(const QString& prefix, const QString& counter);

    SandboxDatabase& m_database;
    const CodeCatalog& m_catalog;
};

} // namespace Sandbox
