#include "app/AppController.h"
#include "models/items/CaseListModel.h"
#include "models/items/CaseSortFilterModel.h"
#include "models/store/CaseRepository.h"
#include "tests/support/SandboxProcess.h"
#include "tests/support/TestHome.h"
#include "ui/casedetail/CaseDetailView.h"
#include "ui/casedetail/NotesThreadWidget.h"
#include "ui/caselist/CaseListView.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/widgets/LinkedTextLabel.h"

#include <QAbstractButton>
#include <QDesktopServices>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace CaseDesk;

using namespace Qt::StringLiterals;

// Stands in for the browser and the mail program: QDesktopServices hands it what it would have opened.
class UrlCatcher : public QObject
{
    Q_OBJECT

public slots:
    void open(const QUrl& url) { opened << url; }

public:
    QList<QUrl> opened;
};

/*
 * Links in notes as a user meets them, offscreen in the app against the local sandbox: a note holds a web
 * address, a look-alike address and another case's number; hovering shows where each goes, clicking a web link
 * opens it (caught here instead of a browser), one that reads differently from its target is shown and
 * confirmed first, and clicking a case number opens that case.
 */
class TestNoteLinks : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void hoveringALinkShowsItsTarget();
    void clickingAWebLinkOpensItInTheBrowser();
    void aLinkThatReadsDifferentlyIsConfirmedFirst();
    void clickingACaseNumberOpensThatCase();
    void aLinkOpensFromTheKeyboard();

private:
    // The note with the three links, as the case's Notes tab shows it now.
    LinkedTextLabel* noteLabel() const;
    // Moves the mouse over `label` until it is over the link `href` (empty: over no link); its position, or
    // (-1, -1).
    QPoint pointOverLink(LinkedTextLabel* label, const QString& href);
    // The note's tooltip with the mouse over `href` (or what went wrong).
    QString hover(const QString& href);
    bool clickLink(const QString& href);
    QMessageBox* confirmation() const;

    std::unique_ptr<TestHome> m_home;
    std::unique_ptr<AppController> m_app;
    UrlCatcher m_catcher;
    QString m_caseWithNote;
    QString m_otherCase;
};

void TestNoteLinks::initTestCase()
{
    m_home = std::make_unique<TestHome>();
    QVERIFY(m_home->isValid());
    QDesktopServices::setUrlHandler(u"https"_s, &m_catcher, "open");
    QDesktopServices::setUrlHandler(u"http"_s, &m_catcher, "open");
    QDesktopServices::setUrlHandler(u"mailto"_s, &m_catcher, "open");
    AppOptions options;
    options.sandboxProgram = SandboxProcess::sandboxBinary();
    m_app = std::make_unique<AppController>(options);
    m_app->window()->resize(1300, 850);
    m_app->window()->show();
    m_app->start();
    QVERIFY(QTest::qWaitForWindowActive(m_app->window()));
    const CaseSortFilterModel* proxy = nullptr;
    auto caseNumberAt = [&proxy](int row) {
        const QString key = proxy->index(row, 0).data(CaseListModel::KeyRole).toString();
        return key.size() == 8 ? key : QString();
    };
    QTRY_VERIFY_WITH_TIMEOUT(m_app->listView() && (proxy = m_app->listView()->proxy()) && proxy->rowCount() > 3
                                 && !caseNumberAt(0).isEmpty() && !caseNumberAt(1).isEmpty(),
                             60000);
    m_caseWithNote = caseNumberAt(0);
    m_otherCase = caseNumberAt(1);

    // A note as a technician writes it: a web address, a look-alike one (a Cyrillic "а"), another case.
    const QString text = u"Photos of the patch panel: https://files.example.com/cage-7/photos?set=2.\n"
                         "Portal: https://\u0430pple.example/login\n"
                         "Same fault as case %1, see there."_s.arg(m_otherCase);
    std::optional<std::optional<StoredNote>> added;
    m_app->repository()->addPendingNote(m_caseWithNote, NoteRequest{text, {}, {}}, this,
                                        [&](const std::optional<StoredNote>& note) { added = note; });
    QTRY_VERIFY(added.has_value() && added->has_value());
}

