#include "models/offline/DraftAutosave.h"
#include "models/offline/DraftStore.h"
#include "models/offline/OfflineStore.h"
#include "tests/support/OfflineFixtures.h"
#include "tests/support/TestHome.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace CaseDesk;

using namespace Qt::StringLiterals;
using namespace OfflineFixtures;

/*
 * Autosave: a change is written within the delay and not before, a burst of typing is one write per delay,
 * destruction and quitting write at once, an emptied editor removes its draft, and a submit stops saving
 * until the outcome says whether the text came back.
 */
class TestDraftAutosave : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void changeIsSavedAfterThePauseNotBefore();
    void typingOnIsSavedAtLeastOncePerPause();
    void destructionSavesAtOnce();
    void quittingSavesAtOnce();
    void emptiedEditorRemovesItsDraft();
    void submitStopsSavingUntilTheOutcome();
    void reopenedDraftKeepsItsIdAndCreationTime();

private:
    Draft note(const QString& text) const { return Draft::forNote(noteDraft(u"11150929"_s, text)); }
    // What the next start reads from the file, through a store of its own: never m_drafts' copy in memory.
    QList<StoredDraft> onDisk() const;
    QString noteOnDisk(const QString& id) const;

    std::unique_ptr<TestHome> m_home;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<OfflineStore> m_store;
    std::unique_ptr<DraftStore> m_drafts;
};

void TestDraftAutosave::initTestCase()
{
    m_home = std::make_unique<TestHome>();
    QVERIFY(m_home->isValid());
}

void TestDraftAutosave::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<OfflineStore>();
    m_drafts = std::make_unique<DraftStore>(m_store.get());
    QVERIFY(open(*m_store, m_dir->filePath(u"casedesk.sqlite"_s)));
    QTRY_VERIFY(m_drafts->isLoaded());
}

void TestDraftAutosave::cleanup()
{
    m_drafts.reset();
    m_store.reset();
    m_dir.reset();
}

QList<StoredDraft> TestDraftAutosave::onDisk() const
{
    OfflineStore store;
    DraftStore drafts(&store);
    if (!open(store, m_dir->filePath(u"casedesk.sqlite"_s)) || !QTest::qWaitFor([&] { return drafts.isLoaded(); }))
        return {};
    return drafts.entries();
}

QString TestDraftAutosave::noteOnDisk(const QString& id) const
{
    for (const StoredDraft& entry : onDisk()) {
        if (entry.id == id && entry.draft && entry.draft->note)
            return entry.draft->note->text;
    }
    return {};
}

void TestDraftAutosave::changeIsSavedAfterThePauseNotBefore()
{
    DraftAutosave autosave(m_drafts.get());
    autosave.setDelay(200);
    QSignalSpy saved(&autosave, &DraftAutosave::saved);
    QElapsedTimer clock;
    clock.start();
    autosave.changed(note(u"Hello"_s));
    QCOMPARE(m_drafts->count(), 0);
    QVERIFY(autosave.hasUnsavedChanges());
    QVERIFY(saved.wait(2000));
    QVERIFY(clock.elapsed() >= 150);
    QCOMPARE(m_drafts->count(), 1);
    QCOMPARE(m_drafts->find(autosave.draftId())->note->text, u"Hello"_s);
    QCOMPARE(noteOnDisk(autosave.draftId()), u"Hello"_s);
}

void TestDraftAutosave::typingOnIsSavedAtLeastOncePerPause()
{
    DraftAutosave autosave(m_drafts.get());
    autosave.setDelay(100);
    QSignalSpy saved(&autosave, &DraftAutosave::saved);
    // A steady typist: a key every 20 ms, never a pause as long as the delay. Saving only after a pause
    // would never save; saving on every key would write as often as the keys come.
    QString text;
    QTimer typist;
    typist.setInterval(20);
    connect(&typist, &QTimer::timeout, &autosave, [&] {
        text += u'x';
        autosave.changed(note(text));
    });
    typist.start();
    QTRY_VERIFY_WITH_TIMEOUT(saved.size() >= 3, 5000);
    typist.stop();
    QVERIFY2(saved.size() * 2 < text.size(), qPrintable(u"%1 saves for %2 keys"_s.arg(saved.size()).arg(text.size())));
    for (const QList<QVariant>& signal : saved)
        QCOMPARE(signal.at(0).toString(), autosave.draftId()); // one draft, written again and again
}

