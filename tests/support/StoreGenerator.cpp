#include "tests/support/StoreGenerator.h"

#include "models/store/Database.h"
#include "models/store/SqlText.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

using namespace CaseDesk;
using namespace Qt::StringLiterals;

namespace
{
QStringList catalogueCodes()
{
    QFile file(QStringLiteral(CASEDESK_SOURCE_DIR "/resources/api/code-labels.json"));
    QStringList codes;
    if (file.open(QIODevice::ReadOnly)) {
        const QJsonArray entries = QJsonDocument::fromJson(file.readAll()).object().value("codes"_L1).toArray();
        for (const QJsonValue& entry : entries)
            codes.append(entry[u"code"_s].toString());
    }
    if (codes.isEmpty())
        codes.append(u"CC_SMART_HANDS"_s);
    return codes;
}

template <typename T>
const T& pick(QRandomGenerator& random, const QList<T>& list)
{
    return list.at(random.bounded(int(list.size())));
}

QString iso(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}
} // namespace

bool StoreGenerator::write(const QString& path, int count, QString* error) const
{
    static const QStringList statuses = {u"CLOSED"_s,   u"CLOSED"_s,      u"CLOSED"_s,    u"CLOSED"_s, u"RESOLVED"_s,
                                         u"RESOLVED"_s, u"IN_PROGRESS"_s, u"SUBMITTED"_s, u"CLOSED"_s, u"CANCELLED"_s};
    static const QStringList metros = {u"AM"_s, u"DA"_s, u"SV"_s, u"FR"_s, u"LD"_s, u"SG"_s, u"NY"_s,
                                       u"CH"_s, u"DC"_s, u"TY"_s, u"HK"_s, u"SY"_s, u"PA"_s, u"ZH"_s};
    static const QStringList words = {u"power"_s, u"outage"_s, u"cross"_s,   u"connect"_s,  u"cage"_s,
                                      u"door"_s,  u"rack"_s,   u"server"_s,  u"reboot"_s,   u"cable"_s,
                                      u"fiber"_s, u"patch"_s,  u"panel"_s,   u"shipment"_s, u"inbound"_s,
                                      u"smart"_s, u"hands"_s,  u"replace"_s, u"optic"_s,    u"badge"_s};
    const QStringList codes = catalogueCodes();
    Database database(path);
    if (!database.open()) {
        *error = database.errorString();
        return false;
    }
    QSqlDatabase db = QSqlDatabase::database(database.connectionName());
    QSqlQuery pragma(db);
    // Generated data needs no power-cut safety; the app sets its own pragmas when it opens the file.
    pragma.exec(u"PRAGMA synchronous=OFF"_s);
    if (!db.transaction()) {
        *error = db.lastError().text();
        return false;
    }
    QSqlQuery insert(db);
    insert.prepare(
        u"INSERT INTO cases (case_number, order_number, code, status, ibx, created_ms, updated_ms,"
        " customer_reference, description, last_seen_ms, last_fetched_ms, source, seen_status,"
        " seen_updated_ms, marked_unseen, answer) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    QRandomGenerator random(seed);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (int i = 0; i < count; ++i) {
        const bool given = i < caseNumbers.size();
        const QString caseNumber = given ? caseNumbers.at(i) : QString::number(10'000'000 + i);
        QString status = given ? u"IN_PROGRESS"_s : pick(random, statuses);
        if (!given && onlyGivenOpen && status != u"CANCELLED"_s)
            status = u"CLOSED"_s;
        const qint64 created = now - qint64(random.bounded(3 * 365 * 24)) * 3'600'000 - random.bounded(3'600'000);
        const qint64 updated =
            qMin(now, created + qint64(random.bounded(30 * 24)) * 3'600'000 + random.bounded(3'600'000));
        const QString metro = pick(random, metros);
        const QString ibx = metro + QString::number(1 + random.bounded(12));
        const QString code = pick(random, codes);
        QStringList description;
        for (int w = 0, n = 4 + random.bounded(12); w < n; ++w)
            description.append(pick(random, words));
        const QString reference =
            random.bounded(4) == 0 ? QString() : u"PO-"_s + QString::number(random.bounded(100000)) + u'-' + metro;
        const QString orderNumber = u"1-"_s + QString::number(200'000'000'000LL + qint64(i) * 7919);
        const qint64 seen = random.bounded(3) == 0 ? 0 : updated;
        const QByteArray answer =
            QJsonDocument(QJsonObject{
                              {u"id"_s, caseNumber},
                              {u"orderId"_s, orderNumber},
                              {u"code"_s, code},
                              {u"status"_s, status},
                              {u"location"_s, QJsonObject{{u"ibx"_s, QJsonArray{ibx}}}},
                              {u"createdDateTime"_s, iso(created)},
                              {u"otherDetails"_s, QJsonObject{{u"description"_s, description.join(u' ')},
                                                              {u"updatedDateTime"_s, iso(updated)}}},
                              {u"notes"_s, QJsonArray()},
                          })
                .toJson(QJsonDocument::Compact);
        for (const QVariant& value :
             {QVariant(caseNumber), QVariant(orderNumber), QVariant(code), QVariant(status), QVariant(ibx),
              QVariant(created), QVariant(updated), sqlText(reference), QVariant(description.join(u' ')),
              QVariant(seen), QVariant(updated), QVariant(0), sqlText(seen > 0 ? status : QString()),
              QVariant(seen > 0 ? updated : 0), QVariant(0), QVariant(answer)})
            insert.addBindValue(value);
        if (!insert.exec()) {
            *error = insert.lastError().text();
            db.rollback();
            return false;
        }
    }
    if (!db.commit()) {
        *error = db.lastError().text();
        return false;
    }
    return true;
}
