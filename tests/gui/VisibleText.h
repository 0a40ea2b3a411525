#pragma once

#include <QSet>
#include <QStringList>

class QMenu;
class QWidget;

/*
 * What a user reads, or hears through a screen reader, on a window: the texts, titles, placeholders,
 * accessible names, combo-box entries, list entries and column headers of every visible widget, and the
 * entries of its menus. Used to look for English left on a translated screen.
 *
 *     VisibleText seen;
 *     seen.collect(window);
 *     const QStringList left = seen.english(translatedSources);
 */
class VisibleText
{
public:
    // Widgets with these object names hold user data (case descriptions, the provider's code labels,
    // generated JSON) rather than CaseDesk's own text, and are skipped.
    void skipObjectsNamed(const QStringList& names) { m_skipped += names; }

    void collect(QWidget* root);
    void collectMenu(const QMenu* menu);

    QStringList texts() const { return m_texts.values(); }
    // Texts that are still English: they hold a common English word (other than `sharedWords`, which the
    // language uses too), or are exactly a source text the catalogue translates (in `translatedSources`,
    // with accelerators removed).
    QStringList english(const QSet<QString>& translatedSources, const QSet<QString>& sharedWords = {}) const;

    static QString plain(const QString& text);

private:
    void add(const QString& text, const QString& where);

    QSet<QString> m_texts;
    QStringList m_skipped;
};
