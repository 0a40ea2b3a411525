#include "models/items/CaseOrder.h"

#include "models/items/CaseListModel.h"

#include <algorithm>
#include <limits>

namespace CaseDesk
{

namespace
{
constexpr double kUnranked = std::numeric_limits<double>::infinity();

int compareText(const QString& left, const QString& right)
{
    return QString::compare(left, right, Qt::CaseSensitive);
}

template <typename T>
int compareValues(const T& left, const T& right)
{
    return left < right ? -1 : (right < left ? 1 : 0);
}
} // namespace

void CaseOrder::setSort(int column, Qt::SortOrder order)
{
    m_sortColumn = column >= 0 && column < CaseListModel::ColumnCount ? column : -1;
    m_sortOrder = order;
}

bool CaseOrder::lessThan(int left, int right) const
{
    if (m_sortColumn < 0)
        return left < right;
    const CaseRow& a = m_cases->caseRow(left);
    const CaseRow& b = m_cases->caseRow(right);
    int order = 0;
    switch (CaseListModel::Column(m_sortColumn)) {
    case CaseListModel::CaseNumberColumn:
        break; // the tie-break below
    case CaseListModel::OrderNumberColumn:
        order = compareText(a.summary.orderNumber, b.summary.orderNumber);
        break;
    case CaseListModel::CodeColumn:
        order = compareText(a.summary.code, b.summary.code);
        break;
    case CaseListModel::CodeLabelColumn:
        order = a.codeLabelKey.compare(b.codeLabelKey);
        break;
    case CaseListModel::StatusColumn:
        order = a.statusKey.compare(b.statusKey);
        break;
    case CaseListModel::IbxColumn:
        order = a.ibxKey.compare(b.ibxKey);
        break;
    case CaseListModel::CreatedColumn:
        order = compareValues(a.summary.createdMs, b.summary.createdMs);
        break;
    case CaseListModel::UpdatedColumn:
        order = compareValues(a.summary.updatedMs, b.summary.updatedMs);
        break;
    case CaseListModel::CustomerReferenceColumn:
        // CaseListModel::prepareSort() has made the keys; compare the text should a row lack one.
        order = a.referenceKey && b.referenceKey
                    ? a.referenceKey->compare(*b.referenceKey)
                    : compareText(a.summary.customerReference, b.summary.customerReference);
        break;
    case CaseListModel::ColumnCount:
        break;
    }
    // Equal values fall back to the case number, so the order is total and the same every time.
    if (order == 0)
        order = compareText(a.summary.caseNumber, b.summary.caseNumber);
    if (order == 0)
        order = compareValues(left, right);
    return m_sortOrder == Qt::AscendingOrder ? order < 0 : order > 0;
}

bool CaseOrder::shownLessThan(int left, int right) const
{
    if (!m_rankedRows.empty()) {
        const double a = m_rank[size_t(left)];
        const double b = m_rank[size_t(right)];
        if (a != b)
            return a < b;
    }
    return lessThan(left, right);
}

void CaseOrder::setRanks(const QHash<int, double>& rankBySourceRow)
{
    const std::vector<int> previous = std::move(m_rankedRows);
    m_rankedRows.clear();
    for (int row : previous) {
        m_rank[size_t(row)] = kUnranked;
        m_textOk[size_t(row)] = m_matcher.matchesText(m_cases->searchText(row));
    }
    for (auto it = rankBySourceRow.cbegin(); it != rankBySourceRow.cend(); ++it) {
        if (it.key() < 0 || size_t(it.key()) >= m_rank.size())
            continue;
        m_rank[size_t(it.key())] = it.value();
        m_rankedRows.push_back(it.key());
        m_textOk[size_t(it.key())] = 1;
    }
    rebuildShown();
}

bool CaseOrder::accepted(int sourceRow) const
{
    const auto r = size_t(sourceRow);
    return m_textOk[r] && m_statusOk[r] && m_otherOk[r];
}

quint16 CaseOrder::statusIdOf(const QString& status)
{
    auto it = m_statusIds.constFind(status);
    if (it == m_statusIds.cend()) {
        it = m_statusIds.insert(status, quint16(m_statusNames.size()));
        m_statusNames.append(status);
    }
    return *it;
}

void CaseOrder::evaluate(int sourceRow)
{
    const CaseRow& row = m_cases->caseRow(sourceRow);
    const auto r = size_t(sourceRow);
    m_textOk[r] = m_rank[r] != kUnranked || m_matcher.matchesText(m_cases->searchText(sourceRow));
    m_statusOk[r] = m_matcher.matchesStatus(row);
    m_otherOk[r] = m_matcher.matchesOther(row);
    m_statusId[r] = statusIdOf(row.summary.status);
}

void CaseOrder::rebuild()
{
    const int rows = m_cases ? m_cases->rowCount() : 0;
    m_textOk.assign(size_t(rows), 0);
    m_statusOk.assign(size_t(rows), 0);
    m_otherOk.assign(size_t(rows), 0);
    m_statusId.assign(size_t(rows), 0);
    m_rank.assign(size_t(rows), kUnranked);
    m_rankedRows.clear();
    m_order.resize(size_t(rows));
    for (int r = 0; r < rows; ++r) {
        m_order[size_t(r)] = r;
        evaluate(r);
    }
    resort();
}

void CaseOrder::resort()
{
    std::sort(m_order.begin(), m_order.end(), [this](int left, int right) { return lessThan(left, right); });
    rebuildShown();
}

void CaseOrder::refilter(Refilter what)
{
    const int rows = int(m_textOk.size());
    for (int r = 0; r < rows; ++r) {
        quint8& textOk = m_textOk[size_t(r)];
        if (what == Refilter::Everything)
            evaluate(r);
        else if (what == Refilter::Text || textOk)
            textOk = m_rank[size_t(r)] != kUnranked || m_matcher.matchesText(m_cases->searchText(r));
    }
    rebuildShown();
}

void CaseOrder::rebuildShown()
{
    m_shown.clear();
    m_shown.reserve(m_order.size());
    m_proxyOf.assign(m_order.size(), -1);
    for (int sourceRow : m_order) {
        if (accepted(sourceRow)) {
            m_proxyOf[size_t(sourceRow)] = int(m_shown.size());
            m_shown.push_back(sourceRow);
        }
    }
    if (m_rankedRows.empty())
        return;
    // Best full-text matches first; the rest keep the column order among themselves (stable).
    std::stable_sort(m_shown.begin(), m_shown.end(),
                     [this](int left, int right) { return m_rank[size_t(left)] < m_rank[size_t(right)]; });
    renumberFrom(0);
}

void CaseOrder::renumberFrom(int proxyRow)
{
    for (size_t p = size_t(proxyRow); p < m_shown.size(); ++p)
        m_proxyOf[size_t(m_shown[p])] = int(p);
}

void CaseOrder::insertSourceRows(int first, int last)
{
    const int count = last - first + 1;
    for (int& r : m_order)
        r += r >= first ? count : 0;
    for (int& r : m_shown)
        r += r >= first ? count : 0;
    m_textOk.insert(m_textOk.begin() + first, size_t(count), 0);
    m_statusOk.insert(m_statusOk.begin() + first, size_t(count), 0);
    m_otherOk.insert(m_otherOk.begin() + first, size_t(count), 0);
    m_statusId.insert(m_statusId.begin() + first, size_t(count), 0);
    m_rank.insert(m_rank.begin() + first, size_t(count), kUnranked);
    for (int& r : m_rankedRows)
        r += r >= first ? count : 0;
    m_proxyOf.insert(m_proxyOf.begin() + first, size_t(count), -1);
    for (int r = first; r <= last; ++r) {
        evaluate(r);
        const auto at = std::lower_bound(m_order.begin(), m_order.end(), r,
                                         [this](int left, int right) { return lessThan(left, right); });
        m_order.insert(at, r);
    }
}

void CaseOrder::removeSourceRows(int first, int last)
{
    const int count = last - first + 1;
    std::erase_if(m_order, [first, last](int r) { return r >= first && r <= last; });
    for (int& r : m_order)
        r -= r > last ? count : 0;
    for (int& r : m_shown)
        r -= r > last ? count : 0;
    m_textOk.erase(m_textOk.begin() + first, m_textOk.begin() + last + 1);
    m_statusOk.erase(m_statusOk.begin() + first, m_statusOk.begin() + last + 1);
    m_otherOk.erase(m_otherOk.begin() + first, m_otherOk.begin() + last + 1);
    m_statusId.erase(m_statusId.begin() + first, m_statusId.begin() + last + 1);
    m_rank.erase(m_rank.begin() + first, m_rank.begin() + last + 1);
    std::erase_if(m_rankedRows, [first, last](int r) { return r >= first && r <= last; });
    for (int& r : m_rankedRows)
        r -= r > last ? count : 0;
    m_proxyOf.erase(m_proxyOf.begin() + first, m_proxyOf.begin() + last + 1);
}

void CaseOrder::reevaluate(int sourceRow)
{
    evaluate(sourceRow);
    // Its sort key may have changed: take it out of the order, then put it back where it now belongs.
    m_order.erase(std::find(m_order.begin(), m_order.end(), sourceRow));
    const auto at = std::lower_bound(m_order.begin(), m_order.end(), sourceRow,
                                     [this](int left, int right) { return lessThan(left, right); });
    m_order.insert(at, sourceRow);
}

int CaseOrder::shownPosition(int sourceRow)
{
    // A shown row may sit at a stale place (its key changed): search among the others only.
    const int current = proxyOf(sourceRow);
    if (current >= 0)
        m_shown.erase(m_shown.begin() + current);
    const auto at = std::lower_bound(m_shown.begin(), m_shown.end(), sourceRow,
                                     [this](int left, int right) { return shownLessThan(left, right); });
    const int position = int(at - m_shown.begin());
    if (current >= 0)
        m_shown.insert(m_shown.begin() + current, sourceRow);
    return position;
}

void CaseOrder::show(int proxyRow, int sourceRow)
{
    m_shown.insert(m_shown.begin() + proxyRow, sourceRow);
    renumberFrom(proxyRow);
}

void CaseOrder::hide(int proxyRow)
{
    m_proxyOf[size_t(m_shown[size_t(proxyRow)])] = -1;
    m_shown.erase(m_shown.begin() + proxyRow);
    renumberFrom(proxyRow);
}

void CaseOrder::moveShown(int from, int to)
{
    const int sourceRow = m_shown[size_t(from)];
    m_shown.erase(m_shown.begin() + from);
    m_shown.insert(m_shown.begin() + to, sourceRow);
    renumberFrom(std::min(from, to));
}

QHash<QString, int> CaseOrder::statusCounts() const
{
    std::vector<int> perId(size_t(m_statusNames.size()), 0);
    for (size_t r = 0; r < m_textOk.size(); ++r) {
        if (m_textOk[r] && m_otherOk[r])
            ++perId[m_statusId[r]];
    }
    QHash<QString, int> counts;
    for (size_t id = 0; id < perId.size(); ++id) {
        if (perId[id] > 0)
            counts.insert(m_statusNames.at(qsizetype(id)), perId[id]);
    }
    return counts;
}

} // namespace CaseDesk
