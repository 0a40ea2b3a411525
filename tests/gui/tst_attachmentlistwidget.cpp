#include "models/attachments/AttachmentListModel.h"
#include "models/attachments/AttachmentUploader.h"
#include "tests/gui/AttachmentDrops.h"
#include "tests/support/TestHome.h"
#include "ui/attachments/AttachmentListView.h"
#include "ui/attachments/AttachmentListWidget.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace CaseDesk;

using namespace Qt::StringLiterals;
using State = AttachmentListModel::State;

// The one attachment list of the composer and the wizard, driven as a user would, with no server behind it:
// accepted files wait in the queue, which is all these checks need.
class TestAttachmentListWidget : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void dropOfSeveralFilesOnTheListAddsThemAllAndHighlightsWhileOver();
    void dropOnTheWidgetOutsideTheListWorksToo();
    void dragsWithoutLocalFilesAreLeftAlone_data();
    void dragsWithoutLocalFilesAreLeftAlone();
    void eachRefusedFileGetsALineNamingItAndTheRule();
    void pastedImageBecomesADatedPng();
    void ctrlVPastesWhenTheListHasFocus();
    void pastedFilesFromAFileManagerAreAdded();
    void pickerPathAddsTheChosenFiles();
    void refusedImageIsOfferedAConversionThatFits();
    void declinedConversionAddsNothing();
    void oversizedImageIsOfferedAConversionThatFits();
    void deleteKeyRemovesAndButtonsAreNamed();
    void cancelAndRetryFromTheButtons();
    void disabledListRefusesDrops();

private:
    QString file(const QString& name, qint64 size = 64, char fill = 'x');
    QStringList names(const AttachmentListWidget& widget) const;

    std::unique_ptr<TestHome> m_home;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestAttachmentListWidget::initTestCase()
{
    m_home = std::make_unique<TestHome>();
    QVERIFY(m_home->isValid());
}

void TestAttachmentListWidget::init()
{
    m_dir = std::make_unique<QTemporaryDir>(m_home->filePath(u"files-XXXXXX"_s));
    QVERIFY(m_dir->isValid());
    QGuiApplication::clipboard()->clear();
}

QString TestAttachmentListWidget::file(const QString& name, qint64 size, char fill)
{
    return writeTestFile(m_dir->filePath(name), size, fill);
}

QStringList TestAttachmentListWidget::names(const AttachmentListWidget& widget) const
{
    QStringList out;
    for (const AttachmentListModel::Item& item : widget.uploader()->model()->items())
        out << item.name;
    return out;
}

void TestAttachmentListWidget::dropOfSeveralFilesOnTheListAddsThemAllAndHighlightsWhileOver()
{
    AttachmentListWidget widget;
    widget.resize(500, 300);
    widget.show();
    QVERIFY(!widget.isDropActive());
    const QStringList paths{file(u"rack-1.png"_s), file(u"rack-2.png"_s), file(u"switch.log.txt"_s)};
    const SimulatedDrop drop =
        simulateDrop(widget.view()->viewport(), fileMime(paths), [&widget] { return widget.isDropActive(); });
    QVERIFY(drop.enterAccepted);
    QVERIFY(drop.highlightedDuringDrag);
    QVERIFY(drop.dropAccepted);
    QVERIFY(!widget.isDropActive()); // the highlight goes with the drop
    QCOMPARE(names(widget), (QStringList{u"rack-1.png"_s, u"rack-2.png"_s, u"switch.log.txt"_s}));
    QVERIFY(widget.message().isEmpty());
    QCOMPARE(widget.uploader()->model()->at(0).state, State::Queued);
}

void TestAttachmentListWidget::dropOnTheWidgetOutsideTheListWorksToo()
{
    AttachmentListWidget widget;
    widget.resize(500, 300);
    widget.show();
    const SimulatedDrop drop = simulateDrop(&widget, fileMime({file(u"photo.jpg"_s)}));
    QVERIFY(drop.enterAccepted && drop.dropAccepted);
    QCOMPARE(widget.count(), 1);

    // A drag that leaves without dropping takes its highlight with it.
    QMimeData* mime = fileMime({file(u"other.jpg"_s)});
    QDragEnterEvent enter(QPoint(5, 5), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(&widget, &enter);
    QVERIFY(widget.isDropActive());
    QDragLeaveEvent leave;
    QCoreApplication::sendEvent(&widget, &leave);
    QVERIFY(!widget.isDropActive());
    QCOMPARE(widget.count(), 1);
    delete mime;
}

void TestAttachmentListWidget::dragsWithoutLocalFilesAreLeftAlone_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("plain text") << u"text"_s;
    QTest::newRow("web link") << u"http"_s;
    QTest::newRow("no urls at all") << u"empty"_s;
}

