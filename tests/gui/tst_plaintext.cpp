#include "ui/widgets/PlainText.h"

#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>
#include <QTest>
#include <QTextDocument>
#include <QWidget>

using namespace CaseDesk;

using namespace Qt::StringLiterals;

namespace
{
const QString kMarkup = u"<b>eve</b><img src=\"file:///dev/zero\">"_s;

QString shownAsToolTip(const QString& tip)
{
    if (!Qt::mightBeRichText(tip))
        return tip;
    QTextDocument document;
    document.setResourceProvider([](const QUrl&) { return QVariant(QByteArray()); });
    document.setHtml(tip);
    return document.toPlainText();
}
} // namespace

// The helpers every widget uses to show outside text: plain, without disguising characters, "&" as typed.
class TestPlainText : public QObject
{
    Q_OBJECT

private slots:
    void labelsArePlainWhateverTheyHold();
    void toolTipsReadAsTheText();
    void formRowsNameTheirFieldPlainly();
    void mnemonicTextShowsItsAmpersands();
    void windowTitlesShowTheirPlaceholderAsTyped();
    void messageBoxesArePlain();
};

void TestPlainText::labelsArePlainWhateverTheyHold()
{
    QWidget parent;
    QLabel* label = PlainText::label(kMarkup + QChar(0x202E) + u"txt.exe"_s, &parent);
    QCOMPARE(label->textFormat(), Qt::PlainText);
    QCOMPARE(label->text(), kMarkup + u"txt.exe"_s);
    QCOMPARE(label->parent(), &parent);

    // A label made elsewhere becomes plain when it is given outside text.
    auto* other = new QLabel(&parent);
    QCOMPARE(other->textFormat(), Qt::AutoText);
    PlainText::setText(other, kMarkup);
    QCOMPARE(other->textFormat(), Qt::PlainText);
    QCOMPARE(other->text(), kMarkup);
}

void TestPlainText::toolTipsReadAsTheText()
{
    QWidget widget;
    PlainText::setToolTip(&widget, kMarkup + u"\nsecond line"_s);
    QVERIFY(!widget.toolTip().contains(u"<img"_s));
    QCOMPARE(shownAsToolTip(widget.toolTip()), kMarkup + u"\nsecond line"_s);
    PlainText::setToolTip(&widget, {});
    QVERIFY(widget.toolTip().isEmpty());
}

void TestPlainText::formRowsNameTheirFieldPlainly()
{
    QWidget widget;
    auto* form = new QFormLayout(&widget);
    auto* field = new QLabel(&widget);
    QLabel* name = PlainText::addRow(form, kMarkup, field);
    QCOMPARE(name->textFormat(), Qt::PlainText);
    QCOMPARE(name->text(), kMarkup);
    QCOMPARE(form->labelForField(field), name);
}

void TestPlainText::mnemonicTextShowsItsAmpersands()
{
    QCOMPARE(PlainText::mnemonicSafe(u"R&D"_s), u"R&&D"_s);
    QCOMPARE(PlainText::mnemonicSafe(u"a\tb\nc"_s + QChar(0x202E)), u"a b c"_s); // one line: a tab starts a shortcut
    QCOMPARE(PlainText::mnemonicSafe(QString()), QString());
}

void TestPlainText::windowTitlesShowTheirPlaceholderAsTyped()
{
    QWidget window;
    PlainText::setWindowTitle(&window, u"Sign in to draft[*]"_s + QChar(0x202E));
    window.setWindowModified(false);
    // Qt shows "[*][*]" as "[*]"; a lone "[*]" would vanish.
    QCOMPARE(window.windowTitle(), u"Sign in to draft[*][*]"_s);
}

void TestPlainText::messageBoxesArePlain()
{
    QWidget parent;
    QMessageBox* box =
        PlainText::messageBox(QMessageBox::Question, u"Title"_s + QChar(0x202E), kMarkup, QMessageBox::Cancel, &parent);
    QCOMPARE(box->textFormat(), Qt::PlainText);
    QCOMPARE(box->text(), kMarkup);
    QCOMPARE(box->windowTitle(), u"Title"_s);
    QCOMPARE(box->parent(), &parent);
}

QTEST_MAIN(TestPlainText)
#include "tst_plaintext.moc"
