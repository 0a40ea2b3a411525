#include "models/core/Diagnostics.h"
#include "models/core/LogFile.h"
#include "tests/support/TestHome.h"
#include "ui/dialogs/AboutDialog.h"
#include "ui/mainwindow/MainWindow.h"
#include "ui/widgets/AppIcon.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTest>

using namespace CaseDesk;

using namespace Qt::StringLiterals;

/*
 * Help ▸ About CaseDesk: the versions of CaseDesk, Qt and the system, the data folder and this run's log, and
 * Copy diagnostics putting the same on the clipboard. The main window wears CaseDesk's own icon.
 */
class TestAboutDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void helpAboutShowsTheVersionsTheFoldersAndTheLog();
    void copyDiagnosticsPutsTheReportOnTheClipboard();
    void withoutALogFileTheDialogSaysSo();
    void theWindowWearsTheAppIconInEverySize();

private:
    AboutDialog* openAbout(MainWindow& window);
    QString labelText(AboutDialog* dialog, const QString& name);

    std::unique_ptr<TestHome> m_home;
};

void TestAboutDialog::initTestCase()
{
    m_home = std::make_unique<TestHome>();
    QVERIFY(m_home->isValid());
    QCoreApplication::setApplicationVersion(u"9.8.7"_s);
}

AboutDialog* TestAboutDialog::openAbout(MainWindow& window)
{
    window.show();
    QAction* about = window.findChild<QAction*>(u"aboutAction"_s);
    if (!about || about != window.action(MainWindow::Action::About))
        return nullptr;
    about->trigger();
    AboutDialog* dialog = nullptr;
    const bool shown = QTest::qWaitFor([&] {
        dialog = window.findChild<AboutDialog*>();
        return dialog && dialog->isVisible();
    });
    return shown ? dialog : nullptr;
}

QString TestAboutDialog::labelText(AboutDialog* dialog, const QString& name)
{
    auto* label = dialog->findChild<QLabel*>(name);
    if (!label)
        return u"(no label %1)"_s.arg(name);
    if (label->textFormat() != Qt::PlainText)
        return u"(label %1 is not plain text)"_s.arg(name);
    return label->text();
}

void TestAboutDialog::helpAboutShowsTheVersionsTheFoldersAndTheLog()
{
    LogFile log(m_home->filePath(u"logs"_s));
    QVERIFY(log.install());
    MainWindow window;
    AboutDialog* dialog = openAbout(window);
    QVERIFY(dialog);
    QCOMPARE(dialog->windowTitle(), u"About CaseDesk"_s);
    QCOMPARE(labelText(dialog, u"aboutTitleLabel"_s), u"CaseDesk 9.8.7"_s);
    QCOMPARE(labelText(dialog, u"qtVersionLabel"_s),
             u"%1 (built with %2)"_s.arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR)));
    const QString os = labelText(dialog, u"osLabel"_s);
    QVERIFY2(os.startsWith(QSysInfo::prettyProductName()), qPrintable(os));
    QVERIFY2(os.contains(QSysInfo::kernelVersion()), qPrintable(os));
    QVERIFY2(os.contains(QSysInfo::currentCpuArchitecture()), qPrintable(os));
    QCOMPARE(labelText(dialog, u"dataFolderLabel"_s),
             QDir::toNativeSeparators(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)));
    QVERIFY(labelText(dialog, u"dataFolderLabel"_s).startsWith(m_home->path()));
    QCOMPARE(labelText(dialog, u"settingsFileLabel"_s), QDir::toNativeSeparators(QSettings().fileName()));
    QCOMPARE(labelText(dialog, u"logFileLabel"_s), QDir::toNativeSeparators(log.filePath()));
    dialog->reject();
    QTRY_VERIFY(!window.findChild<AboutDialog*>()); // deleted on close
}

void TestAboutDialog::copyDiagnosticsPutsTheReportOnTheClipboard()
{
    LogFile log(m_home->filePath(u"logs"_s));
    QVERIFY(log.install());
    MainWindow window;
    AboutDialog* dialog = openAbout(window);
    QVERIFY(dialog);
    QApplication::clipboard()->setText(u"something else"_s);
    auto* copy = dialog->findChild<QPushButton*>(u"copyDiagnosticsButton"_s);
    QVERIFY(copy);
    QCOMPARE(copy->text(), u"&Copy diagnostics"_s);
    QTest::mouseClick(copy, Qt::LeftButton);

    const QString text = QApplication::clipboard()->text();
    QCOMPARE(text, dialog->diagnosticsText());
    const QStringList lines = text.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.value(0), u"CaseDesk: 9.8.7"_s);
    QCOMPARE(lines.value(1), u"Qt: %1 (built with %2), platform offscreen"_s.arg(QString::fromLatin1(qVersion()),
                                                                                 QStringLiteral(QT_VERSION_STR)));
    QCOMPARE(lines.value(2),
             u"Operating system: %1 (%2 %3, %4)"_s.arg(QSysInfo::prettyProductName(), QSysInfo::kernelType(),
                                                       QSysInfo::kernelVersion(), QSysInfo::currentCpuArchitecture()));
    QCOMPARE(lines.value(3), u"Locale: "_s + QLocale().name());
    QCOMPARE(lines.value(4),
             u"Data folder: "_s
                 + QDir::toNativeSeparators(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)));
    QCOMPARE(lines.value(5), u"Settings: "_s + QDir::toNativeSeparators(QSettings().fileName()));
    QCOMPARE(lines.value(6), u"Log file: "_s + QDir::toNativeSeparators(log.filePath()));
    QCOMPARE(lines.size(), 7);
    QCOMPARE(labelText(dialog, u"copiedLabel"_s), u"The diagnostics are on the clipboard."_s);
}

void TestAboutDialog::withoutALogFileTheDialogSaysSo()
{
    QCOMPARE(LogFile::currentFilePath(), QString());
    MainWindow window;
    AboutDialog* dialog = openAbout(window);
    QVERIFY(dialog);
    QCOMPARE(labelText(dialog, u"logFileLabel"_s), u"none in this run"_s);
    QVERIFY(dialog->diagnosticsText().contains(u"\nLog file: none\n"_s));
}

void TestAboutDialog::theWindowWearsTheAppIconInEverySize()
{
    MainWindow window;
    const QIcon icon = window.windowIcon();
    QVERIFY(!icon.isNull());
    const QList<QSize> sizes = icon.availableSizes();
    for (int size : AppIcon::sizes()) {
        QVERIFY2(sizes.contains(QSize(size, size)), qPrintable(QString::number(size)));
        const QImage bundled(u":/icons/casedesk-%1.png"_s.arg(size));
        QVERIFY(!bundled.isNull());
        // Both through a pixmap: it keeps alpha premultiplied, which does not round-trip to the PNG's exact bytes.
        QCOMPARE(icon.pixmap(QSize(size, size), 1.0).toImage(), QPixmap::fromImage(bundled).toImage());
    }
}

QTEST_MAIN(TestAboutDialog)
#include "tst_aboutdialog.moc"
