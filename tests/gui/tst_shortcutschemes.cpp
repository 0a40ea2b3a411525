// The refresh shortcuts under each key scheme Qt knows (Windows, macOS, X11, KDE, GNOME, CDE): refreshing the case
// in front and refreshing every open case never share a key, and no shortcut of the window is taken twice.
//
// Qt resolves a standard key (QKeySequence::Refresh) from the platform theme's keyboard scheme. This test
// switches the scheme in-process: it puts a platform theme of its own in QGuiApplicationPrivate::platform_theme
// (Qt's private API; Debian's qt6-base-private-dev) that answers the scheme asked for and passes every other
// question to the real theme, then builds the window and presses the keys. On real macOS, Qt::CTRL is Cmd for
// both actions alike, so what holds here for Ctrl holds there for Cmd.
#include "ui/casedetail/CaseDetailView.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/widgets/ContextShortcuts.h"

#include <QAction>
#include <QApplication>
#include <QShortcut>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <qpa/qplatformtheme.h>

#include <private/qguiapplication_p.h>

using namespace CaseDesk;
using namespace Qt::StringLiterals;

namespace
{
// A platform theme with another keyboard scheme; everything else is the running theme's.
class SchemeTheme : public QPlatformTheme
{
public:
    SchemeTheme(const QPlatformTheme* base, int scheme)
        : m_base(base)
        , m_scheme(scheme)
    {}

    QVariant themeHint(ThemeHint hint) const override
    {
        if (hint == KeyboardScheme)
            return m_scheme;
        return m_base ? m_base->themeHint(hint) : QPlatformTheme::themeHint(hint);
    }
    const QPalette* palette(Palette type) const override { return m_base ? m_base->palette(type) : nullptr; }
    const QFont* font(Font type) const override { return m_base ? m_base->font(type) : nullptr; }

private:
    const QPlatformTheme* m_base;
    int m_scheme;
};

// Installs a SchemeTheme for its lifetime.
class SchemeSwitch
{
public:
    explicit SchemeSwitch(int scheme)
        : m_original(QGuiApplicationPrivate::platform_theme)
        , m_theme(m_original, scheme)
    {
        QGuiApplicationPrivate::platform_theme = &m_theme;
    }
    ~SchemeSwitch() { QGuiApplicationPrivate::platform_theme = m_original; }
    SchemeSwitch(const SchemeSwitch&) = delete;
    SchemeSwitch& operator=(const SchemeSwitch&) = delete;

private:
    QPlatformTheme* m_original;
    SchemeTheme m_theme;
};

QString text(const QList<QKeySequence>& keys)
{
    QStringList parts;
    for (const QKeySequence& key : keys)
        parts.append(key.toString(QKeySequence::PortableText));
    return parts.join(u", "_s);
}

// Where a shortcut works: the whole window, or only inside `scope` (a case view).
struct Binding
{
    QString owner;
    QKeySequence keys;
    const QWidget* scope; // nullptr: anywhere in the window
};

QList<Binding> bindingsOf(const QWidget* window)
{
    QList<Binding> bindings;
    auto scopeOf = [](Qt::ShortcutContext context, const QObject* parent) -> const QWidget* {
        if (context == Qt::WindowShortcut || context == Qt::ApplicationShortcut)
            return nullptr;
        return qobject_cast<const QWidget*>(parent);
    };
    for (const QAction* action : window->findChildren<QAction*>()) {
        for (const QKeySequence& keys : action->shortcuts())
            bindings.append({action->objectName(), keys, scopeOf(action->shortcutContext(), action->parent())});
    }
    for (const QShortcut* shortcut : window->findChildren<QShortcut*>()) {
        for (const QKeySequence& keys : shortcut->keys())
            bindings.append({shortcut->parent()->objectName() + u" shortcut"_s, keys,
                             scopeOf(shortcut->context(), shortcut->parent())});
    }
    return bindings;
}

// Two shortcuts clash when they share a key and one's scope holds the other's (or either is window-wide).
QStringList clashes(const QList<Binding>& bindings)
{
    auto within = [](const QWidget* inner, const QWidget* outer) {
        return !outer || !inner || outer == inner || outer->isAncestorOf(inner);
    };
    QStringList found;
    for (qsizetype i = 0; i < bindings.size(); ++i) {
        for (qsizetype j = i + 1; j < bindings.size(); ++j) {
            const Binding& a = bindings.at(i);
            const Binding& b = bindings.at(j);
            if (a.keys == b.keys && a.owner != b.owner && (within(a.scope, b.scope) || within(b.scope, a.scope)))
                found.append(u"%1 is both %2 and %3"_s.arg(a.keys.toString(), a.owner, b.owner));
        }
    }
    return found;
}
} // namespace

