#include "models/items/CaseRow.h"

#include "models/domain/CaseStatus.h"

namespace CaseDesk
{

using namespace Qt::StringLiterals;

namespace
{
QCollator listCollator()
{
    QCollator collator; // the default locale, which the app sets from the user's choice
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true); // DA3 before DA11, REF-9 before REF-10
    return collator;
}
} // namespace

CaseRowFactory::CaseRowFactory(LabelProvider labels)
    : m_labels(std::move(labels))
    , m_collator(listCollator())
{}

void CaseRowFactory::setLabelProvider(LabelProvider labels)
{
    m_labels = std::move(labels);
    m_labelCache.clear();
}

QString CaseRowFactory::familyOf(const QString& code)
{
    return code.size() >= 4 ? code.left(4) : code;
}

QByteArray CaseRowFactory::foldForSearch(const QString& text)
{
    return text.toCaseFolded().toUtf8();
}

QString CaseRowFactory::labelOf(const QString& code)
{
    if (code.isEmpty())
        return code;
    auto it = m_labelCache.constFind(code);
    if (it == m_labelCache.cend()) {
        QString label = m_labels ? m_labels(code) : QString();
        it = m_labelCache.insert(code, label.isEmpty() ? code : label);
    }
    return *it;
}

QCollatorSortKey CaseRowFactory::cachedKey(const QString& text)
{
    auto it = m_keyCache.constFind(text);
    if (it == m_keyCache.cend())
        it = m_keyCache.insert(text, m_collator.sortKey(text));
    return *it;
}

QByteArray CaseRowFactory::searchText(const CaseRow& row)
{
    const CaseSummary& s = row.summary;
    return foldForSearch(s.caseNumber + u'\n' + s.orderNumber + u'\n' + s.customerReference + u'\n' + s.description
                         + u'\n' + row.codeLabel);
}

QString CaseRowFactory::shared(QHash<QString, QString>& cache, const QString& key, const std::function<QString()>& make)
{
    auto it = cache.constFind(key);
    if (it == cache.cend())
        it = cache.insert(key, make());
    return *it;
}

CaseRow CaseRowFactory::make(const CaseSummary& summary)
{
    const QString& code = summary.code;
    const QString& status = summary.status;
    const QString label = labelOf(code);
    // One copy of each family and status label for every row that has it, instead of one per row.
    const QString family = shared(m_familyCache, code, [&code] { return familyOf(code); });
    const QString statusLabel = shared(m_statusCache, status, [&status] { return CaseStatus::label(status); });
    CaseRow row{summary, label, family, statusLabel, cachedKey(label), cachedKey(statusLabel), cachedKey(summary.ibx),
                {}};
    if (m_referenceKeys)
        addReferenceKey(row);
    return row;
}

void CaseRowFactory::addReferenceKey(CaseRow& row)
{
    // References are mostly unique: caching them would only grow the cache.
    row.referenceKey = m_collator.sortKey(row.summary.customerReference);
}

void CaseRowFactory::relabel(CaseRow& row)
{
    row.codeLabel = labelOf(row.summary.code);
    row.codeLabelKey = cachedKey(row.codeLabel);
}

} // namespace CaseDesk
