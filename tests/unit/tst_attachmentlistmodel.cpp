#include "models/attachments/AttachmentListModel.h"
#include "models/attachments/AttachmentUploader.h"
#include "tests/support/TestHome.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace CaseDesk;

using namespace Qt::StringLiterals;
using State = AttachmentListModel::State;

namespace
{
AttachmentListModel::Item item(const QString& name, qint64 size, State state = State::Queued)
{
    AttachmentListModel::Item it;
    it.name = name;
    it.size = size;
    it.state = state;
    return it;
}
} // namespace

// The list model every attachment view reads, and the uploader's rules that need no server.
class TestAttachmentListModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void modelStaysConsistentWhileMutating();
    void rolesShowNameSizeTypeStateAndProgress();
    void keysSurviveRemovalsOfOtherRows();
    void uploaderWithoutServiceQueuesAndIsNotSettled();
    void uploaderRefusesSixthDuplicateAndBrokenFiles();
    void cancellingTheLastBusyItemSettlesAndRunsWaiters();
    void uploaderModelPassesTheTesterThroughAddRemoveClear();

private:
    QString file(const QString& name, const QByteArray& bytes = "evidence");

    std::unique_ptr<TestHome> m_home;
    QTemporaryDir m_dir;
};

void TestAttachmentListModel::initTestCase()
{
    m_home = std::make_unique<TestHome>();
    QVERIFY(m_home->isValid());
    QVERIFY(m_dir.isValid());
}

QString TestAttachmentListModel::file(const QString& name, const QByteArray& bytes)
{
    const QString path = m_dir.filePath(name);
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return {};
    out.write(bytes);
    return path;
}

void TestAttachmentListModel::modelStaysConsistentWhileMutating()
{
    AttachmentListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const quint64 a = model.append(item(u"a.png"_s, 10));
    const quint64 b = model.append(item(u"b.txt"_s, 20));
    const quint64 c = model.append(item(u"c.pdf"_s, 30));
    QVERIFY(model.update(b, [](AttachmentListModel::Item& it) {
        it.state = State::Uploading;
        it.progress = 40;
    }));
    QVERIFY(model.remove(b));
    QVERIFY(!model.remove(b));
    QVERIFY(!model.update(b, [](AttachmentListModel::Item&) {}));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.keyAt(0), a);
    QCOMPARE(model.keyAt(1), c);
    QCOMPARE(model.keyAt(2), quint64(0));
    QCOMPARE(model.keyAt(-1), quint64(0));
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    model.clear(); // clearing an empty model is no reset
    model.append(item(u"d.png"_s, 1));
    QCOMPARE(model.rowCount(), 1);
    QVERIFY(!model.data(model.index(5, 0)).isValid());
}

void TestAttachmentListModel::rolesShowNameSizeTypeStateAndProgress()
{
    AttachmentListModel model;
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    const quint64 key = model.append(item(u"rack photo.jpeg"_s, 2516582));
    const QModelIndex index = model.index(0);
    QCOMPARE(index.data().toString(), u"rack photo.jpeg"_s);
    QCOMPARE(index.data(AttachmentListModel::SizeRole).toLongLong(), qint64(2516582));
    QCOMPARE(index.data(AttachmentListModel::SizeTextRole).toString(), u"2.4 MB"_s);
    QCOMPARE(index.data(AttachmentListModel::TypeRole).toString(), u"JPEG"_s);
    QCOMPARE(index.data(AttachmentListModel::StateRole).toInt(), int(State::Queued));
    QCOMPARE(index.data(AttachmentListModel::KeyRole).toULongLong(), key);
    model.update(key, [](AttachmentListModel::Item& it) {
        it.state = State::Uploading;
        it.progress = 45;
        it.key = 999; // ignored: keys are the model's
    });
    QCOMPARE(changed.count(), 1);
    QCOMPARE(index.data(AttachmentListModel::KeyRole).toULongLong(), key);
    QCOMPARE(index.data(AttachmentListModel::ProgressRole).toInt(), 45);
    QCOMPARE(index.data(Qt::AccessibleTextRole).toString(), u"rack photo.jpeg, 2.4 MB, uploading, 45 percent"_s);
    model.update(key, [](AttachmentListModel::Item& it) {
        it.state = State::Failed;
        it.error = u"“rack photo.jpeg” did not upload: offline"_s;
    });
    QCOMPARE(index.data(AttachmentListModel::StateTextRole).toString(), u"Upload failed"_s);
    QVERIFY(index.data(Qt::ToolTipRole).toString().contains(u"did not upload"_s));
    QCOMPARE(AttachmentListModel::typeText(u"Makefile"_s), u"No type"_s);
    QVERIFY(model.roleNames().values().contains("progress"));
    for (State state : {State::Queued, State::Converting, State::Hashing, State::Uploading})
        QVERIFY(AttachmentListModel::isBusy(state));
    for (State state : {State::Uploaded, State::Failed, State::Cancelled})
        QVERIFY(!AttachmentListModel::isBusy(state));
}

