// A settings key declared once (models/settings/Setting.h) reads what a hand-edited settings file holds: the
// stored value when it parses as the key's type, within its range, and the default otherwise.
#include "models/settings/Setting.h"
#include "models/settings/SettingsKeys.h"

#include <QTemporaryDir>
#include <QTest>

using namespace CaseDesk;
using namespace Qt::StringLiterals;

class TestSetting : public QObject
{
    Q_OBJECT

private slots:
    void numbersFromAHandEditedFile_data();
    void numbersFromAHandEditedFile();
    void flagsFromAHandEditedFile_data();
    void flagsFromAHandEditedFile();
    void writingKeepsTheRange();
    void typedValuesSurviveTheFile();
    void aFamilyKeepsOneKeyPerMember();

private:
    // A settings file written by hand with `text`, as a user or an older version might leave it.
    QString fileWith(const QString& text)
    {
        const QString path = m_dir.filePath(u"s%1.ini"_s.arg(++m_files));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0)
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    QTemporaryDir m_dir;
    int m_files = 0;
};

void TestSetting::numbersFromAHandEditedFile_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("in range") << u"refreshSeconds=600"_s << qint64(600);
    QTest::newRow("spaces") << u"refreshSeconds=\" 600 \""_s << qint64(600);
    QTest::newRow("below the minimum") << u"refreshSeconds=5"_s << qint64(60);
    QTest::newRow("above the maximum") << u"refreshSeconds=999999"_s << qint64(3600);
    QTest::newRow("negative") << u"refreshSeconds=-1"_s << qint64(60);
    QTest::newRow("beyond qint64") << u"refreshSeconds=99999999999999999999999"_s << qint64(300);
    QTest::newRow("not a number") << u"refreshSeconds=soon"_s << qint64(300);
    QTest::newRow("a fraction") << u"refreshSeconds=1.5"_s << qint64(300);
    QTest::newRow("exponent") << u"refreshSeconds=1e3"_s << qint64(300);
    QTest::newRow("empty") << u"refreshSeconds="_s << qint64(300);
    QTest::newRow("a list") << u"refreshSeconds=1, 2"_s << qint64(300);
    QTest::newRow("absent") << u"other=1"_s << qint64(300);
}

void TestSetting::numbersFromAHandEditedFile()
{
    QFETCH(QString, line);
    QFETCH(qint64, expected);
    const QSettings settings(fileWith(u"[preferences]\n"_s + line + u'\n'), QSettings::IniFormat);
    QCOMPARE(Settings::refreshSeconds.read(settings), expected);
}

void TestSetting::flagsFromAHandEditedFile_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<bool>("expected");
    QTest::newRow("false") << u"statusNotifications=false"_s << false;
    QTest::newRow("FALSE") << u"statusNotifications=FALSE"_s << false;
    QTest::newRow("0") << u"statusNotifications=0"_s << false;
    QTest::newRow("true") << u"statusNotifications=true"_s << true;
    QTest::newRow("no") << u"statusNotifications=no"_s << false;
    QTest::newRow("Off") << u"statusNotifications=Off"_s << false;
    QTest::newRow("maybe (unreadable: the default)") << u"statusNotifications=maybe"_s << true;
    QTest::newRow("2") << u"statusNotifications=2"_s << true;
    QTest::newRow("empty") << u"statusNotifications="_s << true;
    QTest::newRow("absent") << QString() << true;
}

void TestSetting::flagsFromAHandEditedFile()
{
    QFETCH(QString, line);
    QFETCH(bool, expected);
    const QSettings settings(fileWith(u"[preferences]\n"_s + line + u'\n'), QSettings::IniFormat);
    QCOMPARE(Settings::statusNotifications.read(settings), expected);
}

void TestSetting::writingKeepsTheRange()
{
    QSettings settings(m_dir.filePath(u"range.ini"_s), QSettings::IniFormat);
    QVERIFY(!Settings::refreshSeconds.isStored(settings));
    Settings::refreshSeconds.write(settings, 10);
    QVERIFY(Settings::refreshSeconds.isStored(settings));
    QCOMPARE(settings.value(Settings::refreshSeconds.key()).toLongLong(), 60);
    Settings::refreshSeconds.write(settings, 1000000);
    QCOMPARE(Settings::refreshSeconds.read(settings), 3600);
    Settings::refreshSeconds.remove(settings);
    QCOMPARE(Settings::refreshSeconds.read(settings), Settings::refreshSeconds.defaultValue());
}

void TestSetting::typedValuesSurviveTheFile()
{
    const QString path = m_dir.filePath(u"typed.ini"_s);
    const QDateTime when = QDateTime(QDate(2026, 12, 6), QTime(13, 45, 12), Qt::UTC);
    const QVariantMap labels{{u"0002010101"_s, u"Power, A side"_s}};
    {
        QSettings settings(path, QSettings::IniFormat);
        Settings::favouriteCodes.write(settings, {u"0002010101"_s, u"0305"_s});
        Settings::userCodeLabels.write(settings, labels);
        Settings::importedDocumentAt.write(settings, when);
        Settings::caseListHeader.write(settings, QByteArray("\0\1\2state", 8));
    }
    const QSettings settings(path, QSettings::IniFormat);
    QCOMPARE(Settings::favouriteCodes.read(settings), (QStringList{u"0002010101"_s, u"0305"_s}));
    QCOMPARE(Settings::userCodeLabels.read(settings), labels);
    QCOMPARE(Settings::importedDocumentAt.read(settings), when);
    QCOMPARE(Settings::caseListHeader.read(settings), QByteArray("\0\1\2state", 8));

    // A hand-edited file with the wrong kinds of value reads as the defaults.
    const QSettings broken(fileWith(u"[catalogue]\nuserLabels=oops\nimportedAt=yesterday\n"_s), QSettings::IniFormat);
    QVERIFY(Settings::userCodeLabels.read(broken).isEmpty());
    QVERIFY(!Settings::importedDocumentAt.read(broken).isValid());
}

void TestSetting::aFamilyKeepsOneKeyPerMember()
{
    QSettings settings(m_dir.filePath(u"family.ini"_s), QSettings::IniFormat);
    Settings::clientIds.write(settings, u"provider-sandbox"_s, u"client-a"_s);
    Settings::clientIds.write(settings, u"local"_s, u"client-b"_s);
    QCOMPARE(Settings::clientIds.read(settings, u"provider-sandbox"_s), u"client-a"_s);
    Settings::clientIds.remove(settings, u"provider-sandbox"_s);
    QVERIFY(Settings::clientIds.read(settings, u"provider-sandbox"_s).isEmpty());
    QCOMPARE(Settings::clientIds.read(settings, u"local"_s), u"client-b"_s);
    QCOMPARE(settings.value(u"environments/clientIds/local"_s).toString(), u"client-b"_s);
}

QTEST_GUILESS_MAIN(TestSetting)
#include "tst_setting.moc"
