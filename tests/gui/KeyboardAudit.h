#pragma once

#include <QStringList>

class QMenu;
class QMenuBar;
class QWidget;

/*
 * What a keyboard or screen-reader user meets on a window, for the accessibility tests:
 *
 *     KeyboardAudit audit(dialog);
 *     QVERIFY2(audit.unnamed().isEmpty(), ...);      // every control says what it is
 *     QVERIFY2(audit.unreachable().isEmpty(), ...);  // Tab reaches every control, and leaves every one
 *
 * A control is a visible, enabled widget that takes focus by Tab. Its name is what the accessibility
 * interface reports (its own text, accessible name, or the label it is the buddy of). The walk presses Tab
 * from the first control until focus comes back; radio buttons of one group count as one stop.
 */
class KeyboardAudit
{
public:
    explicit KeyboardAudit(QWidget* window);

    QStringList unnamed() const;
    QStringList unreachable() const;

    // Menus of the bar (and their submenus) where two entries share a mnemonic letter, or two menus of
    // the bar do: Alt+letter would then pick the first only. Disabled lines and groups of choices aside.
    static QStringList mnemonicClashes(const QMenuBar* bar);
    // The same in one menu (a context menu) and its submenus.
    static QStringList mnemonicClashes(const QMenu* menu);
    // The same within the window: visible, enabled buttons and labels (with a buddy) sharing a letter.
    QStringList mnemonicClashes() const;

private:
    static QString describe(const QWidget* widget);
    QList<QWidget*> controls() const;

    QWidget* m_window;
};
