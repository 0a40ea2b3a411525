#include "tests/gui/ShownTextAudit.h"

#include "tests/gui/HostileText.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QStatusBar>
#include <QTabBar>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextEdit>
#include <QTextFragment>
#include <QTextImageFormat>

#include <algorithm>

namespace CaseDesk
{

using namespace Qt::StringLiterals;

namespace
{
QString nameOf(const QWidget* widget)
{
    QString name = QString::fromLatin1(widget->metaObject()->className());
    if (!widget->objectName().isEmpty())
        name += u" \""_s + widget->objectName() + u'"';
    for (const QWidget* parent = widget->parentWidget(); parent; parent = parent->parentWidget()) {
        if (!parent->objectName().isEmpty()) {
            name += u" in \""_s + parent->objectName() + u'"';
            break;
        }
    }
    return name;
}

bool isHostile(const QString& raw)
{
    return raw.contains(u"dev/zero"_s) || raw.contains(u"evil.example"_s);
}

// Images and links a rich document would make: either means it was read as markup.
QStringList richParts(const QTextDocument& document)
{
    QStringList parts;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            if (format.isImageFormat())
                parts << u"image "_s + format.toImageFormat().name();
            if (format.isAnchor() && isHostile(format.anchorHref()))
                parts << u"link "_s + format.anchorHref();
        }
    }
    return parts;
}
} // namespace

QString ShownTextAudit::seen(const QString& text, int format)
{
    const bool rich = format == Qt::RichText || (format == Qt::AutoText && Qt::mightBeRichText(text));
    if (!rich)
        return text;
    QTextDocument document;
    // Never fetch anything while looking: an image of the document under test would load here otherwise.
    document.setResourceProvider([](const QUrl&) { return QVariant(QByteArray()); });
    document.setHtml(text);
    return document.toPlainText();
}

QString ShownTextAudit::withoutMnemonics(const QString& text)
{
    QString result;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'&' && i + 1 < text.size())
            ++i;
        result += text.at(i);
    }
    return result;
}

void ShownTextAudit::check(const QString& where, const QString& raw, const QString& shown, bool editable)
{
    if (isHostile(raw)) {
        ++hostilePlaces;
        hostileWhere << where;
        // Each part that left a trace in the text must read as sent: tags, quotes and ampersand and all.
        const bool literal =
            (!raw.contains(u"dev/zero"_s) || shown.contains(HostileText::kImage))
            && (!raw.contains(u"evil.example"_s) || shown.contains(HostileText::kLink))
            && (!raw.contains(u"eve</b>"_s) && !raw.contains(u"eve&lt;/b&gt;"_s) || shown.contains(HostileText::kBold));
        // Shortened with "…" in the middle: each piece must be the text as sent.
        const QStringList pieces = shown.split(u'…');
        const bool shortened =
            !literal && pieces.size() > 1 && std::all_of(pieces.cbegin(), pieces.cend(), &HostileText::isShownPiece);
        if (!literal && !shortened)
            problems << where + u": shows "_s + shown.left(120) + u" for "_s + raw.left(160);
    }
    // What the user typed is theirs to see as typed; anything else must not reorder or hide text.
    if (!editable && HostileText::hasDisguise(shown))
        problems << where + u": shows a bidirectional or invisible format character in "_s + shown.left(160);
}

