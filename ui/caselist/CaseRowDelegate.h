#pragma once

#include <QStyledItemDelegate>

namespace CaseDesk
{

// Paints the ticket list's rows: the status as a coloured pill, and cases changed since the user last
// opened them in bold with a dot before the case number.
class CaseRowDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    // Wide enough for the badge of every known status in the current language ("Aktion erforderlich").
    static int statusColumnWidth(const QFont& font);

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;
};

} // namespace CaseDesk
