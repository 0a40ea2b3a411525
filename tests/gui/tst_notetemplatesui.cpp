#include "models/settings/Preferences.h"
#include "models/templates/NoteTemplates.h"
#include "ui/casedetail/NoteComposer.h"
#include "ui/casedetail/NoteTextEdit.h"
#include "ui/preferences/NoteTemplatesEditor.h"
#include "ui/preferences/PreferencesDialog.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCompleter>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>

using namespace CaseDesk;

using namespace Qt::StringLiterals;

/*
 * Note templates as the user meets them, offscreen: "/" at the start of a line opens a popup of template
 * names, typing narrows it, Enter inserts the chosen one filled from the case (a placeholder without a value
 * stays visible and is named), Escape leaves the text as typed; the Template button's menu does the same; and
 * Preferences adds, edits and removes templates, written only on OK.
 */
class TestNoteTemplatesUi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void slashAtLineStartOffersTemplatesAndInsertsTheChosenOne();
    void escapeLeavesTheSlash();
    void slashInsideALineIsJustText();
    void templateMenuInsertsToo();
    void preferencesAddEditAndRemoveTemplates();
    void preferencesCancelKeepsTemplatesAsTheyWere();

private:
    QAbstractItemView* popup() const { return m_composer->textEdit()->completer()->popup(); }

    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<NoteTemplates> m_templates;
    std::unique_ptr<NoteComposer> m_composer;
};

void TestNoteTemplatesUi::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
}

void TestNoteTemplatesUi::init()
{
    m_settings = std::make_unique<QSettings>(
        m_dir.filePath(u"%1.ini"_s.arg(QLatin1StringView(QTest::currentTestFunction()))), QSettings::IniFormat);
    m_templates = std::make_unique<NoteTemplates>(m_settings.get());
    m_templates->setTemplates(
        {{QString(), u"Maintenance window"_s, u"Please confirm the window for {case}, cage {cage}."_s},
         {QString(), u"Received"_s, u"Thanks {contact}, we have it. {me}"_s}});
    m_templates->setMe(u"Ola"_s);
    m_composer = std::make_unique<NoteComposer>();
    m_composer->setTemplates(m_templates.get(), [] {
        return QHash<QString, QString>{{u"case"_s, u"11150929"_s}, {u"contact"_s, u"Jana"_s}, {u"me"_s, u"Ola"_s}};
    });
    m_composer->resize(600, 300);
    m_composer->show();
    QVERIFY(QTest::qWaitForWindowActive(m_composer.get()));
    m_composer->textEdit()->setFocus();
    QTRY_VERIFY(m_composer->textEdit()->hasFocus());
}

void TestNoteTemplatesUi::cleanup()
{
    m_composer.reset();
    m_templates.reset();
    m_settings.reset();
}

void TestNoteTemplatesUi::slashAtLineStartOffersTemplatesAndInsertsTheChosenOne()
{
    NoteTextEdit* edit = m_composer->textEdit();
    QTest::keyClicks(edit, u"Hello"_s);
    QTest::keyClick(edit, Qt::Key_Return);
    QVERIFY(!popup()->isVisible());
    QTest::keyClick(edit, Qt::Key_Slash);
    QTRY_VERIFY(popup()->isVisible());
    QCOMPARE(popup()->model()->rowCount(), 2);
    QTest::keyClicks(popup(), u"main"_s); // the completer hands the keys on to the text
    QTRY_COMPARE(popup()->model()->rowCount(), 1);
    QCOMPARE(popup()->model()->index(0, 0).data().toString(), u"Maintenance window"_s);
    QTest::keyClick(popup(), Qt::Key_Return);
    QTRY_VERIFY(!popup()->isVisible());
    // The "/main" is gone; {cage} has no value here and stays visible, and the composer says so.
    QCOMPARE(edit->toPlainText(), u"Hello\nPlease confirm the window for 11150929, cage {cage}."_s);
    auto* message = m_composer->findChild<QLabel*>(u"noteMessageLabel"_s);
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(u"{cage}"_s), qPrintable(message->text()));
}

void TestNoteTemplatesUi::escapeLeavesTheSlash()
{
    NoteTextEdit* edit = m_composer->textEdit();
    QTest::keyClick(edit, Qt::Key_Slash);
    QTRY_VERIFY(popup()->isVisible());
    QTest::keyClick(popup(), Qt::Key_Escape);
    QTRY_VERIFY(!popup()->isVisible());
    QCOMPARE(edit->toPlainText(), u"/"_s);
    // A word that matches nothing closes the popup; Enter is then a new line.
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, u"/zzz"_s);
    QTRY_VERIFY(!popup()->isVisible());
    QTest::keyClick(edit, Qt::Key_Return);
    QCOMPARE(edit->toPlainText(), u"/zzz\n"_s);
}

void TestNoteTemplatesUi::slashInsideALineIsJustText()
{
    NoteTextEdit* edit = m_composer->textEdit();
    QTest::keyClicks(edit, u"and/or "_s);
    QTest::keyClick(edit, Qt::Key_Slash);
    QVERIFY(!popup()->isVisible());
    QCOMPARE(edit->toPlainText(), u"and/or /"_s);
}

