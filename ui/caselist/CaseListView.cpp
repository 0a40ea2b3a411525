#include "ui/caselist/CaseListView.h"

#include "models/items/CaseListModel.h"
#include "models/items/CaseSortFilterModel.h"
#include "models/items/SavedViewModel.h"
#include "models/items/SavedViews.h"
#include "models/items/StatusCountModel.h"
#include "models/settings/SettingsKeys.h"
#include "ui/caselist/CaseFilterBar.h"
#include "ui/caselist/CaseRowDelegate.h"
#include "ui/caselist/CaseSelectionActions.h"

#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace CaseDesk
{

using namespace Qt::StringLiterals;

CaseListView::CaseListView(CaseListModel* cases, SavedViews* views, QSettings* settings, QWidget* parent)
    : QWidget(parent)
    , m_cases(cases)
    , m_views(views)
    , m_settings(settings)
    , m_proxy(new CaseSortFilterModel(this))
    , m_viewModel(new SavedViewModel(views, cases, this))
    , m_statusModel(nullptr)
    , m_bar(new CaseFilterBar(this))
    , m_table(new QTableView(this))
    , m_stack(new QStackedWidget(this))
    , m_empty(new QLabel(this))
    , m_allCases(new QPushButton(this))
    , m_viewList(new QListView(this))
    , m_statusList(new QListView(this))
    , m_deleteView(new QPushButton(tr("&Delete view"), this))
{
    setObjectName(QStringLiteral("caseListView"));
    m_proxy->setSourceModel(cases);
    m_statusModel = new StatusCountModel(m_proxy, this);

    m_table->setObjectName(QStringLiteral("caseTable"));
    m_table->setAccessibleName(tr("Cases"));
    m_table->setTabKeyNavigation(false); // arrows move in the list; Tab leaves it, as in every other control
    m_table->setModel(m_proxy);
    m_table->setItemDelegate(new CaseRowDelegate(m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Ctrl and Shift pick many rows; the context menu (right click, Menu key, Shift+F10) acts on all of them.
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(true);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionsMovable(true);
    header->setStretchLastSection(true);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    header->setDefaultSectionSize(120);

    m_empty->setObjectName(QStringLiteral("emptyListLabel"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_empty);

    auto* sidebar = new QWidget(this);
    buildSidebar(sidebar);
    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_bar);
    rightLayout->addWidget(m_stack, 1);
    auto* splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("caseListSplitter"));
    splitter->addWidget(sidebar);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    // Wide enough for the longest view or status name with its count, in this language.
    const int listWidth = qMax(m_viewList->sizeHintForColumn(0), m_statusList->sizeHintForColumn(0))
                          + 2 * m_viewList->frameWidth() + style()->pixelMetric(QStyle::PM_ScrollBarExtent) + 24;
    splitter->setSizes({qMax(230, listWidth), 900});
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(300);
    connect(&m_saveTimer, &QTimer::timeout, this, &CaseListView::saveState);
    auto scheduleSave = [this] {
        if (!m_restoring)
            m_saveTimer.start();
    };
    connect(header, &QHeaderView::sectionMoved, this, scheduleSave);
    connect(header, &QHeaderView::sectionResized, this, scheduleSave);
    connect(header, &QHeaderView::sortIndicatorChanged, this, scheduleSave);
    connect(header, &QHeaderView::customContextMenuRequested, this, &CaseListView::showHeaderMenu);
    connect(splitter, &QSplitter::splitterMoved, this, scheduleSave);
    connect(m_proxy, &CaseSortFilterModel::filterChanged, this, scheduleSave);
    connect(m_bar, &CaseFilterBar::edited, this, &CaseListView::applyBar);
    connect(m_table, &QTableView::customContextMenuRequested, this, &CaseListView::showRowMenu);
    CaseSelectionActions::installMenuKeys(m_table, [this] {
        const QRect row = m_table->visualRect(m_table->currentIndex());
        showRowMenu(row.isValid() ? row.center() : QPoint(0, 0));
    });
    connect(m_table, &QTableView::activated, this,
            [this](const QModelIndex& index) { emit caseActivated(index.data(CaseListModel::KeyRole).toString()); });
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &CaseListView::updateEmptyState);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &CaseListView::updateEmptyState);
    connect(m_cases, &QAbstractItemModel::modelReset, this, &CaseListView::updateAllCasesText);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &CaseListView::updateEmptyState);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &CaseListView::updateEmptyState);
    connect(m_cases, &QAbstractItemModel::rowsInserted, this, &CaseListView::updateAllCasesText);
    connect(m_cases, &QAbstractItemModel::rowsRemoved, this, &CaseListView::updateAllCasesText);
    connect(m_cases, &CaseListModel::loadingChanged, this, &CaseListView::updateEmptyState);

    // Typing a filter and then arrowing through the results is the common path: filter, then table.
    setTabOrder(m_bar->quickFilter(), m_table);
    connect(m_bar->quickFilter(), &QLineEdit::returnPressed, this, [this] {
        m_table->setFocus(Qt::ShortcutFocusReason);
        if (!m_table->currentIndex().isValid() && m_proxy->rowCount() > 0)
            m_table->setCurrentIndex(m_proxy->index(0, 0));
    });
    setFocusProxy(m_table);
    restoreState();
    updateEmptyState();
    updateAllCasesText();
}

