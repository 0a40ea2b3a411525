#include "tests/gui/tst_newcasewizard_driver.h"
#include "tests/support/TestHome.h"
#include "ui/catalogue/CatalogueActions.h"
#include "ui/catalogue/CatalogueChangeDialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QFile>
#include <QMessageBox>
#include <QProgressDialog>
#include <QSettings>
#include <QSignalSpy>
#include <QTreeView>

#include <memory>

using namespace CaseDesk;

using namespace Qt::StringLiterals;

namespace
{
QString testFile(const QString& name)
{
    return QStringLiteral(CASEDESK_TEST_DATA_DIR) + u'/' + name;
}
} // namespace

// The catalogue's menu actions and their dialog, offscreen: loading a changed provider document (a code added,
// one removed, a details form changed), refusing broken and foreign ones without changing anything, keeping
// the choice across restarts, resetting to the bundled document, and an open wizard following along.
class TestNewCaseWizardCatalogue : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void loadsAChangedDocumentAndShowsWhatChanged();
    void refusesBrokenOrForeignDocuments_data();
    void refusesBrokenOrForeignDocuments();
    void keepsTheChoiceAcrossRestartsUntilReset();
    void resetsOnlyAfterConfirmation();
    void offersTheNewCodesInAnOpenWizard();
    void readsTheDocumentInTheBackgroundWithProgress();
    void refusesAnAliasBombQuickly();

private:
    QString writeFile(const QString& name, const QByteArray& bytes);
    void chooseFile(const QString& path);

    std::unique_ptr<TestHome> m_home;
    std::unique_ptr<QWidget> m_window;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<CodeCatalogue> m_catalogue;
    std::unique_ptr<CatalogueActions> m_actions;
    QString m_chosen;
};

void TestNewCaseWizardCatalogue::initTestCase()
{
    m_home = std::make_unique<TestHome>();
    QVERIFY(m_home->isValid());
    QLocale::setDefault(QLocale::c());
}

void TestNewCaseWizardCatalogue::init()
{
    QFile::remove(m_home->filePath(u"settings.ini"_s));
    QFile::remove(m_home->filePath(u"catalogue/provider-api.json"_s));
    m_window = std::make_unique<QWidget>();
    m_window->resize(800, 600);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_settings = std::make_unique<QSettings>(m_home->filePath(u"settings.ini"_s), QSettings::IniFormat);
    m_catalogue = std::make_unique<CodeCatalogue>(m_settings.get(), m_home->filePath(u"catalogue"_s));
    QVERIFY(m_catalogue->load());
    m_actions = std::make_unique<CatalogueActions>(m_catalogue.get(), m_window.get());
    // Stands in for the file dialog, answering with whatever chooseFile() set.
    m_actions->setFilePicker([this](QWidget*, std::function<void(const QString&)> done) { done(m_chosen); });
}

void TestNewCaseWizardCatalogue::cleanup()
{
    m_actions.reset();
    m_catalogue.reset();
    m_settings.reset();
    m_window.reset();
}

QString TestNewCaseWizardCatalogue::writeFile(const QString& name, const QByteArray& bytes)
{
    QFile file(m_home->filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(file.fileName()));
    return file.fileName();
}

void TestNewCaseWizardCatalogue::chooseFile(const QString& path)
{
    m_chosen = path;
    m_actions->loadAction()->trigger();
    // The document is read in the background; the result comes back through the event loop.
    QTRY_VERIFY_WITH_TIMEOUT(!m_catalogue->isImporting(), 30000);
}

void TestNewCaseWizardCatalogue::loadsAChangedDocumentAndShowsWhatChanged()
{
    QCOMPARE(m_actions->loadAction()->text(), u"&Load provider API document…"_s);
    QVERIFY(!m_actions->resetAction()->isEnabled()); // the bundled one is in use
    QSignalSpy imported(m_actions.get(), &CatalogueActions::documentImported);
    chooseFile(testFile(u"catalogue/provider-changed.yaml"_s));
    QCOMPARE(imported.size(), 1);

    CatalogueChangeDialog* dialog = m_actions->dialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QVERIFY(dialog->isModal() || dialog->windowModality() != Qt::NonModal); // open(), not exec()
    QVERIFY(!dialog->isRefusal());
    QCOMPARE(dialog->headline(), u"Loaded provider-changed.yaml."_s);
    QCOMPARE(dialog->listed(CatalogueChangeDialog::AddedGroup), QStringList{u"0015-0100"_s});
    QCOMPARE(dialog->listed(CatalogueChangeDialog::RemovedGroup), QStringList{u"0800-0000"_s});
    QCOMPARE(dialog->listed(CatalogueChangeDialog::ChangedGroup), QStringList{u"0306-0300"_s});
    QVERIFY(m_catalogue->contains(u"0015-0100"_s));
    QVERIFY(!m_catalogue->contains(u"0800-0000"_s));
    QVERIFY(m_actions->resetAction()->isEnabled());
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!m_actions->dialog());
}