void TestNoteLinks::cleanupTestCase()
{
    m_app.reset();
    QDesktopServices::unsetUrlHandler(u"https"_s);
    QDesktopServices::unsetUrlHandler(u"http"_s);
    QDesktopServices::unsetUrlHandler(u"mailto"_s);
}

void TestNoteLinks::init()
{
    m_catcher.opened.clear();
    QTabWidget* tabs = m_app->window()->tabs();
    tabs->setCurrentIndex(0);
    QTableView* table = m_app->listView()->table();
    const CaseSortFilterModel* proxy = m_app->listView()->proxy();
    for (int row = 0; row < proxy->rowCount(); ++row) {
        if (proxy->index(row, 0).data(CaseListModel::KeyRole).toString() == m_caseWithNote)
            table->setCurrentIndex(proxy->index(row, 0));
    }
    table->setFocus();
    QTest::keyClick(table, Qt::Key_Return);
    auto* view = qobject_cast<CaseDetailView*>(tabs->currentWidget());
    QVERIFY(view);
    QCOMPARE(view->caseNumber(), m_caseWithNote);
    QTRY_VERIFY_WITH_TIMEOUT(view->hasFacts(), 10000);
    view->findChild<QTabWidget*>(u"caseTabs"_s)->setCurrentIndex(2);
    QTRY_VERIFY(noteLabel());
}

LinkedTextLabel* TestNoteLinks::noteLabel() const
{
    // Looked up each time: a refresh of the case builds its notes anew.
    auto* view = qobject_cast<CaseDetailView*>(m_app->window()->tabs()->currentWidget());
    if (!view)
        return nullptr;
    for (auto* label : view->findChildren<LinkedTextLabel*>(u"noteTextLabel"_s)) {
        if (label->links().links().size() == 3 && label->isVisible()) {
            view->notesThread()->ensureWidgetVisible(label); // where a click lands on it
            return label;
        }
    }
    return nullptr;
}

QPoint TestNoteLinks::pointOverLink(LinkedTextLabel* label, const QString& href)
{
    QSignalSpy hovered(label, &QLabel::linkHovered);
    const QRect area = label->contentsRect();
    for (int y = area.top() + 2; y < area.bottom(); y += 3) {
        for (int x = area.left() + 2; x < area.right(); x += 3) {
            const QPoint at(x, y);
            QMouseEvent move(QEvent::MouseMove, at, label->mapToGlobal(at), Qt::NoButton, Qt::NoButton, Qt::NoModifier);
            QCoreApplication::sendEvent(label, &move);
            if (!hovered.isEmpty() && hovered.constLast().constFirst().toString() == href)
                return at;
        }
    }
    return {-1, -1};
}

QString TestNoteLinks::hover(const QString& href)
{
    LinkedTextLabel* label = noteLabel();
    if (!label)
        return u"no note with its links"_s;
    if (pointOverLink(label, href).x() < 0)
        return u"no link "_s + href;
    return label->toolTip();
}

bool TestNoteLinks::clickLink(const QString& href)
{
    QPointer<LinkedTextLabel> label = noteLabel();
    if (!label)
        return false;
    const QPoint at = pointOverLink(label, href);
    if (at.x() < 0 || !label)
        return false;
    QTest::mouseClick(label, Qt::LeftButton, Qt::NoModifier, at);
    return true;
}

QMessageBox* TestNoteLinks::confirmation() const
{
    auto* box = m_app->window()->findChild<QMessageBox*>(u"linkConfirmation"_s);
    return box && box->isVisible() ? box : nullptr;
}

