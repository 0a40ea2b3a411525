#pragma once

#include <QByteArrayList>
#include <QByteArrayView>
#include <QDate>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace CaseDesk
{

struct CaseRow;

/*
 * What the ticket list shows: quick text, statuses, code families, a range of creation dates and
 * "updated in the last N days". Empty parts match everything. Saved views persist it through
 * toVariantMap()/fromVariantMap(), which spell its keys.
 */
struct CaseFilter
{
    QString text;              // every whitespace-separated word must occur (case-insensitive)
    QStringList statuses;      // raw API values
    QStringList families;      // code families: the first four digits ("0305")
    QDate createdFrom;         // inclusive, local dates
    QDate createdTo;           // inclusive
    int updatedWithinDays = 0; // 0: any time

    bool isEmpty() const;
    QVariantMap toVariantMap() const;
    static CaseFilter fromVariantMap(const QVariantMap& map);
    bool operator==(const CaseFilter&) const = default;
};

/*
 * A CaseFilter prepared for testing many rows: words case-folded once, dates turned into milliseconds.
 * The parts are separate so the list can count statuses over rows that pass everything else.
 */
class CaseFilterMatcher
{
public:
    explicit CaseFilterMatcher(const CaseFilter& filter, qint64 nowMs = 0);

    // `searchText` is the row's CaseRowFactory::searchText().
    bool matchesText(QByteArrayView searchText) const;
    bool matchesStatus(const CaseRow& row) const;
    bool matchesOther(const CaseRow& row) const; // family, created range, updated within
    bool matches(const CaseRow& row, QByteArrayView searchText) const
    {
        return matchesText(searchText) && matchesStatus(row) && matchesOther(row);
    }
    bool hasText() const { return !m_words.isEmpty(); }

    // True when every row matching `narrower` also matches `wider` (typing on at the end of the query),
    // so only the rows that matched before need testing again.
    static bool narrows(const QString& wider, const QString& narrower);
    static QByteArrayList words(const QString& text);

private:
    QByteArrayList m_words; // case-folded UTF-8, like CaseRowFactory::searchText()
    QStringList m_statuses;
    QStringList m_families;
    qint64 m_createdFromMs = 0;
    qint64 m_createdToMs = 0;
    qint64 m_updatedAfterMs = 0;
};

} // namespace CaseDesk

Q_DECLARE_METATYPE(CaseDesk::CaseFilter)
