#pragma once

#include <QAbstractItemModel>
#include <QList>
#include <QStringList>

namespace CaseDesk
{

class CodeCatalogue;

/*
 * The code picker's tree: groups with codes under them. Favourites first, then recently used codes, then one
 * group per family ("0002 Power", "0305"), each in the catalogue's order. A code can appear in several
 * groups; CodeRole says which code a row is. setFilterText() narrows every group as the user types (see
 * CodeSearch) and drops groups left empty. The model follows the catalogue's signals.
 *
 *     CodeCatalogueModel model(&catalogue);
 *     view->setModel(&model);
 *     connect(search, &QLineEdit::textChanged, &model, &CodeCatalogueModel::setFilterText);
 *     const QString code = view->currentIndex().data(CodeCatalogueModel::CodeRole).toString();
 *
 * Group rows are enabled but not selectable. Columns: label, code, ticket type, whether a details form follows.
 */
class CodeCatalogueModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column
    {
        LabelColumn,
        CodeColumn,
        TypeColumn,
        DetailsColumn,
        ColumnCount
    };
    enum Role
    {
        CodeRole = Qt::UserRole + 1, // the code of a code row; empty for groups
        IsGroupRole,
        IsTroubleRole,  // the code makes a trouble ticket (else a case)
        HasDetailsRole, // a details form follows
        IsFavouriteRole,
    };

    explicit CodeCatalogueModel(CodeCatalogue* catalogue, QObject* parent = nullptr);

    QString filterText() const { return m_filter; }
    void setFilterText(const QString& text);
    // The code's row under its family group, or an invalid index when filtered out.
    QModelIndex indexOfCode(const QString& code) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

private:
    enum class GroupKind
    {
        Favourites,
        Recent,
        Family,
    };
    struct Group
    {
        GroupKind kind;
        QString family;
        QStringList codes;
    };

    void rebuild();
    QVariant groupData(const Group& group, int column, int role) const;
    QVariant codeData(const QString& code, int column, int role) const;

    CodeCatalogue* m_catalogue;
    QString m_filter;
    QList<Group> m_groups;
};

} // namespace CaseDesk