void TestAttachmentListWidget::dragsWithoutLocalFilesAreLeftAlone()
{
    QFETCH(QString, kind);
    AttachmentListWidget widget;
    widget.show();
    auto* mime = new QMimeData;
    if (kind == u"text")
        mime->setText(u"/etc/passwd"_s);
    else if (kind == u"http")
        mime->setUrls({QUrl(u"https://example.com/rack.png"_s)});
    const SimulatedDrop drop = simulateDrop(widget.view()->viewport(), mime, [&] { return widget.isDropActive(); });
    QVERIFY(!drop.enterAccepted);
    QVERIFY(!drop.highlightedDuringDrag);
    QCOMPARE(widget.count(), 0);
}

void TestAttachmentListWidget::eachRefusedFileGetsALineNamingItAndTheRule()
{
    AttachmentListWidget widget;
    widget.show();
    QVERIFY(QDir().mkpath(m_dir->filePath(u"screenshots.png"_s)));
    const QStringList paths{
        file(u"one.png"_s),
        file(u"two.png"_s),
        file(u"empty.txt"_s, 0),
        file(u"big.pdf"_s, 10485761),
        file(u"setup.exe"_s),
        m_dir->filePath(u"screenshots.png"_s),
        file(u"three.png"_s),
        file(u"four.png"_s),
        file(u"five.png"_s),
        file(u"six.png"_s),
        m_dir->filePath(u"vanished.png"_s),
    };
    simulateDrop(&widget, fileMime(paths));
    QCOMPARE(widget.count(), 5);
    const QString message = widget.message();
    const QStringList expected{
        u"“empty.txt” is empty"_s,
        u"“big.pdf” is %1 bytes, more than the %2 bytes allowed"_s.arg(QLocale().toString(10485761),
                                                                       QLocale().toString(10485760)),
        u"“setup.exe” cannot be attached: EXE files are not accepted"_s,
        u"“screenshots.png” is a folder"_s,
        u"“six.png” was not added: a case or note can have at most 5 attachments"_s,
        u"“vanished.png” cannot be attached: the file no longer exists"_s,
    };
    for (const QString& line : expected)
        QVERIFY2(message.contains(line), qPrintable(u"missing «"_s + line + u"» in:\n"_s + message));
    QCOMPARE(message.count(u'\n'), expected.size() - 1); // one line each, nothing else
    QVERIFY(!widget.isOfferingConversion());             // none of them is an image that converting would help

    widget.clear();
    QCOMPARE(widget.count(), 0);
    QVERIFY(widget.message().isEmpty());
}

void TestAttachmentListWidget::pastedImageBecomesADatedPng()
{
    AttachmentListWidget widget;
    widget.show();
    QImage image(120, 80, QImage::Format_RGB32);
    image.fill(Qt::darkCyan);
    QGuiApplication::clipboard()->setImage(image);
    widget.paste();
    QCOMPARE(widget.count(), 1);
    static const QRegularExpression dated(u"^screenshot-\\d{4}-\\d\\d-\\d\\d-\\d\\d-\\d\\d-\\d\\d\\.png$"_s);
    QVERIFY2(dated.match(names(widget).first()).hasMatch(), qPrintable(names(widget).first()));
    QTRY_COMPARE(widget.uploader()->model()->at(0).state, State::Queued); // converted, waiting for a server
    const QString path = widget.uploader()->model()->at(0).sourcePath;
    QCOMPARE(QImage(path).convertToFormat(QImage::Format_RGB32), image);
    QVERIFY(path.startsWith(m_home->path()));

    QGuiApplication::clipboard()->setText(u"just words"_s);
    widget.paste();
    QCOMPARE(widget.count(), 1);
    QVERIFY(widget.message().contains(u"no image or file"_s));
}

void TestAttachmentListWidget::ctrlVPastesWhenTheListHasFocus()
{
    AttachmentListWidget widget;
    widget.show();
    QApplication::setActiveWindow(&widget);
    QVERIFY(QTest::qWaitForWindowActive(&widget));
    widget.view()->setFocus();
    QTRY_VERIFY(widget.view()->hasFocus());
    QImage image(10, 10, QImage::Format_RGB32);
    image.fill(Qt::red);
    QGuiApplication::clipboard()->setImage(image);
    QTest::keySequence(widget.view(), QKeySequence::Paste);
    QCOMPARE(widget.count(), 1);
}

