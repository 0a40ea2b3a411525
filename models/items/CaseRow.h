#pragma once

#include "models/store/CaseSummary.h"

#include <QByteArray>
#include <QCollator>
#include <QHash>
#include <QString>

#include <functional>
#include <optional>

namespace CaseDesk
{

/*
 * One row of the ticket list with everything sorting and filtering need precomputed, so a sort or a
 * keystroke never formats, lower-cases or collates text: the code's label, the family, the translated
 * status and collation keys for the text columns that sort by language. Labels, families and keys of values
 * that repeat are one shared copy per value. The reference's key (one per case, mostly unique) is made only
 * once the list is sorted by the reference (CaseListModel::prepareSort). The quick filter's text lives
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
    std::optional<QCollatorSortKey> referenceKey; // only while the list is or was sorted by reference
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
    // Whether make() adds the reference's collation key; addReferenceKey() adds it to a row made without.
    void setReferenceKeys(bool on) { m_referenceKeys = on; }
    bool referenceKeys() const { return m_referenceKeys; }
    void addReferenceKey(CaseRow& row);
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
    QString shared(QHash<QString, QString>& cache, const QString& key, const std::function<QString()>& make);

    LabelProvider m_labels;
    QCollator m_collator;
    QHash<QString, QString> m_labelCache;
    QHash<QString, QCollatorSortKey> m_keyCache;
    QHash<QString, QString> m_familyCache; // code -> family
    QHash<QString, QString> m_statusCache; // raw status -> label
    bool m_referenceKeys = false;
};

} // namespace CaseDesk
