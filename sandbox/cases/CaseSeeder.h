#pragma once

#include <QJsonObject>
#include <QRandomGenerator>
#include <QStringList>

namespace Sandbox
{

class AttachmentStore;
class CaseBuilder;
class CaseStore;
class CodeCatalog;
class SandboxDatabase;
struct CaseRecord;

/*
 * Fills an empty database with realistic demo cases (--seed-cases N), reproducibly for a given --seed:
 * trouble tickets and cases across the catalogue (the 14 detail codes with valid details), IBXs, cages,
 * all six statuses with consistent histories, provider and customer notes, contacts, customer
 * references and attachments, created over the last 11 months. Does nothing if any case exists.
 */
class CaseSeeder
{
public:
    CaseSeeder(SandboxDatabase& database, CaseStore& cases, AttachmentStore& attachments, CaseBuilder& builder,
               const CodeCatalog& catalog, const QStringList& detailCodes);

    // Returns how many cases it added.
    int seed(int count, quint32 seed);

private:
    QString pickCode(int index);
    QJsonObject makeRequest(const QString& code);
    QString pickStatus(int index, qint64 ageMs);
    void addHistoryAndNotes(CaseRecord& record, qint64 nowMs);
    void addAttachments(CaseRecord& record);
    QString pick(const QStringList& list);

    SandboxDatabase& m_database;
    CaseStore& m_cases;
    AttachmentStore& m_attachments;
    CaseBuilder& m_builder;
    const CodeCatalog& m_catalog;
    QStringList m_detailCodes;
    QStringList m_troubleCodes;
    QStringList m_caseCodes;
    QRandomGenerator m_random;
    int m_nextDetailCode = 0;
    QString m_previousCase; // the last case seeded, for a note that refers to it
};

} // namespace Sandbox
