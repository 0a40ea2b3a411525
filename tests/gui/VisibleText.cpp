#include "tests/gui/VisibleText.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QComboBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QTabBar>
#include <QTextDocumentFragment>

using namespace Qt::StringLiterals;

namespace
{
// Common English words of CaseDesk's screens. Words German uses as well (Status, Filter, Details, Code,
// Name, Server, Sandbox, Ticket, online, Token, Proxy, Tab) are left out; other languages name theirs.
const QSet<QString>& englishWords()
{
    static const QSet<QString> words{
        u"the"_s,          u"and"_s,         u"or"_s,         u"of"_s,       u"to"_s,
        u"for"_s,          u"with"_s,        u"from"_s,       u"by"_s,       u"on"_s,
        u"at"_s,           u"this"_s,        u"that"_s,       u"is"_s,       u"are"_s,
        u"not"_s,          u"yes"_s,         u"all"_s,        u"none"_s,     u"new"_s,
        u"open"_s,         u"close"_s,       u"closed"_s,     u"cancel"_s,   u"cancelled"_s,
        u"save"_s,         u"add"_s,         u"remove"_s,     u"delete"_s,   u"edit"_s,
        u"view"_s,         u"help"_s,        u"file"_s,       u"files"_s,    u"case"_s,
        u"cases"_s,        u"note"_s,        u"notes"_s,      u"draft"_s,    u"drafts"_s,
        u"outbox"_s,       u"search"_s,      u"find"_s,       u"refresh"_s,  u"show"_s,
        u"hide"_s,         u"sign"_s,        u"created"_s,    u"updated"_s,  u"days"_s,
        u"day"_s,          u"hours"_s,       u"minutes"_s,    u"ago"_s,      u"never"_s,
        u"today"_s,        u"loading"_s,     u"waiting"_s,    u"sending"_s,  u"failed"_s,
        u"error"_s,        u"send"_s,        u"back"_s,       u"next"_s,     u"finish"_s,
        u"submit"_s,       u"attachments"_s, u"attachment"_s, u"contacts"_s, u"contact"_s,
        u"description"_s,  u"reference"_s,   u"customer"_s,   u"order"_s,    u"number"_s,
        u"history"_s,      u"time"_s,        u"date"_s,       u"settings"_s, u"preferences"_s,
        u"language"_s,     u"environment"_s, u"production"_s, u"required"_s, u"action"_s,
        u"page"_s,         u"choose"_s,      u"select"_s,     u"upload"_s,   u"download"_s,
        u"more"_s,         u"only"_s,        u"your"_s,       u"you"_s,      u"please"_s,
        u"here"_s,         u"when"_s,        u"which"_s,      u"what"_s,     u"where"_s,
        u"how"_s,          u"it"_s,          u"be"_s,         u"has"_s,      u"have"_s,
        u"can"_s,          u"cannot"_s,      u"should"_s,     u"must"_s,     u"first"_s,
        u"primary"_s,      u"secondary"_s,   u"visibility"_s, u"private"_s,  u"own"_s,
        u"provider"_s,     u"raw"_s,         u"response"_s,   u"request"_s,  u"pending"_s,
        u"changed"_s,      u"keyboard"_s,    u"shortcuts"_s,  u"about"_s,    u"quit"_s,
        u"window"_s,       u"connected"_s,   u"connecting"_s, u"starting"_s, u"unavailable"_s,
        u"quick"_s,        u"family"_s,      u"any"_s,        u"type"_s,     u"title"_s,
        u"favourites"_s,   u"recently"_s,    u"used"_s,       u"review"_s,   u"phone"_s,
        u"mobile"_s,       u"email"_s,       u"user"_s,       u"users"_s,    u"availability"_s,
        u"notification"_s, u"technical"_s,   u"ordering"_s,   u"occurred"_s, u"resolved"_s,
        u"progress"_s,     u"submitted"_s,   u"seen"_s,       u"unread"_s,   u"count"_s,
        u"week"_s,         u"month"_s,       u"year"_s,       u"from"_s,     u"until"_s,
        u"clear"_s,        u"drop"_s,        u"paste"_s,      u"retry"_s,    u"tab"_s == u""_s ? u""_s : u"tabs"_s,
    };
    return words;
}
} // namespace

