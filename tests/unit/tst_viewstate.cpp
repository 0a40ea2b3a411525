// How the user arranged the window, across runs: the toolbar shown or hidden, the notes handle.
#include "models/settings/ViewState.h"

#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace CaseDesk;
using namespace Qt::StringLiterals;

class TestViewState : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void keepsWhatWasSetAcrossRuns();
    void readsAHandEditedToolBarValue_data();
    void readsAHandEditedToolBarValue();

private:
    QTemporaryDir m_dir;
};

void TestViewState::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestViewState::keepsWhatWasSetAcrossRuns()
{
    const QString file = m_dir.filePath(u"kept.ini"_s);
    {
        QSettings settings(file, QSettings::IniFormat);
        ViewState state(&settings);
        QVERIFY(state.toolBarVisible()); // a new user sees the toolbar
        QVERIFY(state.notesSplitter().isEmpty());
        state.setToolBarVisible(false);
        state.setNotesSplitter("\x00\x01splitter"_ba);
    }
    QSettings settings(file, QSettings::IniFormat);
    ViewState state(&settings);
    QVERIFY(!state.toolBarVisible());
    QCOMPARE(state.notesSplitter(), "\x00\x01splitter"_ba);
    state.setToolBarVisible(true);
    QVERIFY(state.toolBarVisible());
}

void TestViewState::readsAHandEditedToolBarValue_data()
{
    QTest::addColumn<QByteArray>("line"); // as written in the file, under [view]
    QTest::addColumn<bool>("visible");

    QTest::newRow("true") << "toolBarVisible=true"_ba << true;
    QTest::newRow("false") << "toolBarVisible=false"_ba << false;
    QTest::newRow("False, spaced") << "toolBarVisible= False "_ba << false;
    QTest::newRow("0") << "toolBarVisible=0"_ba << false;
    QTest::newRow("off") << "toolBarVisible=off"_ba << false;
    QTest::newRow("1") << "toolBarVisible=1"_ba << true;
    QTest::newRow("empty") << "toolBarVisible="_ba << true;
    QTest::newRow("nonsense") << "toolBarVisible=maybe"_ba << true;
    QTest::newRow("a list") << "toolBarVisible=false, true"_ba << true;
    QTest::newRow("missing") << "somethingElse=false"_ba << true;
}

void TestViewState::readsAHandEditedToolBarValue()
{
    QFETCH(QByteArray, line);
    QFETCH(bool, visible);
    const QString file = m_dir.filePath(QString::fromLatin1(QTest::currentDataTag()) + u".ini"_s);
    {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write("[view]\n" + line + "\n");
    }
    QSettings settings(file, QSettings::IniFormat);
    QCOMPARE(ViewState(&settings).toolBarVisible(), visible);
}

QTEST_GUILESS_MAIN(TestViewState)
#include "tst_viewstate.moc"