void TestAttachmentListWidget::pastedFilesFromAFileManagerAreAdded()
{
    AttachmentListWidget widget;
    QGuiApplication::clipboard()->setMimeData(fileMime({file(u"a.txt"_s), file(u"b.pdf"_s)}));
    widget.paste();
    QCOMPARE(names(widget), (QStringList{u"a.txt"_s, u"b.pdf"_s}));
}

void TestAttachmentListWidget::pickerPathAddsTheChosenFiles()
{
    AttachmentListWidget widget;
    widget.show();
    QStringList offered{file(u"picked-1.png"_s), file(u"picked-2.docx"_s)};
    int opened = 0;
    widget.setFilePicker([&](QWidget* parent, std::function<void(const QStringList&)> done) {
        ++opened;
        QCOMPARE(parent, &widget);
        done(offered);
    });
    auto* add = widget.findChild<QPushButton*>(u"addAttachmentsButton"_s);
    QTest::mouseClick(add, Qt::LeftButton);
    QCOMPARE(opened, 1);
    QCOMPARE(names(widget), (QStringList{u"picked-1.png"_s, u"picked-2.docx"_s}));
    offered.clear(); // the user cancelled the picker
    QTest::mouseClick(add, Qt::LeftButton);
    QCOMPARE(widget.count(), 2);
    QVERIFY(widget.message().isEmpty());
}

void TestAttachmentListWidget::refusedImageIsOfferedAConversionThatFits()
{
    AttachmentListWidget widget;
    widget.show();
    QImage image(40, 30, QImage::Format_RGB32);
    image.fill(Qt::green);
    const QString ppm = m_dir->filePath(u"camera.ppm"_s);
    QVERIFY(image.save(ppm, "PPM"));
    simulateDrop(&widget, fileMime({ppm}));
    QCOMPARE(widget.count(), 0);
    QVERIFY(widget.message().contains(u"“camera.ppm” cannot be attached: PPM files are not accepted"_s));
    QVERIFY(widget.isOfferingConversion());
    auto* bar = widget.findChild<QWidget*>(u"conversionOfferBar"_s);
    QVERIFY(bar->isVisible());
    QVERIFY(widget.findChild<QLabel*>(u"conversionOfferLabel"_s)->text().contains(u"“camera.ppm”"_s));
    auto* convert = widget.findChild<QPushButton*>(u"convertAttachmentButton"_s);
    QCOMPARE(convert->accessibleName(), u"Convert and attach camera.ppm"_s);
    QTest::mouseClick(convert, Qt::LeftButton);
    QVERIFY(!bar->isVisible());
    QVERIFY(widget.message().isEmpty()); // the refusal is answered
    QCOMPARE(widget.count(), 1);
    QCOMPARE(widget.uploader()->model()->at(0).convertedFrom, u"camera.ppm"_s);
    QTRY_COMPARE(widget.uploader()->model()->at(0).state, State::Queued);
    QCOMPARE(names(widget), QStringList{u"camera.png"_s});
}

void TestAttachmentListWidget::declinedConversionAddsNothing()
{
    AttachmentListWidget widget;
    widget.show();
    QImage image(8, 8, QImage::Format_RGB32);
    image.fill(Qt::blue);
    const QString first = m_dir->filePath(u"first.ppm"_s);
    const QString second = m_dir->filePath(u"second.xpm"_s);
    QVERIFY(image.save(first, "PPM") && image.save(second, "XPM"));
    simulateDrop(&widget, fileMime({first, second}));
    auto* label = widget.findChild<QLabel*>(u"conversionOfferLabel"_s);
    QVERIFY(label->text().contains(u"“first.ppm”"_s));
    QTest::mouseClick(widget.findChild<QPushButton*>(u"skipConversionButton"_s), Qt::LeftButton);
    QVERIFY(label->text().contains(u"“second.xpm”"_s)); // one offer at a time
    QTest::mouseClick(widget.findChild<QPushButton*>(u"skipConversionButton"_s), Qt::LeftButton);
    QVERIFY(!widget.isOfferingConversion());
    QCOMPARE(widget.count(), 0);
    QVERIFY(widget.message().contains(u"“first.ppm”"_s)); // the refusals stay readable
}