void TestNoteLinks::hoveringALinkShowsItsTarget()
{
    const QList<TextLink> links = noteLabel()->links().links();
    QCOMPARE(links.at(0).target(), u"https://files.example.com/cage-7/photos?set=2"_s);
    QString tip = hover(u"#0"_s);
    QVERIFY2(tip.contains(u"https://files.example.com/cage-7/photos?set=2"_s), qPrintable(tip));
    // The look-alike's host as punycode: the Cyrillic letter cannot pass for a Latin one there.
    tip = hover(u"#1"_s);
    QVERIFY2(tip.contains(u"https://xn--pple-43d.example/login"_s), qPrintable(tip));
    tip = hover(u"#2"_s);
    QVERIFY2(tip.contains(m_otherCase), qPrintable(tip));
    // Off the links, no tooltip.
    QVERIFY(pointOverLink(noteLabel(), QString()).x() >= 0);
    QVERIFY(noteLabel()->toolTip().isEmpty());
}

void TestNoteLinks::clickingAWebLinkOpensItInTheBrowser()
{
    QVERIFY(clickLink(u"#0"_s));
    QTRY_COMPARE(m_catcher.opened, QList<QUrl>{QUrl(u"https://files.example.com/cage-7/photos?set=2"_s)});
    QVERIFY(!confirmation()); // it reads as it opens: nothing to confirm
}

void TestNoteLinks::aLinkThatReadsDifferentlyIsConfirmedFirst()
{
    QVERIFY(clickLink(u"#1"_s));
    QMessageBox* box = nullptr;
    QTRY_VERIFY((box = confirmation()));
    QVERIFY2(box->text().contains(u"https://xn--pple-43d.example/login"_s), qPrintable(box->text()));
    QCOMPARE(box->textFormat(), Qt::PlainText);
    QVERIFY(m_catcher.opened.isEmpty());
    // Cancel (the default) opens nothing.
    QTest::keyClick(box, Qt::Key_Escape);
    QTRY_VERIFY(!confirmation());
    QVERIFY(m_catcher.opened.isEmpty());
    // Open opens the address as shown in the box.
    QVERIFY(clickLink(u"#1"_s));
    QTRY_VERIFY((box = confirmation()));
    QTest::mouseClick(box->button(QMessageBox::Open), Qt::LeftButton);
    QTRY_COMPARE(m_catcher.opened, QList<QUrl>{QUrl(u"https://xn--pple-43d.example/login"_s)});
    QCOMPARE(m_catcher.opened.constFirst().host(QUrl::FullyEncoded), u"xn--pple-43d.example"_s);
}

void TestNoteLinks::clickingACaseNumberOpensThatCase()
{
    QTabWidget* tabs = m_app->window()->tabs();
    QVERIFY(clickLink(u"#2"_s));
    QTRY_VERIFY(qobject_cast<CaseDetailView*>(tabs->currentWidget())
                && qobject_cast<CaseDetailView*>(tabs->currentWidget())->caseNumber() == m_otherCase);
    auto* other = qobject_cast<CaseDetailView*>(tabs->currentWidget());
    QTRY_VERIFY_WITH_TIMEOUT(other->hasFacts(), 10000);
    QVERIFY(m_catcher.opened.isEmpty());
}

void TestNoteLinks::aLinkOpensFromTheKeyboard()
{
    // Tab moves from link to link inside the note (selecting the one with focus), Enter follows it.
    m_app->window()->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_app->window()));
    QPointer<LinkedTextLabel> label = noteLabel();
    QVERIFY(label);
    label->setFocus(Qt::OtherFocusReason);
    QTRY_VERIFY(label->hasFocus());
    const QString first = label->links().links().constFirst().shown;
    for (int tabs = 0; tabs < 4 && label && label->selectedText() != first; ++tabs)
        QTest::keyClick(label, Qt::Key_Tab);
    QVERIFY2(label, "the note was built anew while it had focus");
    QCOMPARE(label->selectedText(), first);
    QTest::keyClick(label, Qt::Key_Return);
    QTRY_COMPARE(m_catcher.opened, QList<QUrl>{QUrl(u"https://files.example.com/cage-7/photos?set=2"_s)});
}

QTEST_MAIN(TestNoteLinks)
#include "tst_notelinks.moc"
