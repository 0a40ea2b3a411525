#include "ui/caselist/CaseRowDelegate.h"

#include "models/domain/CaseStatus.h"
#include "models/items/CaseListModel.h"
#include "ui/widgets/DotIcon.h"
#include "ui/widgets/StatusBadge.h"
#include "ui/widgets/ThemeColors.h"

#include <QApplication>
#include <QPainter>

namespace CaseDesk
{

namespace
{
constexpr int kBadgePadding = 8;

} // namespace

void CaseRowDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.data(CaseListModel::ChangedSinceSeenRole).toBool()) {
        option->font.setBold(true);
        if (index.column() == CaseListModel::CaseNumberColumn) {
            option->icon = DotIcon::icon(ThemeColors(option->palette).accent()); // crisp at any scale
            option->decorationSize = QSize(8, 8);
            option->features |= QStyleOptionViewItem::HasDecoration;
        }
    }
    if (index.data(CaseListModel::PartialRole).toBool())
        option->font.setItalic(true);
}

void CaseRowDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    if (index.column() != CaseListModel::StatusColumn) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget); // background and selection

    const QString raw = index.data(CaseListModel::RawStatusRole).toString();
    QFont font = opt.font;
    font.setBold(true);
    const QFontMetrics metrics(font);
    const int padding = kBadgePadding;
    const int width = qMin(metrics.horizontalAdvance(text) + 2 * padding, opt.rect.width() - 4);
    const int height = qMin(metrics.height() + 4, opt.rect.height() - 2);
    const QRect pill(opt.rect.left() + 2, opt.rect.center().y() - height / 2 + 1, width, height);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(StatusBadge::background(raw, opt.palette));
    painter->drawRoundedRect(pill, height / 2.0, height / 2.0);
    painter->setPen(StatusBadge::foreground(raw, opt.palette));
    painter->setFont(font);
    painter->drawText(pill, Qt::AlignCenter, metrics.elidedText(text, Qt::ElideRight, pill.width() - padding));
    painter->restore();
}

int CaseRowDelegate::statusColumnWidth(const QFont& font)
{
    QFont bold = font;
    bold.setBold(true);
    const QFontMetrics metrics(bold);
    int widest = 0;
    for (const QString& raw : CaseStatus::knownRawValues())
        widest = qMax(widest, metrics.horizontalAdvance(CaseStatus::label(raw)));
    return widest + 2 * kBadgePadding + 12; // the pill's inset and the cell's margins
}

QSize CaseRowDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    if (index.column() == CaseListModel::StatusColumn)
        size.rwidth() += 20;
    return size;
}

} // namespace CaseDesk