void TestAttachmentListWidget::oversizedImageIsOfferedAConversionThatFits()
{
    AttachmentListWidget widget;
    widget.show();
    // An accepted type over 10 MB: an uncompressed bitmap of a gradient, which PNG shrinks a lot.
    QImage image(2200, 1700, QImage::Format_RGB888);
    for (int y = 0; y < image.height(); ++y) {
        uchar* line = image.scanLine(y);
        for (int x = 0; x < image.width(); ++x) {
            line[3 * x] = uchar(x / 9);
            line[3 * x + 1] = uchar(y / 7);
            line[3 * x + 2] = 128;
        }
    }
    const QString bmp = m_dir->filePath(u"rack-scan.bmp"_s);
    QVERIFY(image.save(bmp, "BMP"));
    QVERIFY(QFileInfo(bmp).size() > 10485760);
    simulateDrop(&widget, fileMime({bmp}));
    QVERIFY(widget.message().contains(u"“rack-scan.bmp” is 10.7 MB, more than the 10 MB allowed per file"_s));
    QVERIFY(widget.isOfferingConversion());
    QTest::mouseClick(widget.findChild<QPushButton*>(u"convertAttachmentButton"_s), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(widget.uploader()->model()->at(0).state, State::Queued, 15000);
    const AttachmentListModel::Item item = widget.uploader()->model()->at(0);
    QCOMPARE(item.name, u"rack-scan.png"_s);
    QVERIFY(item.size > 0 && item.size <= 10485760);
    QCOMPARE(QImage(item.sourcePath).size(), image.size());
}

void TestAttachmentListWidget::deleteKeyRemovesAndButtonsAreNamed()
{
    AttachmentListWidget widget;
    widget.show();
    QApplication::setActiveWindow(&widget);
    QVERIFY(QTest::qWaitForWindowActive(&widget));
    widget.addFiles({file(u"keep.txt"_s), file(u"drop.txt"_s)});
    widget.view()->setFocus();
    widget.view()->setCurrentIndex(widget.view()->model()->index(1, 0));
    const QList<QPushButton*> buttons = widget.findChildren<QPushButton*>();
    QVERIFY(buttons.size() >= 7);
    for (const QPushButton* button : buttons)
        QVERIFY2(!button->accessibleName().isEmpty(), qPrintable(button->objectName()));
    QVERIFY(!widget.view()->accessibleName().isEmpty());
    QCOMPARE(widget.findChild<QPushButton*>(u"removeAttachmentButton"_s)->accessibleName(), u"Remove drop.txt"_s);
    QTest::keyClick(widget.view(), Qt::Key_Delete);
    QCOMPARE(names(widget), QStringList{u"keep.txt"_s});
}

void TestAttachmentListWidget::cancelAndRetryFromTheButtons()
{
    AttachmentListWidget widget;
    widget.show();
    QSignalSpy settled(&widget, &AttachmentListWidget::settled);
    widget.addFiles({file(u"slow.pdf"_s)});
    auto* cancel = widget.findChild<QPushButton*>(u"cancelAttachmentButton"_s);
    auto* retry = widget.findChild<QPushButton*>(u"retryAttachmentButton"_s);
    QVERIFY(cancel->isEnabled());
    QVERIFY(!retry->isEnabled());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QCOMPARE(widget.uploader()->model()->at(0).state, State::Cancelled);
    QCOMPARE(settled.count(), 1);
    QCOMPARE(widget.problemNames(), QStringList{u"slow.pdf"_s});
    const QModelIndex row = widget.view()->model()->index(0, 0);
    QVERIFY(row.data(Qt::ToolTipRole).toString().contains(u"“slow.pdf” was cancelled"_s));
    QVERIFY(row.data(Qt::AccessibleDescriptionRole).toString().contains(u"“slow.pdf” was cancelled"_s));
    QVERIFY(retry->isEnabled());
    QTest::mouseClick(retry, Qt::LeftButton);
    QCOMPARE(widget.uploader()->model()->at(0).state, State::Queued);
    QVERIFY(row.data(AttachmentListModel::ErrorRole).toString().isEmpty());
}

void TestAttachmentListWidget::disabledListRefusesDrops()
{
    AttachmentListWidget widget;
    widget.show();
    widget.setEnabled(false);
    const SimulatedDrop drop = simulateDrop(widget.view()->viewport(), fileMime({file(u"late.png"_s)}));
    QVERIFY(!drop.dropAccepted);
    QCOMPARE(widget.count(), 0);
    widget.addFiles({file(u"late.png"_s)}); // nor through the owner
    QCOMPARE(widget.count(), 0);
}

QTEST_MAIN(TestAttachmentListWidget)
#include "tst_attachmentlistwidget.moc"