void ShownTextAudit::checkWidget(QWidget* widget)
{
    const QString name = nameOf(widget);
    if (!widget->toolTip().isEmpty())
        check(name + u" tooltip"_s, widget->toolTip(), seen(widget->toolTip(), Qt::AutoText));
    if (widget->isWindow() || qobject_cast<QDockWidget*>(widget))
        check(name + u" window title"_s, widget->windowTitle(), widget->windowTitle());

    if (auto* label = qobject_cast<QLabel*>(widget)) {
        QString shown = seen(label->text(), label->textFormat());
        if (label->buddy() && label->textFormat() != Qt::RichText)
            shown = withoutMnemonics(shown);
        check(name + u" text"_s, label->text(), shown);
    } else if (auto* button = qobject_cast<QAbstractButton*>(widget)) {
        check(name + u" text"_s, button->text(), withoutMnemonics(button->text()));
    } else if (auto* group = qobject_cast<QGroupBox*>(widget)) {
        check(name + u" title"_s, group->title(), withoutMnemonics(group->title()));
    } else if (auto* tabs = qobject_cast<QTabBar*>(widget)) {
        for (int i = 0; i < tabs->count(); ++i) {
            check(name + u" tab %1"_s.arg(i), tabs->tabText(i), withoutMnemonics(tabs->tabText(i)));
            check(name + u" tab %1 tooltip"_s.arg(i), tabs->tabToolTip(i), seen(tabs->tabToolTip(i), Qt::AutoText));
        }
    } else if (auto* menu = qobject_cast<QMenu*>(widget)) {
        check(name + u" title"_s, menu->title(), withoutMnemonics(menu->title()));
        for (QAction* action : menu->actions()) {
            const QString text = action->text().section(u'\t', 0, 0);
            check(name + u" item "_s + action->objectName(), text, withoutMnemonics(text));
        }
    } else if (auto* status = qobject_cast<QStatusBar*>(widget)) {
        check(name + u" message"_s, status->currentMessage(), status->currentMessage());
    } else if (auto* line = qobject_cast<QLineEdit*>(widget)) {
        check(name + u" text"_s, line->text(), line->text(), !line->isReadOnly());
    } else if (auto* plain = qobject_cast<QPlainTextEdit*>(widget)) {
        // Read-only ones show JSON, where a quote reads \".
        const QString text = plain->toPlainText();
        check(name + u" text"_s, text, plain->isReadOnly() ? QString(text).replace(u"\\\""_s, u"\""_s) : text,
              !plain->isReadOnly());
    } else if (auto* edit = qobject_cast<QTextEdit*>(widget)) {
        const QString html = edit->toHtml();
        check(name + u" text"_s, html, edit->toPlainText(), !edit->isReadOnly());
        for (const QString& part : richParts(*edit->document()))
            problems << name + u": its document holds "_s + part;
    } else if (auto* combo = qobject_cast<QComboBox*>(widget)) {
        // Its list is made only when it first opens: its items are read here.
        for (int i = 0; i < combo->count(); ++i)
            check(name + u" item %1"_s.arg(i), combo->itemText(i), combo->itemText(i));
    } else if (qobject_cast<QHeaderView*>(widget)) {
        // Its sections are the view's own words; its model is the view's, walked there.
    } else if (auto* view = qobject_cast<QAbstractItemView*>(widget); view && view->model()) {
        const QAbstractItemModel* model = view->model();
        int budget = 3000;
        std::function<void(const QModelIndex&)> walk = [&](const QModelIndex& parent) {
            for (int row = 0; row < model->rowCount(parent) && budget > 0; ++row) {
                for (int column = 0; column < model->columnCount(parent); ++column, --budget) {
                    const QModelIndex index = model->index(row, column, parent);
                    const QString at = name + u" [%1,%2]"_s.arg(row).arg(column);
                    const QString display = index.data(Qt::DisplayRole).toString();
                    check(at, display, display);
                    const QString tip = index.data(Qt::ToolTipRole).toString();
                    check(at + u" tooltip"_s, tip, seen(tip, Qt::AutoText));
                }
                walk(model->index(row, 0, parent));
            }
        };
        walk(view->rootIndex());
    }
}

ShownTextAudit ShownTextAudit::of(const QList<QWidget*>& windows)
{
    ShownTextAudit audit;
    for (QWidget* window : windows) {
        audit.checkWidget(window);
        for (QWidget* child : window->findChildren<QWidget*>())
            audit.checkWidget(child);
    }
    return audit;
}

} // namespace CaseDesk