void TestNewCaseWizardCatalogue::refusesBrokenOrForeignDocuments_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("reason");
    QTest::newRow("empty file") << u"empty.json"_s << QByteArray("\n") << u"The file is empty."_s;
    QTest::newRow("cut-off json") << u"cut.json"_s << QByteArray("{\n  \"openapi\": \"3.0.0\",\n  \"paths\": {")
                                  << u"line 3, column 13"_s;
    QTest::newRow("broken yaml") << u"broken.yaml"_s << QByteArray("openapi: 3.0.0\npaths: [a, b\ninfo: x\n")
                                 << u"This is not valid YAML: line 3"_s;
    QTest::newRow("no version") << u"plain.json"_s << QByteArray(R"({"paths": {}})") << u"openapi"_s;
    QTest::newRow("missing file") << u"/nonexistent/provider.yaml"_s << QByteArray() << u"cannot be read"_s;
    QFile foreign(u":/api/attachmentsv1.json"_s);
    QVERIFY(foreign.open(QIODevice::ReadOnly));
    QTest::newRow("another API") << u"attachments.json"_s << foreign.readAll() << u"/support/v2/tickets"_s;
}

void TestNewCaseWizardCatalogue::refusesBrokenOrForeignDocuments()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, reason);
    const auto before = m_catalogue->document();
    QSignalSpy changed(m_catalogue.get(), &CodeCatalogue::catalogueChanged);
    QSignalSpy refused(m_actions.get(), &CatalogueActions::documentRefused);
    chooseFile(fileName.startsWith(u'/') ? fileName : writeFile(fileName, bytes));

    QCOMPARE(refused.size(), 1);
    QVERIFY2(refused.at(0).at(0).toString().contains(reason), qPrintable(refused.at(0).at(0).toString()));
    CatalogueChangeDialog* dialog = m_actions->dialog();
    QVERIFY(dialog && dialog->isRefusal());
    QCOMPARE(dialog->headline(), u"%1 was not loaded."_s.arg(QFileInfo(fileName).fileName()));
    QVERIFY(dialog->explanation().contains(refused.at(0).at(0).toString()));
    QVERIFY(dialog->explanation().contains(u"Nothing changed"_s));
    QCOMPARE(changed.size(), 0);
    QCOMPARE(m_catalogue->document(), before);
    QVERIFY(m_catalogue->isBundled());
    QVERIFY(!m_actions->resetAction()->isEnabled());
}

void TestNewCaseWizardCatalogue::keepsTheChoiceAcrossRestartsUntilReset()
{
    chooseFile(testFile(u"catalogue/provider-changed.yaml"_s));
    QVERIFY(!m_catalogue->isBundled());
    // A restart: a new catalogue over the same settings and folder.
    m_actions.reset();
    m_catalogue = std::make_unique<CodeCatalogue>(m_settings.get(), m_home->filePath(u"catalogue"_s));
    QVERIFY(m_catalogue->load());
    QVERIFY(m_catalogue->contains(u"0015-0100"_s));
    m_actions = std::make_unique<CatalogueActions>(m_catalogue.get(), m_window.get());
    QVERIFY(m_actions->resetAction()->isEnabled());
    QSignalSpy reset(m_actions.get(), &CatalogueActions::documentReset);
    m_actions->resetToBundled();
    QCOMPARE(reset.size(), 1);
    QVERIFY(m_catalogue->isBundled());
    QCOMPARE(m_actions->dialog()->listed(CatalogueChangeDialog::RemovedGroup), QStringList{u"0015-0100"_s});
    m_catalogue = std::make_unique<CodeCatalogue>(m_settings.get(), m_home->filePath(u"catalogue"_s));
    QVERIFY(m_catalogue->load());
    QVERIFY(m_catalogue->isBundled());
    m_actions.reset();
}

void TestNewCaseWizardCatalogue::resetsOnlyAfterConfirmation()
{
    chooseFile(testFile(u"catalogue/provider-changed.yaml"_s));
    m_actions->dialog()->close();
    QSignalSpy reset(m_actions.get(), &CatalogueActions::documentReset);

    m_actions->resetAction()->trigger();
    auto* box = m_window->findChild<QMessageBox*>(u"confirmResetApiDocument"_s);
    QVERIFY(box);
    QTRY_VERIFY(box->isVisible());
    QVERIFY(box->text().contains(u"provider-changed.yaml"_s));
    QTest::keyClick(box, Qt::Key_Escape);
    QTRY_VERIFY(!m_window->findChild<QMessageBox*>(u"confirmResetApiDocument"_s));
    QCOMPARE(reset.size(), 0);
    QVERIFY(!m_catalogue->isBundled());

    m_actions->resetAction()->trigger();
    box = m_window->findChild<QMessageBox*>(u"confirmResetApiDocument"_s);
    QVERIFY(box);
    QTest::keyClick(box, Qt::Key_Return); // Reset is the default
    QTRY_COMPARE(reset.size(), 1);
    QVERIFY(m_catalogue->isBundled());
    QVERIFY(!m_actions->resetAction()->isEnabled());
    QCOMPARE(m_actions->dialog()->headline(), u"Back to the bundled API document."_s);
}