void TestAttachmentListModel::keysSurviveRemovalsOfOtherRows()
{
    AttachmentListModel model;
    const quint64 first = model.append(item(u"1.txt"_s, 1));
    const quint64 second = model.append(item(u"2.txt"_s, 1));
    QCOMPARE(model.rowOf(second), 1);
    model.remove(first);
    QCOMPARE(model.rowOf(second), 0);
    QCOMPARE(model.find(second)->name, u"2.txt"_s);
    QVERIFY(!model.find(first));
    const quint64 third = model.append(item(u"3.txt"_s, 1));
    QVERIFY(third != first && third != second);
}

void TestAttachmentListModel::uploaderWithoutServiceQueuesAndIsNotSettled()
{
    AttachmentUploader uploader;
    QVERIFY(uploader.isSettled()); // empty
    const AttachmentCheck check = uploader.addFile(file(u"switch.log.txt"_s));
    QVERIFY2(check.ok(), qPrintable(check.message));
    QCOMPARE(uploader.count(), 1);
    QCOMPARE(uploader.model()->at(0).state, State::Queued);
    QVERIFY(!uploader.isSettled());
    QVERIFY(uploader.references().isEmpty());
    bool ran = false;
    uploader.whenSettled(this, [&] { ran = true; });
    QVERIFY(!ran);
}

void TestAttachmentListModel::uploaderRefusesSixthDuplicateAndBrokenFiles()
{
    AttachmentUploader uploader;
    for (int i = 1; i <= 5; ++i)
        QVERIFY(uploader.addFile(file(u"shot-%1.png"_s.arg(i))).ok());
    const AttachmentCheck sixth = uploader.addFile(file(u"shot-6.png"_s));
    QCOMPARE(sixth.rule, AttachmentCheck::Rule::TooMany);
    QVERIFY(sixth.message.contains(u"“shot-6.png”"_s));
    uploader.remove(uploader.model()->keyAt(0));
    QCOMPARE(uploader.count(), 4);
    const AttachmentCheck duplicate = uploader.addFile(m_dir.filePath(u"shot-2.png"_s));
    QCOMPARE(duplicate.rule, AttachmentCheck::Rule::Duplicate);
    QVERIFY(duplicate.message.contains(u"“shot-2.png”"_s));
    QCOMPARE(uploader.addFile(file(u"empty.txt"_s, {})).rule, AttachmentCheck::Rule::Empty);
    QCOMPARE(uploader.addFile(m_dir.path()).rule, AttachmentCheck::Rule::NotAFile);
    QCOMPARE(uploader.addConverted(file(u"notes.exe"_s)).rule, AttachmentCheck::Rule::RefusedType);
    QCOMPARE(uploader.count(), 4);
    QVERIFY(uploader.addImage(QImage(10, 10, QImage::Format_RGB32)).ok());
    QCOMPARE(uploader.count(), 5);
    QCOMPARE(uploader.addImage(QImage(10, 10, QImage::Format_RGB32)).rule, AttachmentCheck::Rule::TooMany);
    QCOMPARE(uploader.model()->at(4).name.left(11), u"screenshot-"_s);
}

void TestAttachmentListModel::cancellingTheLastBusyItemSettlesAndRunsWaiters()
{
    AttachmentUploader uploader;
    QVERIFY(uploader.addFile(file(u"a-cancel.txt"_s)).ok());
    QSignalSpy settled(&uploader, &AttachmentUploader::settled);
    int ran = 0;
    uploader.whenSettled(this, [&] { ++ran; });
    {
        QObject shortLived;
        uploader.whenSettled(&shortLived, [&] { ran += 100; });
    }
    uploader.cancel(uploader.model()->keyAt(0));
    QCOMPARE(settled.count(), 1);
    QCOMPARE(ran, 1); // not the waiter whose context is gone
    QVERIFY(uploader.isSettled());
    QVERIFY(uploader.hasProblems());
    QCOMPARE(uploader.problemNames(), QStringList{u"a-cancel.txt"_s});
    QVERIFY(uploader.model()->at(0).error.contains(u"“a-cancel.txt”"_s));
    uploader.whenSettled(this, [&] { ran += 10; });
    QCOMPARE(ran, 11); // settled already: at once
    uploader.retry(uploader.model()->keyAt(0));
    QCOMPARE(uploader.model()->at(0).state, State::Queued); // no service: back in the queue
    uploader.clear();
    QCOMPARE(uploader.count(), 0);
    QVERIFY(uploader.isSettled());
}

void TestAttachmentListModel::uploaderModelPassesTheTesterThroughAddRemoveClear()
{
    AttachmentUploader uploader;
    QAbstractItemModelTester tester(uploader.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(uploader.addFile(file(u"t1.txt"_s)).ok());
    QVERIFY(uploader.addFile(file(u"t2.txt"_s)).ok());
    QVERIFY(uploader.addImage(QImage(4, 4, QImage::Format_RGB32)).ok());
    uploader.cancel(uploader.model()->keyAt(1));
    uploader.remove(uploader.model()->keyAt(0));
    QTRY_COMPARE(uploader.model()->at(1).state, State::Queued); // the pasted image, converted, awaits a service
    uploader.clear();
    QVERIFY(uploader.addFile(file(u"t3.txt"_s)).ok());
    QCOMPARE(uploader.count(), 1);
}

QTEST_MAIN(TestAttachmentListModel)
#include "tst_attachmentlistmodel.moc"
