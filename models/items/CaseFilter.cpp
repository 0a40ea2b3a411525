#include "models/items/CaseFilter.h"

#include "models/items/CaseRow.h"

#include <QDateTime>
#include <QRegularExpression>

#include <string_view>

namespace CaseDesk
{

using namespace Qt::StringLiterals;

namespace
{
// The persisted keys of a filter, spelled here only.
const QString kText = u"text"_s;
const QString kStatuses = u"statuses"_s;
const QString kFamilies = u"families"_s;
const QString kCreatedFrom = u"createdFrom"_s;
const QString kCreatedTo = u"createdTo"_s;
const QString kUpdatedWithinDays = u"updatedWithinDays"_s;

constexpr qint64 kDayMs = 24 * 60 * 60 * 1000;
} // namespace

bool CaseFilter::isEmpty() const
{
    return *this == CaseFilter{};
}

QVariantMap CaseFilter::toVariantMap() const
{
    QVariantMap map;
    if (!text.isEmpty())
        map.insert(kText, text);
    if (!statuses.isEmpty())
        map.insert(kStatuses, statuses);
    if (!families.isEmpty())
        map.insert(kFamilies, families);
    if (createdFrom.isValid())
        map.insert(kCreatedFrom, createdFrom.toString(Qt::ISODate));
    if (createdTo.isValid())
        map.insert(kCreatedTo, createdTo.toString(Qt::ISODate));
    if (updatedWithinDays > 0)
        map.insert(kUpdatedWithinDays, updatedWithinDays);
    return map;
}

CaseFilter CaseFilter::fromVariantMap(const QVariantMap& map)
{
    CaseFilter filter;
    filter.text = map.value(kText).toString();
    filter.statuses = map.value(kStatuses).toStringList();
    filter.families = map.value(kFamilies).toStringList();
    filter.createdFrom = QDate::fromString(map.value(kCreatedFrom).toString(), Qt::ISODate);
    filter.createdTo = QDate::fromString(map.value(kCreatedTo).toString(), Qt::ISODate);
    filter.updatedWithinDays = qMax(0, map.value(kUpdatedWithinDays).toInt());
    return filter;
}

QByteArrayList CaseFilterMatcher::words(const QString& text)
{
    static const QRegularExpression space(u"\\s+"_s);
    QByteArrayList result;
    for (const QString& word : text.split(space, Qt::SkipEmptyParts))
        result.append(CaseRowFactory::foldForSearch(word));
    return result;
}

bool CaseFilterMatcher::narrows(const QString& wider, const QString& narrower)
{
    // Appending to the query keeps every earlier word (the last one may grow), so matches only shrink.
    return !words(wider).isEmpty() && narrower.startsWith(wider);
}

CaseFilterMatcher::CaseFilterMatcher(const CaseFilter& filter, qint64 nowMs)
    : m_words(words(filter.text))
    , m_statuses(filter.statuses)
    , m_families(filter.families)
{
    if (filter.createdFrom.isValid())
        m_createdFromMs = QDateTime(filter.createdFrom, QTime(0, 0)).toMSecsSinceEpoch();
    if (filter.createdTo.isValid())
        m_createdToMs = QDateTime(filter.createdTo.addDays(1), QTime(0, 0)).toMSecsSinceEpoch() - 1;
    if (filter.updatedWithinDays > 0) {
        const qint64 now = nowMs > 0 ? nowMs : QDateTime::currentMSecsSinceEpoch();
        m_updatedAfterMs = now - filter.updatedWithinDays * kDayMs;
    }
}

bool CaseFilterMatcher::matchesText(QByteArrayView searchText) const
{
    // std::string_view::find looks for the first byte with memchr: the fastest search the library offers.
    const std::string_view haystack(searchText.data(), size_t(searchText.size()));
    for (const QByteArray& word : m_words) {
        if (haystack.find(std::string_view(word.constData(), size_t(word.size()))) == std::string_view::npos)
            return false;
    }
    return true;
}

bool CaseFilterMatcher::matchesStatus(const CaseRow& row) const
{
    return m_statuses.isEmpty() || m_statuses.contains(row.summary.status);
}

bool CaseFilterMatcher::matchesOther(const CaseRow& row) const
{
    if (!m_families.isEmpty() && !m_families.contains(row.family))
        return false;
    const qint64 created = row.summary.createdMs;
    if (m_createdFromMs && (created == 0 || created < m_createdFromMs))
        return false;
    if (m_createdToMs && (created == 0 || created > m_createdToMs))
        return false;
    if (m_updatedAfterMs && row.summary.updatedMs < m_updatedAfterMs)
        return false;
    return true;
}

} // namespace CaseDesk
