#include "ui/widgets/PlainText.h"

#include "models/core/OutsideText.h"

#include <QFormLayout>
#include <QLabel>

namespace CaseDesk
{

using namespace Qt::StringLiterals;

QLabel* PlainText::label(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(parent);
    setText(label, text);
    return label;
}

void PlainText::setText(QLabel* label, const QString& text)
{
    // The format first: setting rich-looking text on an auto-detecting label would already lay it out.
    label->setTextFormat(Qt::PlainText);
    label->setText(OutsideText::clean(text));
}

void PlainText::setToolTip(QWidget* widget, const QString& text)
{
    widget->setToolTip(OutsideText::toolTip(text));
}

QLabel* PlainText::addRow(QFormLayout* form, const QString& label, QWidget* field)
{
    QLabel* name = PlainText::label(label, form->parentWidget());
    form->addRow(name, field);
    return name;
}

QString PlainText::mnemonicSafe(const QString& text)
{
    // One line, too: a tab would start a menu entry's shortcut column.
    return OutsideText::name(text).replace(u'&', u"&&"_s);
}

void PlainText::setWindowTitle(QWidget* window, const QString& title)
{
    // "[*]" marks where Qt puts the unsaved-changes star; doubled, it shows as typed.
    window->setWindowTitle(OutsideText::clean(title).replace(u"[*]"_s, u"[*][*]"_s));
}

QMessageBox* PlainText::messageBox(QMessageBox::Icon icon, const QString& title, const QString& text,
                                   QMessageBox::StandardButtons buttons, QWidget* parent)
{
    auto* box = new QMessageBox(icon, OutsideText::clean(title), {}, buttons, parent);
    box->setTextFormat(Qt::PlainText);
    box->setText(OutsideText::clean(text));
    return box;
}

} // namespace CaseDesk
