#include "tests/gui/KeyboardAudit.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QHash>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QRadioButton>
#include <QSet>
#include <QTest>
#include <QWidget>

using namespace Qt::StringLiterals;

KeyboardAudit::KeyboardAudit(QWidget* window)
    : m_window(window)
{}

QString KeyboardAudit::describe(const QWidget* widget)
{
    // The nearest named ancestor says where an unnamed widget sits.
    QString where;
    for (const QWidget* up = widget->parentWidget(); up && where.isEmpty(); up = up->parentWidget())
        where = up->objectName();
    const QString name = widget->objectName().isEmpty() ? u"(in %1)"_s.arg(where) : widget->objectName();
    return u"%1 %2"_s.arg(QString::fromLatin1(widget->metaObject()->className()), name);
}

QList<QWidget*> KeyboardAudit::controls() const
{
    QList<QWidget*> found;
    const QList<QWidget*> widgets = m_window->findChildren<QWidget*>();
    for (QWidget* widget : widgets) {
        if (widget->window() != m_window || !widget->isVisible() || !widget->isEnabled() || widget->focusProxy())
            continue;
        if ((widget->focusPolicy() & Qt::TabFocus) == Qt::TabFocus)
            found.append(widget);
    }
    return found;
}

QStringList KeyboardAudit::unnamed() const
{
    QStringList missing;
    for (QWidget* widget : controls()) {
        QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(widget);
        if (!accessible || accessible->text(QAccessible::Name).trimmed().isEmpty())
            missing.append(describe(widget));
    }
    return missing;
}

namespace
{
QChar mnemonicOf(const QString& text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) == u'&') {
            if (text.at(i + 1) == u'&') {
                ++i; // a literal ampersand
                continue;
            }
            return text.at(i + 1).toLower();
        }
    }
    return {};
}

void clashesIn(const QString& where, const QList<QAction*>& actions, QStringList* clashes)
{
    QHash<QChar, QString> taken;
    for (const QAction* action : actions) {
        if (action->isSeparator() || !action->isVisible() || !action->isEnabled() || action->actionGroup())
            continue;
        const QChar letter = mnemonicOf(action->text());
        if (letter.isNull())
            continue;
        if (taken.contains(letter))
            clashes->append(
                u"%1: “%2” and “%3” share Alt+%4"_s.arg(where, taken.value(letter), action->text(), QString(letter)));
        else
            taken.insert(letter, action->text());
        if (action->menu())
            clashesIn(action->text(), action->menu()->actions(), clashes);
    }
}
} // namespace

QStringList KeyboardAudit::mnemonicClashes(const QMenuBar* bar)
{
    QStringList clashes;
    clashesIn(u"menu bar"_s, bar->actions(), &clashes);
    return clashes;
}

QStringList KeyboardAudit::mnemonicClashes(const QMenu* menu)
{
    QStringList clashes;
    clashesIn(menu->objectName(), menu->actions(), &clashes);
    return clashes;
}

QStringList KeyboardAudit::mnemonicClashes() const
{
    QStringList clashes;
    QHash<QChar, QString> taken;
    const QList<QWidget*> widgets = m_window->findChildren<QWidget*>();
    for (QWidget* widget : widgets) {
        if (widget->window() != m_window || !widget->isVisible() || !widget->isEnabled())
            continue;
        QString text;
        if (auto* button = qobject_cast<QAbstractButton*>(widget))
            text = button->text();
        else if (auto* label = qobject_cast<QLabel*>(widget); label && label->buddy() && label->buddy()->isVisible())
            text = label->text();
        const QChar letter = mnemonicOf(text);
        if (letter.isNull())
            continue;
        if (taken.contains(letter))
            clashes.append(u"“%1” and “%2” share Alt+%3"_s.arg(taken.value(letter), text, QString(letter)));
        else
            taken.insert(letter, text);
    }
    return clashes;
}

QStringList KeyboardAudit::unreachable() const
{
    const QList<QWidget*> all = controls();
    if (all.isEmpty())
        return {u"no controls found"_s};
    m_window->activateWindow(); // after another window (a wizard) closed, keys go nowhere until this one is active
    if (!QTest::qWaitForWindowActive(m_window))
        return {u"the window did not become active"_s};
    all.first()->setFocus(Qt::TabFocusReason);
    QSet<QWidget*> visited;
    QSet<QObject*> groupsVisited; // radio buttons: Tab enters a group once, arrows move inside it
    QWidget* start = QApplication::focusWidget();
    for (int press = 0; press < all.size() * 2 + 10; ++press) {
        QWidget* focused = QApplication::focusWidget();
        if (!focused)
            break;
        visited.insert(focused);
        if (qobject_cast<QRadioButton*>(focused))
            groupsVisited.insert(focused->parent());
        if (qEnvironmentVariableIsSet("AUDIT_DEBUG"))
            qDebug() << "focus" << focused;
        QTest::keyClick(focused, Qt::Key_Tab);
        if (QApplication::focusWidget() == start)
            break;
    }
    QStringList missing;
    for (QWidget* widget : all) {
        if (visited.contains(widget))
            continue;
        if (qobject_cast<QRadioButton*>(widget) && groupsVisited.contains(widget->parent()))
            continue;
        missing.append(describe(widget));
    }
    return missing;
}
