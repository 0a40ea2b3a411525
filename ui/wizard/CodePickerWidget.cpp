#include "ui/wizard/CodePickerWidget.h"

#include "models/catalogue/CodeCatalogue.h"
#include "models/catalogue/CodeCatalogueModel.h"
#include "ui/widgets/ContextShortcuts.h"
#include "ui/widgets/PlainText.h"

#include <QAction>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace CaseDesk
{

using namespace Qt::StringLiterals;

CodePickerWidget::CodePickerWidget(CodeCatalogue* catalogue, QWidget* parent)
    : QWidget(parent)
    , m_catalogue(catalogue)
    , m_model(new CodeCatalogueModel(catalogue, this))
    , m_search(new QLineEdit(this))
    , m_matches(new QLabel(this))
    , m_view(new QTreeView(this))
    , m_title(PlainText::label(QString(), this)) // codes and labels may come from an imported document
    , m_facts(PlainText::label(QString(), this))
    , m_favourite(new QPushButton(this))
    , m_favouriteAction(new QAction(this))
    , m_userLabel(new QLineEdit(this))
{
    m_search->setObjectName(u"codeSearch"_s);
    m_search->setPlaceholderText(tr("Words of a label or digits of a code, e.g. power, 0305"));
    m_search->setAccessibleName(tr("Search ticket codes"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    auto* searchLabel = new QLabel(tr("&Search:"), this);
    searchLabel->setBuddy(m_search);
    m_matches->setObjectName(u"codeMatches"_s);

    m_view->setObjectName(u"codeList"_s);
    m_view->setAccessibleName(tr("Ticket codes"));
    m_view->setModel(m_model);
    m_view->setUniformRowHeights(true);
    m_view->setAllColumnsShowFocus(true);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(CodeCatalogueModel::LabelColumn, QHeaderView::Stretch);
    for (int column : {int(CodeCatalogueModel::CodeColumn), int(CodeCatalogueModel::TypeColumn),
                       int(CodeCatalogueModel::DetailsColumn)})
        m_view->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);

    m_favouriteAction->setObjectName(u"toggleFavourite"_s);
    m_favouriteAction->setShortcut(ContextShortcuts::toggleFavourite());
    m_favouriteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_favouriteAction);
    m_view->addAction(m_favouriteAction);
    m_favourite->setObjectName(u"favouriteButton"_s);
    m_favourite->setCheckable(true);

    m_title->setObjectName(u"codeTitle"_s);
    m_title->setWordWrap(true);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_facts->setObjectName(u"codeFacts"_s);
    m_facts->setWordWrap(true);
    m_userLabel->setObjectName(u"userLabel"_s);
    m_userLabel->setAccessibleName(tr("Your own label for this code"));
    m_userLabel->setPlaceholderText(tr("Optional: a name you will recognise"));

    auto* searchRow = new QHBoxLayout;
    searchRow->addWidget(searchLabel);
    searchRow->addWidget(m_search, 1);
    searchRow->addWidget(m_matches);

    auto* factsBox = new QGroupBox(tr("Chosen code"), this);
    auto* factsLayout = new QVBoxLayout(factsBox);
    factsLayout->addWidget(m_title);
    factsLayout->addWidget(m_facts);
    auto* own = new QFormLayout;
    own->addRow(tr("Your &label:"), m_userLabel);
    factsLayout->addLayout(own);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_favourite);
    buttons->addStretch(1);
    factsLayout->addLayout(buttons);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(searchRow);
    layout->addWidget(m_view, 1);
    layout->addWidget(factsBox);

    setTabOrder(m_search, m_view);
    setTabOrder(m_view, m_userLabel);
    setTabOrder(m_userLabel, m_favourite);

    connect(m_search, &QLineEdit::textChanged, this, &CodePickerWidget::onSearch);
    connect(m_model, &QAbstractItemModel::modelReset, this, &CodePickerWidget::afterReset);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) { onCurrentChanged(current); });
    connect(m_view, &QTreeView::doubleClicked, this, [this](const QModelIndex& index) {
        const QString code = index.data(CodeCatalogueModel::CodeRole).toString();
        if (!code.isEmpty())
            emit codeActivated(code);
    });
    connect(m_favouriteAction, &QAction::triggered, this, &CodePickerWidget::toggleFavourite);
    connect(m_favourite, &QPushButton::clicked, this, &CodePickerWidget::toggleFavourite);
    connect(m_userLabel, &QLineEdit::editingFinished, this, [this] {
        if (!m_code.isEmpty() && m_userLabel->text().trimmed() != m_catalogue->userLabel(m_code))
            m_catalogue->setUserLabel(m_code, m_userLabel->text().trimmed());
    });
    connect(m_catalogue, &CodeCatalogue::catalogueChanged, this, &CodePickerWidget::updateFacts);
    afterReset();
    updateFacts();
}