void TestNewCaseWizardCatalogue::offersTheNewCodesInAnOpenWizard()
{
    NewCaseWizard wizard(NewCaseWizard::Services{
        m_catalogue.get(), [](const CreateCaseRequest&, QObject*, ApiCallback<CreateCaseResponse>) {}, nullptr,
        QLocale::c()});
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    WizardDriver drive(&wizard);
    QVERIFY(!drive.chooseCode(u"0015-0100"_s));
    QVERIFY(drive.chooseCode(u"0800-0000"_s));
    chooseFile(testFile(u"catalogue/provider-changed.yaml"_s));
    // The chosen code is gone from the document: the page says so and holds Next.
    QTRY_VERIFY(!drive.nextButton()->isEnabled());
    QVERIFY2(drive.errorAt(u"code"_s).contains(u"not a code of the current API document"_s),
             qPrintable(drive.errorAt(u"code"_s)));
    QVERIFY(drive.chooseCode(u"0015-0100"_s));
    QVERIFY(wizard.codePage()->picker()->factsText().contains(u"trouble ticket"_s)); // below 0100
    QTRY_VERIFY(drive.nextButton()->isEnabled());
}

void TestNewCaseWizardCatalogue::readsTheDocumentInTheBackgroundWithProgress()
{
    QSignalSpy imported(m_actions.get(), &CatalogueActions::documentImported);
    m_chosen = testFile(u"catalogue/provider-changed.yaml"_s);
    m_actions->loadAction()->trigger();

    // Load has returned, and nothing is applied yet: the reading did not happen on this (the UI) thread, and
    // the result can only arrive through the event loop. Meanwhile a progress dialog says what happens; it is
    // not modal, and neither Load nor Reset can start another change.
    QVERIFY(m_catalogue->isImporting());
    QVERIFY(!m_catalogue->contains(u"0015-0100"_s));
    QCOMPARE(imported.size(), 0);
    QProgressDialog* progress = m_actions->progress();
    QVERIFY(progress);
    QVERIFY(progress->isVisible());
    QCOMPARE(progress->windowModality(), Qt::NonModal);
    QVERIFY(progress->labelText().contains(u"provider-changed.yaml"_s));
    QCOMPARE(progress->maximum(), 0); // busy: the reading does not say how far it is
    QVERIFY(!m_actions->loadAction()->isEnabled());
    QVERIFY(!m_actions->resetAction()->isEnabled());

    QVERIFY(imported.wait(30000));
    QVERIFY(!m_catalogue->isImporting());
    QVERIFY(m_catalogue->contains(u"0015-0100"_s));
    QTRY_VERIFY(!m_actions->progress());
    QVERIFY(m_actions->dialog() && !m_actions->dialog()->isRefusal());
    QVERIFY(m_actions->loadAction()->isEnabled());
    QVERIFY(m_actions->resetAction()->isEnabled());
}

void TestNewCaseWizardCatalogue::refusesAnAliasBombQuickly()
{
    // "Billion laughs": nine levels of ten aliases would be a billion entries, and a text of 1 MiB used 200
    // times would be 200 MiB. Both are refused, with the reason, before they take the memory.
    QByteArray laughs = "openapi: 3.0.0\nl0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n";
    for (int level = 1; level < 9; ++level) {
        laughs += "l" + QByteArray::number(level) + ": &l" + QByteArray::number(level) + " [";
        for (int i = 0; i < 10; ++i)
            laughs += (i ? ", *l" : "*l") + QByteArray::number(level - 1);
        laughs += "]\n";
    }
    QByteArray texts = "openapi: 3.0.0\nt: &t " + QByteArray(1024 * 1024, 'a') + "\nuses:\n";
    texts += QByteArray("  - *t\n").repeated(200);

    const QList<std::pair<QString, QByteArray>> bombs{{u"laughs.yaml"_s, laughs}, {u"texts.yaml"_s, texts}};
    for (const auto& [name, bytes] : bombs) {
        QSignalSpy refused(m_actions.get(), &CatalogueActions::documentRefused);
        chooseFile(writeFile(name, bytes));
        QCOMPARE(refused.size(), 1);
        const QString reason = refused.at(0).at(0).toString();
        QVERIFY2(reason.contains(u"too large once its aliases are expanded"_s), qPrintable(reason));
        QVERIFY(m_actions->dialog() && m_actions->dialog()->isRefusal());
        QVERIFY(m_actions->dialog()->explanation().contains(reason));
        QVERIFY(m_catalogue->isBundled());
        m_actions->dialog()->close();
    }
}

QTEST_MAIN(TestNewCaseWizardCatalogue)
#include "tst_newcasewizard_catalogue.moc"
