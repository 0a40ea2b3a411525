#include "models/catalogue/CodeCatalogueModel.h"

#include "models/catalogue/CodeCatalogue.h"
#include "models/core/OutsideText.h"

namespace CaseDesk
{

CodeCatalogueModel::CodeCatalogueModel(CodeCatalogue* catalogue, QObject* parent)
    : QAbstractItemModel(parent)
    , m_catalogue(catalogue)
{
    for (auto signal : {&CodeCatalogue::catalogueChanged, &CodeCatalogue::favouritesChanged,
                        &CodeCatalogue::recentChanged, &CodeCatalogue::userLabelsChanged})
        connect(m_catalogue, signal, this, &CodeCatalogueModel::rebuild);
    rebuild();
}

void CodeCatalogueModel::setFilterText(const QString& text)
{
    if (text == m_filter)
        return;
    m_filter = text;
    rebuild();
}

void CodeCatalogueModel::rebuild()
{
    beginResetModel();
    m_groups.clear();
    const CodeSearch search(m_filter);
    auto matching = [&](const QStringList& codes) {
        QStringList kept;
        for (const QString& code : codes) {
            const std::optional<TicketCode> entry = m_catalogue->code(code);
            if (entry && m_catalogue->matches(*entry, search))
                kept.append(code);
        }
        return kept;
    };
    if (const QStringList favourites = matching(m_catalogue->favourites()); !favourites.isEmpty())
        m_groups.append({GroupKind::Favourites, QString(), favourites});
    if (const QStringList recent = matching(m_catalogue->recent()); !recent.isEmpty())
        m_groups.append({GroupKind::Recent, QString(), recent});
    for (const TicketCode& code : m_catalogue->codes()) {
        if (!m_catalogue->matches(code, search))
            continue;
        if (m_groups.isEmpty() || m_groups.constLast().kind != GroupKind::Family
            || m_groups.constLast().family != code.family)
            m_groups.append({GroupKind::Family, code.family, {}});
        m_groups.last().codes.append(code.code);
    }
    endResetModel();
}

QModelIndex CodeCatalogueModel::indexOfCode(const QString& code) const
{
    for (int g = 0; g < m_groups.size(); ++g) {
        const Group& group = m_groups.at(g);
        if (group.kind == GroupKind::Family && group.codes.contains(code))
            return index(int(group.codes.indexOf(code)), LabelColumn, index(g, LabelColumn));
    }
    return QModelIndex();
}

QModelIndex CodeCatalogueModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return QModelIndex();
    // Groups carry id 0; a code row carries its group's row + 1.
    return createIndex(row, column, parent.isValid() ? quintptr(parent.row() + 1) : quintptr(0));
}

QModelIndex CodeCatalogueModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return QModelIndex();
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int CodeCatalogueModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.internalId() != 0 || parent.column() != 0)
        return 0;
    return int(m_groups.at(parent.row()).codes.size());
}

int CodeCatalogueModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

Qt::ItemFlags CodeCatalogueModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (index.internalId() == 0)
        return Qt::ItemIsEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QVariant CodeCatalogueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case LabelColumn:
        return tr("Ticket code");
    case CodeColumn:
        return tr("Code");
    case TypeColumn:
        return tr("Creates");
    case DetailsColumn:
        return tr("Details form");
    default:
        return QVariant();
    }
}

QVariant CodeCatalogueModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return QVariant();
    if (index.internalId() == 0)
        return groupData(m_groups.at(index.row()), index.column(), role);
    const Group& group = m_groups.at(int(index.internalId() - 1));
    return codeData(group.codes.at(index.row()), index.column(), role);
}

QVariant CodeCatalogueModel::groupData(const Group& group, int column, int role) const
{
    if (role == IsGroupRole)
        return true;
    if (role == CodeRole)
        return QString();
    if (column != LabelColumn || (role != Qt::DisplayRole && role != Qt::AccessibleTextRole))
        return QVariant();
    switch (group.kind) {
    case GroupKind::Favourites:
        return tr("Favourites");
    case GroupKind::Recent:
        return tr("Recently used");
    case GroupKind::Family:
        return OutsideText::name(m_catalogue->familyLabel(group.family));
    }
    return QVariant();
}

QVariant CodeCatalogueModel::codeData(const QString& codeName, int column, int role) const
{
    const std::optional<TicketCode> code = m_catalogue->code(codeName);
    if (!code)
        return QVariant();
    const bool trouble = code->ticketType == TicketCode::TicketType::Trouble;
    const QString details = code->hasDetails ? tr("Details form follows") : QString();
    switch (role) {
    case CodeRole:
        return code->code;
    case IsGroupRole:
        return false;
    case IsTroubleRole:
        return trouble;
    case HasDetailsRole:
        return code->hasDetails;
    case IsFavouriteRole:
        return m_catalogue->isFavourite(code->code);
    case Qt::DisplayRole: // codes and labels may come from a document the user loaded
        switch (column) {
        case LabelColumn:
            return OutsideText::name(m_catalogue->displayLabel(code->code));
        case CodeColumn:
            return OutsideText::name(code->code);
        case TypeColumn:
            return code->ticketTypeName();
        case DetailsColumn:
            return details;
        }
        return QVariant();
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole: {
        QStringList parts{m_catalogue->displayLabel(code->code)};
        if (m_catalogue->displayLabel(code->code) != code->code)
            parts.append(tr("code %1").arg(code->code));
        if (code->category)
            parts.append(*code->category);
        parts.append(code->ticketTypeName());
        if (code->hasDetails)
            parts.append(details);
        const QString text = parts.join(tr(", ", "between the parts of a code's description"));
        return role == Qt::ToolTipRole ? OutsideText::toolTip(text) : OutsideText::clean(text);
    }
    default:
        return QVariant();
    }
}

} // namespace CaseDesk