void CodePickerWidget::setCode(const QString& code)
{
    if (code == m_code)
        return;
    m_code = code;
    selectCode(code);
    updateFacts();
    emit codeChanged(m_code);
}

QString CodePickerWidget::factsText() const
{
    return m_title->text() + u'\n' + m_facts->text();
}

bool CodePickerWidget::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Down || key == Qt::Key_Return || key == Qt::Key_Enter) {
            // Into the list, on the chosen code if it is shown, else on the first match.
            if (!m_view->currentIndex().isValid() || key != Qt::Key_Down)
                selectFirstCode();
            m_view->setFocus(Qt::TabFocusReason);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void CodePickerWidget::onCurrentChanged(const QModelIndex& current)
{
    const QString code = current.data(CodeCatalogueModel::CodeRole).toString();
    if (code.isEmpty() || code == m_code)
        return; // a group row, or the selection being restored after a reset
    m_code = code;
    updateFacts();
    emit codeChanged(m_code);
}

void CodePickerWidget::onSearch(const QString& text)
{
    m_model->setFilterText(text);
}

void CodePickerWidget::afterReset()
{
    m_view->expandAll();
    int matches = 0;
    for (int group = 0; group < m_model->rowCount(); ++group) {
        const QModelIndex parent = m_model->index(group, 0);
        for (int row = 0; row < m_model->rowCount(parent); ++row) {
            const QModelIndex index = m_model->index(row, 0, parent);
            if (m_model->indexOfCode(index.data(CodeCatalogueModel::CodeRole).toString()) == index)
                ++matches; // count each code once, under its family
        }
    }
    // Worded so the untranslated source reads right for any number.
    m_matches->setText(m_search->text().isEmpty() ? tr("Codes: %n", "", matches) : tr("Matching: %n", "", matches));
    m_matches->setAccessibleName(m_matches->text());
    selectCode(m_code);
}

void CodePickerWidget::selectCode(const QString& code)
{
    const QModelIndex index = code.isEmpty() ? QModelIndex() : m_model->indexOfCode(code);
    const QSignalBlocker blocker(m_view->selectionModel());
    if (index.isValid()) {
        m_view->setCurrentIndex(index);
        m_view->scrollTo(index);
    } else {
        m_view->selectionModel()->clear();
    }
}

bool CodePickerWidget::selectFirstCode()
{
    for (int group = 0; group < m_model->rowCount(); ++group) {
        const QModelIndex parent = m_model->index(group, 0);
        if (m_model->rowCount(parent) > 0) {
            m_view->setCurrentIndex(m_model->index(0, 0, parent));
            return true;
        }
    }
    return false;
}

void CodePickerWidget::toggleFavourite()
{
    if (m_code.isEmpty())
        return;
    m_catalogue->setFavourite(m_code, !m_catalogue->isFavourite(m_code));
    updateFacts();
}

void CodePickerWidget::updateFacts()
{
    const std::optional<TicketCode> code = m_catalogue->code(m_code);
    m_favourite->setEnabled(code.has_value());
    m_favouriteAction->setEnabled(code.has_value());
    m_userLabel->setEnabled(code.has_value());
    const bool favourite = code && m_catalogue->isFavourite(code->code);
    const QString toggleText = favourite ? tr("Remove from favourites") : tr("Add to favourites");
    m_favourite->setText(toggleText + u"  ("_s + m_favouriteAction->shortcut().toString(QKeySequence::NativeText)
                         + u')');
    m_favourite->setChecked(favourite);
    m_favourite->setAccessibleName(toggleText);
    m_favouriteAction->setText(toggleText);
    if (!code) {
        PlainText::setText(m_title, m_code.isEmpty() ? tr("No code chosen yet.")
                                                     : tr("%1 is not in the current API document.").arg(m_code));
        m_facts->clear();
        m_userLabel->clear();
        return;
    }
    const QString label = m_catalogue->displayLabel(code->code);
    PlainText::setText(m_title, label == code->code ? code->code : tr("%1 (%2)").arg(label, code->code));
    QStringList facts;
    facts.append(tr("Family: %1").arg(m_catalogue->familyLabel(code->family)));
    facts.append(code->ticketType == TicketCode::TicketType::Trouble
                     ? tr("Creates a trouble ticket, answered with an order number.")
                     : tr("Creates a case, answered with a case number."));
    facts.append(code->hasDetails ? tr("A details form follows.") : tr("No details form."));
    if (code->primaryIdLabel)
        facts.append(tr("Primary reference: %1").arg(*code->primaryIdLabel));
    if (code->secondaryIdLabel)
        facts.append(tr("Secondary reference: %1").arg(*code->secondaryIdLabel));
    if (!code->title)
        facts.append(tr("The provider has published no label for this code."));
    PlainText::setText(m_facts, facts.join(u'\n'));
    m_facts->setAccessibleName(m_facts->text());
    if (!m_userLabel->hasFocus())
        m_userLabel->setText(m_catalogue->userLabel(code->code));
}

} // namespace CaseDesk
