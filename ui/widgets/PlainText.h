#pragma once

#include <QMessageBox>
#include <QString>

class QFormLayout;
class QLabel;
class QWidget;

namespace CaseDesk
{

/*
 * The one way widgets show text that may come from outside (the server, an imported API document, a file
 * name, what the user typed): literally. Qt guesses rich text in labels, tooltips, form rows, wizard titles
 * and message boxes, so a name like `<img src="file:///dev/zero">` would be loaded rather than shown; and a
 * right-to-left override would turn "invoice\u202Efdp.exe" into "invoiceexe.pdf". Everything here shows text
 * as plain text without such characters (models/core/OutsideText does the text part).
 *
 *     auto* name = PlainText::label(attachment.name, this);
 *     PlainText::setText(m_connection, tr("Connected as %1").arg(userName));
 *     PlainText::setToolTip(button, reason);
 *     PlainText::addRow(form, row.label, value);
 *     m_tabs->setTabText(i, PlainText::mnemonicSafe(caseNumber));
 *     QMessageBox* box = PlainText::messageBox(QMessageBox::Question, title, question, buttons, this);
 */
namespace PlainText
{
// A label that shows `text` as plain text.
QLabel* label(const QString& text = {}, QWidget* parent = nullptr);
// Makes `label` plain text and shows `text` in it.
void setText(QLabel* label, const QString& text);
// A tooltip that reads as `text`.
void setToolTip(QWidget* widget, const QString& text);
// A form row named by `label` (a field's title from a schema, a key from the server).
QLabel* addRow(QFormLayout* form, const QString& label, QWidget* field);
// `text` for places that read "&" as a mnemonic (buttons, check boxes, tabs, group boxes, menu entries).
QString mnemonicSafe(const QString& text);
// A window or dialog title.
void setWindowTitle(QWidget* window, const QString& title);
// A message box whose text is plain. Open it with open(), never exec().
QMessageBox* messageBox(QMessageBox::Icon icon, const QString& title, const QString& text,
                        QMessageBox::StandardButtons buttons, QWidget* parent);
} // namespace PlainText

} // namespace CaseDesk