void TestDraftAutosave::destructionSavesAtOnce()
{
    QString id;
    {
        DraftAutosave autosave(m_drafts.get());
        autosave.setDelay(60000);
        autosave.changed(note(u"closing the tab"_s));
        autosave.flush();
        id = autosave.draftId();
        autosave.changed(note(u"closing the tab now"_s));
    }
    QCOMPARE(m_drafts->find(id)->note->text, u"closing the tab now"_s);
    // And it reached the disk: a store of its own reads it.
    QTRY_COMPARE(noteOnDisk(id), u"closing the tab now"_s);
}

void TestDraftAutosave::quittingSavesAtOnce()
{
    DraftAutosave autosave(m_drafts.get());
    autosave.setDelay(60000);
    autosave.changed(note(u"quitting"_s));
    QMetaObject::invokeMethod(QCoreApplication::instance(), "aboutToQuit"); // what quit() emits first
    QVERIFY(!autosave.hasUnsavedChanges());
    QCOMPARE(m_drafts->count(), 1);
    QTRY_COMPARE(noteOnDisk(autosave.draftId()), u"quitting"_s);
}

void TestDraftAutosave::emptiedEditorRemovesItsDraft()
{
    DraftAutosave autosave(m_drafts.get());
    autosave.setDelay(10);
    autosave.changed(note(u"typo"_s));
    autosave.flush();
    QCOMPARE(m_drafts->count(), 1);
    autosave.changed(note(u"   "_s));
    autosave.flush();
    QCOMPARE(m_drafts->count(), 0);
    QTRY_VERIFY(onDisk().isEmpty());
    // The removal is for good: a later reload does not bring the draft back.
    m_drafts->reload();
    QTRY_VERIFY(m_drafts->isLoaded());
    QCOMPARE(m_drafts->count(), 0);
}

void TestDraftAutosave::submitStopsSavingUntilTheOutcome()
{
    DraftAutosave autosave(m_drafts.get());
    autosave.setDelay(10);
    autosave.changed(note(u"send me"_s));
    const QString id = autosave.beginSubmit();
    QVERIFY(!id.isEmpty());
    QCOMPARE(m_drafts->find(id)->note->text, u"send me"_s); // saved before it went
    QTRY_COMPARE(noteOnDisk(id), u"send me"_s);
    QVERIFY(autosave.isSuspended());
    QSignalSpy saved(&autosave, &DraftAutosave::saved);
    autosave.changed(note(u"send me, edited while sending"_s));
    QVERIFY(!saved.wait(100)); // well past the delay of 10 ms: nothing is written while it is out
    QCOMPARE(m_drafts->find(id)->note->text, u"send me"_s);
    QCOMPARE(noteOnDisk(id), u"send me"_s);

    // Refused: the text came back as the same draft; saving goes on there.
    autosave.resumeWith(*m_drafts->find(id));
    autosave.changed(note(u"send me, fixed"_s));
    autosave.flush();
    QCOMPARE(m_drafts->find(id)->note->text, u"send me, fixed"_s);
    QTRY_COMPARE(noteOnDisk(id), u"send me, fixed"_s);

    // Delivered: the next note is a new draft.
    autosave.beginSubmit();
    autosave.resume();
    autosave.changed(note(u"another note"_s));
    autosave.flush();
    QVERIFY(autosave.draftId() != id);
}

void TestDraftAutosave::reopenedDraftKeepsItsIdAndCreationTime()
{
    Draft existing = note(u"from yesterday"_s);
    existing.createdMs = 1000;
    existing.editedMs = 2000;
    m_drafts->save(existing);
    DraftAutosave autosave(m_drafts.get());
    autosave.bindTo(existing);
    autosave.changed(note(u"from yesterday, and today"_s));
    autosave.flush();
    QCOMPARE(m_drafts->count(), 1);
    QTRY_COMPARE(noteOnDisk(existing.id), u"from yesterday, and today"_s);
    const QList<StoredDraft> stored = onDisk();
    QCOMPARE(stored.size(), 1);
    const Draft saved = *stored.at(0).draft;
    QCOMPARE(saved.createdMs, 1000);
    QVERIFY(saved.editedMs > 2000);
}

QTEST_GUILESS_MAIN(TestDraftAutosave)
#include "tst_draftautosave.moc"
