#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class QWidget;

namespace CaseDesk
{

/*
 * Looks at every place in some windows where text is shown (labels, tooltips, window and group titles,
 * buttons, tabs, menus, item views, text views, the status bar) the way Qt would show it, and reports each
 * one where hostile text (HostileText) is not shown literally: rendered as rich text (its markup gone, an
 * image or a link made of it) or shown with a right-to-left override or another disguising character.
 * Hidden widgets count too: they may be shown later.
 *
 *     const ShownTextAudit audit = ShownTextAudit::of(QApplication::topLevelWidgets());
 *     QVERIFY2(audit.problems.isEmpty(), qPrintable(audit.problems.join(u'\n')));
 *     QVERIFY(audit.hostilePlaces > 0); // the hostile text did reach the screen
 */
struct ShownTextAudit
{
    QStringList problems;
    int hostilePlaces = 0; // places that show the hostile text (literally or not)
    QStringList hostileWhere;

    static ShownTextAudit of(const QList<QWidget*>& windows);

    // What a user sees of `text` where Qt shows it as `format`: rich text reads as its document's plain text.
    static QString seen(const QString& text, int format);
    // "&Save" reads "Save", "R&&D" reads "R&D".
    static QString withoutMnemonics(const QString& text);

private:
    void check(const QString& where, const QString& raw, const QString& seen, bool editable = false);
    void checkWidget(QWidget* widget);
};

} // namespace CaseDesk
