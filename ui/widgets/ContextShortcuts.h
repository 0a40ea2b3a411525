#pragma once

#include <QCoreApplication>
#include <QKeySequence>
#include <QList>
#include <QString>

namespace CaseDesk
{

/*
 * The shortcuts that work in one part of the window only (a case, the note composer, an attachment list,
 * the wizard's code list), defined once: the widgets take their keys from here, and Help ▸ Keyboard
 * shortcuts lists them with where they work.
 *
 *     m_writeNote->setShortcut(ContextShortcuts::writeNote());
 *     for (const ContextShortcuts::Entry& entry : ContextShortcuts::all()) ...
 */
class ContextShortcuts
{
    Q_DECLARE_TR_FUNCTIONS(ContextShortcuts)

public:
    struct Entry
    {
        QString command;
        QKeySequence keys;
        QString where;
    };

    // The platform's own refresh keys: F5 (Windows, KDE), Ctrl+R and F5 (GNOME), Cmd+R (macOS). Never
    // refreshAll()'s, under any key scheme (tst_shortcutschemes switches schemes and presses them).
    static QList<QKeySequence> refreshCase() { return QKeySequence::keyBindings(QKeySequence::Refresh); }
    // View ▸ Refresh open cases, anywhere in the window: Ctrl+Shift+R (Cmd+Shift+R on macOS) under every key
    // scheme, so that it never takes the platform's refresh keys from the case in front.
    static QKeySequence refreshAll() { return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R); }
    static QKeySequence writeNote() { return QKeySequence(Qt::CTRL | Qt::Key_M); }
    static QKeySequence newCaseLikeThis() { return QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N); }
    static QKeySequence printCase() { return QKeySequence(QKeySequence::Print); }
    static QKeySequence sendNote() { return QKeySequence(Qt::CTRL | Qt::Key_Return); }
    static QKeySequence pasteAttachment() { return QKeySequence(QKeySequence::Paste); }
    static QKeySequence removeAttachment() { return QKeySequence(QKeySequence::Delete); }
    static QKeySequence toggleFavourite() { return QKeySequence(Qt::CTRL | Qt::Key_D); }
    // The context menu of the list's selected cases or of a case tab: the Menu key, or Shift+F10 without one.
    static QList<QKeySequence> caseMenu()
    {
        return {QKeySequence(Qt::Key_Menu), QKeySequence(Qt::SHIFT | Qt::Key_F10)};
    }

    // Every one of them, translated, for the shortcut list.
    static QList<Entry> all();
};

} // namespace CaseDesk
