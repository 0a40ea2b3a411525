#pragma once

#include "models/store/CaseSummary.h"

#include <QByteArray>
#include <QCollator>
#include <QHash>
#include <QString>

#include <functional>

namespace CaseDesk
{

/*
 * One row of the ticket list with everything sorting and filtering need precomputed, so a sort or a
 * keystroke never formats, lower-cases or collates text: the code's label, the family, the translated
 * status and collation keys for the text columns that sort by language. The quick filter's text lives
 * apart, in SearchTexts.
 */
struct CaseRow
{
    CaseSummary summary;
    QString codeLabel;   // the provider's label, or the code itself when it published none
    QString family;      // the first four digits of the code
    QString statusLabel; // CaseStatus::label()
    QCollatorSortKey codeLabelKey;
    QCollatorSortKey statusKey;
    QCollatorSortKey ibxKey;
    QCollatorSortKey referenceKey;
};

/*
 * Builds CaseRows. One factory per thread (QCollator is not shared across threads); it caches the
 * label and the collation key of values that repeat (codes, statuses, IBXs).
 *
 *     CaseRowFactory factory([&catalogue](const QString& code) { return catalogue.label(code); });
 *     const CaseRow row = factory.make(summary);
 */
class CaseRowFactory
{
public:
    using LabelProvider = std::function<QString(const QString& code)>;

    explicit CaseRowFactory(LabelProvider labels = {});

    CaseRow make(const CaseSummary& summary);
    // Recomputes what depends on the code's label (after the catalogue changed).
    void relabel(CaseRow& row);
    // What the quick filter searches: case-folded number, order number, reference, description and code
    // label as UTF-8 (half the bytes of UTF-16 to scan; a UTF-8 needle only matches at character
    // boundaries), with '\n' between fields so a query never matches across two of them.
    static QByteArray searchText(const CaseRow& row);
    void setLabelProvider(LabelProvider labels);

    static QString familyOf(const QString& code);
    static QByteArray foldForSearch(const QString& text);

private:
    QString labelOf(const QString& code);
    QCollatorSortKey cachedKey(const QString& text);

    LabelProvider m_labels;
    QCollator m_collator;
    QHash<QString, QString> m_labelCache;
    QHash<QString, QCollatorSortKey> m_keyCache;
};

} // namespace CaseDesk