CaseListView::~CaseListView()
{
    if (m_saveTimer.isActive())
        saveState();
    // ~QWidget hides the children after this class's members are gone, and hiding makes the header resize
    // its sections: nothing the children emit may reach this object any more (UBSan caught the header's
    // sectionResized starting the destroyed save timer).
    const QList<QObject*> children = findChildren<QObject*>();
    for (QObject* child : children)
        QObject::disconnect(child, nullptr, this, nullptr);
}

void CaseListView::buildSidebar(QWidget* sidebar)
{
    auto* viewsLabel = new QLabel(tr("Views"), sidebar);
    QFont bold = viewsLabel->font();
    bold.setBold(true);
    viewsLabel->setFont(bold);
    m_allCases->setObjectName(QStringLiteral("allCasesButton"));
    m_allCases->setCheckable(true);
    m_allCases->setFlat(true);
    m_allCases->setStyleSheet(QStringLiteral("text-align: left; padding: 4px;"));
    m_viewList->setObjectName(QStringLiteral("savedViewList"));
    m_viewList->setAccessibleName(tr("Saved views"));
    m_viewList->setModel(m_viewModel);
    m_viewList->setEditTriggers(QAbstractItemView::EditKeyPressed);
    auto* saveView = new QPushButton(tr("&Save view…"), sidebar);
    saveView->setObjectName(QStringLiteral("saveViewButton"));
    saveView->setToolTip(tr("Save the current filter as a named view"));
    m_deleteView->setObjectName(QStringLiteral("deleteViewButton"));
    m_deleteView->setEnabled(false);
    auto* statusLabel = new QLabel(tr("Status"), sidebar);
    statusLabel->setFont(bold);
    m_statusList->setObjectName(QStringLiteral("statusFilterList"));
    m_statusList->setAccessibleName(tr("Status filter"));
    m_statusList->setModel(m_statusModel);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(saveView);
    buttons->addWidget(m_deleteView);
    auto* layout = new QVBoxLayout(sidebar);
    layout->setContentsMargins(0, 0, 4, 0);
    layout->addWidget(viewsLabel);
    layout->addWidget(m_allCases);
    layout->addWidget(m_viewList, 2);
    layout->addLayout(buttons);
    layout->addWidget(statusLabel);
    layout->addWidget(m_statusList, 1);

    connect(m_allCases, &QPushButton::clicked, this, [this] { selectView({}); });
    connect(m_viewList->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid() && !m_restoring)
                    selectView(current.data(SavedViewModel::IdRole).toString());
            });
    connect(m_viewList, &QListView::clicked, this,
            [this](const QModelIndex& index) { selectView(index.data(SavedViewModel::IdRole).toString()); });
    connect(saveView, &QPushButton::clicked, this, &CaseListView::saveCurrentFilterAsView);
    connect(m_deleteView, &QPushButton::clicked, this, &CaseListView::deleteSelectedView);
}

void CaseListView::setFamilies(const QList<std::pair<QString, QString>>& families)
{
    m_bar->setFamilies(families);
}

void CaseListView::focusQuickFilter()
{
    m_bar->quickFilter()->setFocus(Qt::ShortcutFocusReason);
    m_bar->quickFilter()->selectAll();
}

QString CaseListView::currentKey() const
{
    return m_table->currentIndex().data(CaseListModel::KeyRole).toString();
}

QStringList CaseListView::selectedKeys() const
{
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    QStringList keys;
    for (const QModelIndex& row : std::as_const(rows))
        keys.append(row.data(CaseListModel::KeyRole).toString());
    return keys;
}

QStringList CaseListView::keysInView() const
{
    QStringList keys;
    const int rows = m_proxy->rowCount();
    keys.reserve(rows);
    for (int row = 0; row < rows; ++row)
        keys.append(m_proxy->index(row, 0).data(CaseListModel::KeyRole).toString());
    return keys;
}

void CaseListView::setSelectionActions(CaseSelectionActions* actions)
{
    m_selectionActions = actions;
}

void CaseListView::showRowMenu(const QPoint& position)
{
    if (!m_selectionActions)
        return;
    QMenu* menu = m_selectionActions->menu(selectedKeys(), keysInView(), this);
    menu->popup(m_table->viewport()->mapToGlobal(position));
}