QString VisibleText::plain(const QString& text)
{
    QString result = Qt::mightBeRichText(text) ? QTextDocumentFragment::fromHtml(text).toPlainText() : text;
    static const QRegularExpression accelerator(uR"(&(?!&))"_s);
    result.remove(accelerator);
    result.replace("&&"_L1, "&"_L1);
    return result.trimmed();
}

void VisibleText::add(const QString& text, const QString& where)
{
    const QString clean = plain(text);
    if (!clean.isEmpty())
        m_texts.insert(clean + u"\t← "_s + where);
}

void VisibleText::collectMenu(const QMenu* menu)
{
    add(menu->title(), u"menu"_s);
    for (const QAction* action : menu->actions()) {
        if (action->isSeparator() || !action->isVisible())
            continue;
        if (action->menu())
            collectMenu(action->menu());
        else
            add(action->text(), u"menu %1"_s.arg(plain(menu->title())));
    }
}

void VisibleText::collect(QWidget* root)
{
    QList<QWidget*> widgets = root->findChildren<QWidget*>();
    widgets.prepend(root);
    add(root->windowTitle(), u"window title"_s);
    for (QWidget* widget : std::as_const(widgets)) {
        if (!widget->isVisible())
            continue;
        bool skipped = false;
        for (QWidget* up = widget; up && up != root->parentWidget(); up = up->parentWidget())
            skipped = skipped || m_skipped.contains(up->objectName());
        if (skipped)
            continue;
        const QString where = widget->objectName().isEmpty() ? QString::fromLatin1(widget->metaObject()->className())
                                                             : widget->objectName();
        add(widget->accessibleName(), where + u" (accessible name)"_s);
        if (auto* label = qobject_cast<QLabel*>(widget))
            add(label->text(), where);
        else if (auto* button = qobject_cast<QAbstractButton*>(widget))
            add(button->text(), where);
        else if (auto* group = qobject_cast<QGroupBox*>(widget))
            add(group->title(), where);
        if (auto* line = qobject_cast<QLineEdit*>(widget))
            add(line->placeholderText(), where + u" (placeholder)"_s);
        if (auto* plainEdit = qobject_cast<QPlainTextEdit*>(widget))
            add(plainEdit->placeholderText(), where + u" (placeholder)"_s);
        if (auto* tabs = qobject_cast<QTabBar*>(widget)) {
            for (int i = 0; i < tabs->count(); ++i)
                add(tabs->tabText(i), where);
        }
        if (auto* combo = qobject_cast<QComboBox*>(widget)) {
            for (int i = 0; i < combo->count(); ++i)
                add(combo->itemText(i), where);
        }
        if (auto* header = qobject_cast<QHeaderView*>(widget); header && header->model()) {
            for (int i = 0; i < header->count(); ++i) {
                if (!header->isSectionHidden(i))
                    add(header->model()->headerData(i, header->orientation()).toString(), where);
            }
        } else if (auto* view = qobject_cast<QAbstractItemView*>(widget); view && view->model()) {
            // Short lists (filters, pages, steps) are CaseDesk's own words; long tables are the user's data.
            const QAbstractItemModel* model = view->model();
            if (model->rowCount() <= 40) {
                for (int row = 0; row < model->rowCount(); ++row)
                    add(model->index(row, 0).data().toString(), where);
            }
        }
    }
}

QStringList VisibleText::english(const QSet<QString>& translatedSources, const QSet<QString>& sharedWords) const
{
    static const QRegularExpression word(uR"(\p{L}+)"_s); // "Téléphone" is one word, not "T", "l", "phone"
    QStringList found;
    for (const QString& entry : m_texts) {
        const QString text = entry.section(u'\t', 0, 0);
        if (translatedSources.contains(text)) {
            found.append(entry + u"  [an untranslated source text]"_s);
            continue;
        }
        for (auto it = word.globalMatch(text); it.hasNext();) {
            const QString captured = it.next().captured();
            if (captured.size() > 1 && captured == captured.toUpper())
                continue; // a raw value or key of the API (NONE, RECURRING_TYPE), an abbreviation (IBX, UTC)
            const QString candidate = captured.toLower();
            if (englishWords().contains(candidate) && !sharedWords.contains(candidate)) {
                found.append(entry + u"  [“%1”]"_s.arg(candidate));
                break;
            }
        }
    }
    found.sort();
    return found;
}
