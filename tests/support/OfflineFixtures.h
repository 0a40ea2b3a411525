#pragma once

#include "models/offline/Draft.h"
#include "models/offline/OfflineStore.h"
#include "models/wizard/CaseDraft.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

namespace CaseDesk
{

// Values and helpers shared by the drafts and outbox unit tests.
namespace OfflineFixtures
{
inline CaseDraft caseDraft(const QString& description, const QString& reference = QStringLiteral("CD-20261128-0A0B0C"))
{
    CaseDraft draft;
    draft.request.code = QStringLiteral("0305-0301");
    draft.request.description = description;
    draft.request.primaryId = QStringLiteral("AM5:01:001234");
    draft.generatedReference = reference;
    draft.step = CaseDraft::Step::Problem;
    return draft;
}

inline NoteDraft noteDraft(const QString& caseNumber, const QString& text)
{
    NoteDraft note;
    note.caseNumber = caseNumber;
    note.text = text;
    note.visibility = QStringLiteral("EXTERNAL");
    return note;
}

// Opens `store` on `path` and waits for the outcome.
inline bool open(OfflineStore& store, const QString& path)
{
    QSignalSpy opened(&store, &OfflineStore::opened);
    store.open(path);
    return opened.wait(10000) && store.isOpen();
}

// Writes raw rows behind the store's back (a torn or foreign row), through a connection of the test's own.
inline bool runSql(const QString& path, const QStringList& statements)
{
    const QString name = QUuid::createUuid().toString();
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ok = db.open();
        for (const QString& sql : statements) {
            QSqlQuery query(db);
            if (ok && !query.exec(sql)) {
                qWarning() << "SQL failed:" << sql;
                ok = false;
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}
} // namespace OfflineFixtures

} // namespace CaseDesk
