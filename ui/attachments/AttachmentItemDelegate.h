#pragma once

#include <QStyledItemDelegate>

namespace CaseDesk
{

/*
 * Draws one file of an AttachmentListModel on two lines: icon, name and state; size and type, then a
 * progress bar while it uploads or the reason when it failed. Actions live outside the delegate (buttons,
 * context menu, Delete) so that every one of them is reachable from the keyboard.
 */
class AttachmentItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};

} // namespace CaseDesk