void TestNoteTemplatesUi::templateMenuInsertsToo()
{
    QToolButton* button = m_composer->templateButton();
    QVERIFY(button->isVisible());
    QTest::keyClicks(m_composer->textEdit(), u"> "_s);
    QTimer::singleShot(0, this, [] {
        auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget());
        if (!menu)
            return;
        for (QAction* action : menu->actions()) {
            if (action->text() == u"Received"_s)
                menu->setActiveAction(action);
        }
        QTest::keyClick(menu, Qt::Key_Return);
    });
    button->click();
    QTRY_COMPARE(m_composer->text(), u"> Thanks Jana, we have it. Ola"_s);
    QVERIFY(!m_composer->findChild<QLabel*>(u"noteMessageLabel"_s)->isVisible());
}

void TestNoteTemplatesUi::preferencesAddEditAndRemoveTemplates()
{
    QSettings appSettings(m_dir.filePath(u"app.ini"_s), QSettings::IniFormat);
    Preferences preferences(&appSettings);
    PreferencesDialog dialog(&preferences);
    dialog.setNoteTemplates(m_templates.get());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* list = dialog.findChild<QListWidget*>(u"noteTemplateList"_s);
    QVERIFY(list);
    QCOMPARE(list->count(), 2);

    // Add one.
    dialog.findChild<QPushButton*>(u"addTemplateButton"_s)->click();
    QDialog* editor = nullptr;
    QTRY_VERIFY((editor = dialog.findChild<QDialog*>(u"noteTemplateDialog"_s)) && editor->isVisible());
    auto* ok = editor->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    QVERIFY(!ok->isEnabled()); // nothing typed yet
    QTest::keyClicks(editor->findChild<QLineEdit*>(u"templateNameEdit"_s), u"Cross-connect"_s);
    QVERIFY(!ok->isEnabled());
    QTest::keyClicks(editor->findChild<QPlainTextEdit*>(u"templateTextEdit"_s), u"Carrier X at {ibx}"_s);
    QVERIFY(ok->isEnabled());
    ok->click();
    QTRY_VERIFY(!dialog.findChild<QDialog*>(u"noteTemplateDialog"_s));
    QCOMPARE(list->count(), 3);
    QCOMPARE(list->currentItem()->text(), u"Cross-connect"_s);
    QCOMPARE(m_templates->templates().size(), 2); // nothing written before OK

    // Edit the first: rename it.
    list->setCurrentRow(0);
    dialog.findChild<QPushButton*>(u"editTemplateButton"_s)->click();
    QTRY_VERIFY((editor = dialog.findChild<QDialog*>(u"noteTemplateDialog"_s)) && editor->isVisible());
    auto* name = editor->findChild<QLineEdit*>(u"templateNameEdit"_s);
    QCOMPARE(name->text(), u"Maintenance window"_s);
    name->selectAll();
    QTest::keyClicks(name, u"Window"_s);
    editor->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    QTRY_VERIFY(!dialog.findChild<QDialog*>(u"noteTemplateDialog"_s));

    // Remove the second ("Received").
    list->setCurrentRow(1);
    dialog.findChild<QPushButton*>(u"removeTemplateButton"_s)->click();
    QCOMPARE(list->count(), 2);
    auto* me = dialog.findChild<QLineEdit*>(u"templateMeEdit"_s);
    me->clear();
    QTest::keyClicks(me, u"Ola N."_s);

    dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    QCOMPARE(m_templates->names(), (QStringList{u"Cross-connect"_s, u"Window"_s}));
    QCOMPARE(m_templates->textOf(u"Window"_s), u"Please confirm the window for {case}, cage {cage}."_s);
    QCOMPARE(m_templates->me(), u"Ola N."_s);
    // The composer follows at once: "/" now offers the new names.
    QTest::keyClick(m_composer->textEdit(), Qt::Key_Slash);
    QTRY_VERIFY(popup()->isVisible());
    QCOMPARE(popup()->model()->rowCount(), 2);
    QCOMPARE(popup()->model()->index(0, 0).data().toString(), u"Cross-connect"_s);
}

void TestNoteTemplatesUi::preferencesCancelKeepsTemplatesAsTheyWere()
{
    QSettings appSettings(m_dir.filePath(u"app2.ini"_s), QSettings::IniFormat);
    Preferences preferences(&appSettings);
    PreferencesDialog dialog(&preferences);
    dialog.setNoteTemplates(m_templates.get());
    dialog.show();
    auto* list = dialog.findChild<QListWidget*>(u"noteTemplateList"_s);
    list->setCurrentRow(0);
    dialog.findChild<QPushButton*>(u"removeTemplateButton"_s)->click();
    QCOMPARE(list->count(), 1);
    dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Cancel)->click();
    QCOMPARE(m_templates->templates().size(), 2);
}

QTEST_MAIN(TestNoteTemplatesUi)
#include "tst_notetemplatesui.moc"