void CaseListView::selectView(const QString& id)
{
    m_viewId = id;
    CaseFilter filter;
    if (!id.isEmpty()) {
        const auto view = m_views->view(id);
        if (!view)
            return selectView({});
        filter = view->filter;
    }
    m_allCases->setChecked(id.isEmpty());
    const int row = id.isEmpty() ? -1 : m_views->indexOf(id);
    if (row < 0)
        m_viewList->selectionModel()->clearSelection();
    else
        m_viewList->selectionModel()->setCurrentIndex(m_viewModel->index(row), QItemSelectionModel::ClearAndSelect);
    m_deleteView->setEnabled(!id.isEmpty() && !m_views->view(id)->builtIn);
    m_bar->showFilter(filter);
    m_proxy->setFilter(filter);
    if (!m_restoring)
        m_saveTimer.start();
}

void CaseListView::applyBar()
{
    m_proxy->setFilter(m_bar->applyTo(m_proxy->filter()));
}

void CaseListView::saveCurrentFilterAsView()
{
    auto* dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Save view"));
    dialog->setLabelText(tr("Name of the view:"));
    dialog->setObjectName(QStringLiteral("saveViewDialog"));
    connect(dialog, &QInputDialog::textValueSelected, this, [this](const QString& name) {
        const QString id = m_views->add(name.trimmed(), m_proxy->filter());
        if (!id.isEmpty())
            selectView(id);
    });
    dialog->open();
}

void CaseListView::deleteSelectedView()
{
    if (m_viewId.isEmpty())
        return;
    const auto view = m_views->view(m_viewId);
    if (!view || view->builtIn)
        return;
    m_views->remove(m_viewId);
    selectView({});
}

void CaseListView::updateEmptyState()
{
    if (m_proxy->rowCount() > 0) {
        m_stack->setCurrentWidget(m_table);
        return;
    }
    if (m_cases->isLoading())
        m_empty->setText(tr("Loading cases…"));
    else if (m_cases->rowCount() == 0)
        m_empty->setText(tr("No cases here yet.\nPress Ctrl+N to create one, Ctrl+L to go to a case by its number, "
                            "or Ctrl+Shift+F to find cases on the server."));
    else
        m_empty->setText(tr("No case matches the filter."));
    m_stack->setCurrentWidget(m_empty);
}

void CaseListView::updateAllCasesText()
{
    m_allCases->setText(tr("All cases (%1)").arg(QLocale().toString(m_cases->rowCount())));
    m_allCases->setAccessibleName(m_allCases->text());
}

void CaseListView::showHeaderMenu(const QPoint& position)
{
    QHeaderView* header = m_table->horizontalHeader();
    auto* menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    for (int column = 0; column < m_proxy->columnCount(); ++column) {
        QAction* action = menu->addAction(m_proxy->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        connect(action, &QAction::toggled, this, [this, header, column](bool shown) {
            // Keep at least one column: a table without columns cannot be brought back by its header.
            if (!shown && header->count() - header->hiddenSectionCount() <= 1)
                return;
            header->setSectionHidden(column, !shown);
            m_saveTimer.start();
        });
    }
    menu->popup(header->viewport()->mapToGlobal(position));
}

void CaseListView::saveState()
{
    Settings::caseListHeader.write(*m_settings, m_table->horizontalHeader()->saveState());
    Settings::caseListView.write(*m_settings, m_viewId);
    Settings::caseListFilter.write(*m_settings, m_proxy->filter().toVariantMap());
    if (auto* splitter = findChild<QSplitter*>(QStringLiteral("caseListSplitter")))
        Settings::caseListSplitter.write(*m_settings, splitter->saveState());
}

void CaseListView::restoreState()
{
    m_restoring = true;
    QHeaderView* header = m_table->horizontalHeader();
    const QByteArray state = Settings::caseListHeader.read(*m_settings);
    if (state.isEmpty() || !header->restoreState(state)) {
        header->setSortIndicator(CaseListModel::UpdatedColumn, Qt::DescendingOrder);
        // The column the list is sorted by, with its arrow, beside the status where it is in sight: after
        // Created it was off to the right in a window of common width.
        header->moveSection(header->visualIndex(CaseListModel::UpdatedColumn),
                            header->visualIndex(CaseListModel::StatusColumn) + 1);
        header->resizeSection(CaseListModel::CodeLabelColumn, 260);
        header->resizeSection(CaseListModel::StatusColumn, CaseRowDelegate::statusColumnWidth(m_table->font()));
        header->resizeSection(CaseListModel::CreatedColumn, 165);
        header->resizeSection(CaseListModel::UpdatedColumn, 165);
    }
    m_proxy->sort(header->sortIndicatorSection(), header->sortIndicatorOrder());
    if (auto* splitter = findChild<QSplitter*>(QStringLiteral("caseListSplitter")))
        splitter->restoreState(Settings::caseListSplitter.read(*m_settings));
    selectView(Settings::caseListView.read(*m_settings));
    // The filter as it was, which may differ from the view's (the user typed after choosing it).
    const CaseFilter filter = CaseFilter::fromVariantMap(Settings::caseListFilter.read(*m_settings));
    m_bar->showFilter(filter);
    m_proxy->setFilter(filter);
    m_restoring = false;
}

} // namespace CaseDesk
