#include "ui/attachments/AttachmentItemDelegate.h"

#include "models/attachments/AttachmentListModel.h"
#include "ui/widgets/ThemeColors.h"

#include <QApplication>
#include <QMimeDatabase>
#include <QPainter>
#include <QStyle>

namespace CaseDesk
{

using namespace Qt::StringLiterals;

namespace
{
constexpr int kMargin = 6;
constexpr int kIcon = 24;
constexpr int kProgressWidth = 160;

QIcon iconFor(const QString& name, const QStyle* style)
{
    const QMimeType type = QMimeDatabase().mimeTypeForFile(name, QMimeDatabase::MatchExtension);
    return QIcon::fromTheme(type.iconName(),
                            QIcon::fromTheme(type.genericIconName(), style->standardIcon(QStyle::SP_FileIcon)));
}
} // namespace

QSize AttachmentItemDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex&) const
{
    const int line = option.fontMetrics.height();
    return {option.rect.width() > 0 ? option.rect.width() : 300, 2 * line + 3 * kMargin};
}

void AttachmentItemDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                                   const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    opt.text.clear();
    opt.icon = QIcon();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget); // background, selection, focus

    const auto state = AttachmentListModel::State(index.data(AttachmentListModel::StateRole).toInt());
    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = option.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    const QColor text = option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    const QColor problem = selected ? text : ThemeColors(option.palette).errorText();
    const QColor quiet = selected ? text : option.palette.color(group, QPalette::PlaceholderText);

    const QRect area = option.rect.adjusted(kMargin, kMargin, -kMargin, -kMargin);
    const int line = option.fontMetrics.height();
    const QString name = index.data(AttachmentListModel::NameRole).toString();
    iconFor(name, style).paint(painter, QRect(area.left(), area.top() + (area.height() - kIcon) / 2, kIcon, kIcon));

    const QRect textArea = area.adjusted(kIcon + kMargin, 0, 0, 0);
    const QRect first(textArea.left(), textArea.top(), textArea.width(), line);
    const QRect second(textArea.left(), textArea.top() + line + kMargin, textArea.width(), line);

    painter->save();
    // Line one: the name, and where it stands on the right.
    const bool trouble = state == AttachmentListModel::State::Failed || state == AttachmentListModel::State::Cancelled;
    QString stateText = index.data(AttachmentListModel::StateTextRole).toString();
    const int progress = index.data(AttachmentListModel::ProgressRole).toInt();
    if (state == AttachmentListModel::State::Uploading && progress >= 0)
        stateText = tr("Uploading %1%").arg(progress);
    const int stateWidth = option.fontMetrics.horizontalAdvance(stateText) + kMargin;
    QFont bold = option.font;
    bold.setBold(true);
    painter->setFont(bold);
    painter->setPen(text);
    const QFontMetrics boldMetrics(bold);
    painter->drawText(first.adjusted(0, 0, -stateWidth, 0), Qt::AlignLeft | Qt::AlignVCenter,
                      boldMetrics.elidedText(name, Qt::ElideMiddle, first.width() - stateWidth));
    painter->setFont(option.font);
    painter->setPen(trouble ? problem : quiet);
    painter->drawText(first, Qt::AlignRight | Qt::AlignVCenter, stateText);

    // Line two: size and type, then progress or the reason it failed.
    const QString details = tr("%1 · %2").arg(index.data(AttachmentListModel::SizeTextRole).toString(),
                                              index.data(AttachmentListModel::TypeRole).toString());
    const QString converted = index.data(AttachmentListModel::ConvertedFromRole).toString();
    const QString left = converted.isEmpty() ? details : tr("%1 · converted from %2").arg(details, converted);
    const int leftWidth = qMin(option.fontMetrics.horizontalAdvance(left) + 2 * kMargin, second.width() / 2);
    painter->setPen(quiet);
    painter->drawText(second, Qt::AlignLeft | Qt::AlignVCenter,
                      option.fontMetrics.elidedText(left, Qt::ElideRight, leftWidth));
    const QRect rest = second.adjusted(leftWidth, 0, 0, 0);
    if (state == AttachmentListModel::State::Uploading) {
        QStyleOptionProgressBar bar;
        bar.rect = QRect(rest.right() - qMin(kProgressWidth, rest.width()), rest.top(),
                         qMin(kProgressWidth, rest.width()), rest.height());
        bar.state = (option.state & QStyle::State_Enabled) | QStyle::State_Horizontal;
        bar.palette = option.palette;
        bar.minimum = 0;
        bar.maximum = 100;
        bar.progress = qMax(0, progress);
        bar.textVisible = false;
        style->drawControl(QStyle::CE_ProgressBar, &bar, painter, widget);
    } else if (trouble) {
        painter->setPen(problem);
        const QString error = index.data(AttachmentListModel::ErrorRole).toString();
        painter->drawText(rest, Qt::AlignRight | Qt::AlignVCenter,
                          option.fontMetrics.elidedText(error, Qt::ElideRight, rest.width()));
    }
    painter->restore();
}

} // namespace CaseDesk