class TestShortcutSchemes : public QObject
{
    Q_OBJECT

private slots:
    void refreshKeysAreDistinctUnderEveryScheme_data();
    void refreshKeysAreDistinctUnderEveryScheme();
};

void TestShortcutSchemes::refreshKeysAreDistinctUnderEveryScheme_data()
{
    QTest::addColumn<int>("scheme");
    QTest::addColumn<QString>("caseKeys"); // Qt's QKeySequence::Refresh under that scheme (qplatformtheme.cpp)

    QTest::newRow("Windows") << int(QPlatformTheme::WindowsKeyboardScheme) << u"F5"_s;
    QTest::newRow("macOS") << int(QPlatformTheme::MacKeyboardScheme) << u"Ctrl+R"_s;
    QTest::newRow("X11") << int(QPlatformTheme::X11KeyboardScheme) << u"F5"_s;
    QTest::newRow("KDE") << int(QPlatformTheme::KdeKeyboardScheme) << u"F5"_s;
    QTest::newRow("GNOME") << int(QPlatformTheme::GnomeKeyboardScheme) << u"Ctrl+R, F5"_s;
    QTest::newRow("CDE") << int(QPlatformTheme::CdeKeyboardScheme) << u"F5"_s;
}

void TestShortcutSchemes::refreshKeysAreDistinctUnderEveryScheme()
{
    QFETCH(int, scheme);
    QFETCH(QString, caseKeys);
    SchemeSwitch useScheme(scheme);

    // The scheme is in force: the case takes that scheme's refresh keys, the window its own.
    QCOMPARE(text(ContextShortcuts::refreshCase()), caseKeys);
    QVERIFY(!ContextShortcuts::refreshCase().contains(ContextShortcuts::refreshAll()));

    // Built under the scheme, as the app is under its desktop's.
    MainWindow window;
    auto* view = new CaseDetailView(u"11150929"_s);
    window.tabs()->addTab(view, u"11150929"_s);
    window.tabs()->setCurrentWidget(view);
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    auto* inCase = view->findChild<QTabWidget*>(u"caseTabs"_s);
    QVERIFY(inCase);
    inCase->setFocus();
    QTRY_VERIFY(inCase->hasFocus());

    QAction* refreshAll = window.action(MainWindow::Action::RefreshAll);
    QAction* refreshCase = view->findChild<QAction*>(u"refreshCaseAction"_s);
    QVERIFY(refreshCase);
    QCOMPARE(refreshAll->shortcuts(), QList<QKeySequence>{ContextShortcuts::refreshAll()});
    QCOMPARE(refreshCase->shortcuts(), ContextShortcuts::refreshCase());

    const QStringList found = clashes(bindingsOf(&window));
    QVERIFY2(found.isEmpty(), qPrintable(found.join(u'\n')));

    // Pressed with the focus in the case, each key does its one thing.
    QSignalSpy all(refreshAll, &QAction::triggered);
    QSignalSpy one(view, &CaseDetailView::refreshRequested);
    for (const QKeySequence& keys : ContextShortcuts::refreshCase()) {
        QTest::keySequence(inCase, keys);
        QVERIFY2(all.isEmpty(), qPrintable(keys.toString()));
    }
    QCOMPARE(one.size(), ContextShortcuts::refreshCase().size());
    QTest::keySequence(inCase, ContextShortcuts::refreshAll());
    QCOMPARE(all.size(), 1);
    QCOMPARE(one.size(), ContextShortcuts::refreshCase().size());
}

QTEST_MAIN(TestShortcutSchemes)
#include "tst_shortcutschemes.moc"
