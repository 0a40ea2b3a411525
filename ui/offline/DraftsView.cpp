#include "ui/offline/DraftsView.h"

#include "models/offline/DraftListModel.h"
#include "models/offline/DraftStore.h"
#include "ui/widgets/PlainText.h"
#include "ui/widgets/RecordTable.h"
#include "ui/widgets/ThemeColors.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace CaseDesk
{

using namespace Qt::StringLiterals;

DraftsView::DraftsView(DraftStore* drafts, QWidget* parent)
    : QWidget(parent)
    , m_drafts(drafts)
    , m_model(new DraftListModel(drafts, this))
    , m_table(new QTableView(this))
    , m_empty(new QLabel(tr("No drafts. What you write in a new case or a note is kept here as you type, "
                            "until it is sent."),
                         this))
    , m_detail(PlainText::label(QString(), this))
    , m_reopen(new QPushButton(tr("&Reopen"), this))
    , m_discard(new QPushButton(tr("&Discard…"), this))
{
    setObjectName(u"draftsView"_s);
    m_table->setObjectName(u"draftsTable"_s);
    RecordTable::setUp(m_table, m_model, tr("Drafts"));
    m_table->horizontalHeader()->setSectionResizeMode(DraftListModel::FirstWordsColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(DraftListModel::SubjectColumn, QHeaderView::Interactive);
    m_table->horizontalHeader()->resizeSection(DraftListModel::SubjectColumn, 200);
    m_table->horizontalHeader()->setSectionResizeMode(DraftListModel::EditedColumn, QHeaderView::ResizeToContents);
    m_table->installEventFilter(this);
    m_empty->setObjectName(u"draftsEmptyLabel"_s);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_detail->setObjectName(u"draftDetailLabel"_s);
    m_detail->setWordWrap(true);
    ThemeColors::setStyle(m_detail, [](const ThemeColors& colors) { return colors.errorTextStyle(); });
    m_reopen->setObjectName(u"reopenDraftButton"_s);
    m_reopen->setToolTip(tr("Open the draft where it was written (Enter)"));
    m_discard->setObjectName(u"discardDraftButton"_s);
    m_discard->setToolTip(tr("Delete the draft (Delete)"));

    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_discard);
    buttons->addWidget(m_reopen);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_empty, 1);
    layout->addWidget(m_detail);
    layout->addLayout(buttons);

    connect(m_table, &QTableView::activated, this, &DraftsView::reopenCurrent);
    connect(m_reopen, &QPushButton::clicked, this, &DraftsView::reopenCurrent);
    connect(m_discard, &QPushButton::clicked, this, &DraftsView::discardCurrent);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        updateActions();
        emit countChanged(m_model->rowCount());
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &DraftsView::updateActions);
    updateActions();
}

QString DraftsView::currentDraftId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? m_model->idAt(current.row()) : QString();
}

bool DraftsView::selectDraft(const QString& draftId)
{
    const int row = m_model->rowOf(draftId);
    if (row < 0)
        return false;
    m_table->setCurrentIndex(m_model->index(row, 0));
    return true;
}

void DraftsView::reopenCurrent()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid())
        return;
    if (!m_model->data(current, DraftListModel::ProblemRole).toString().isEmpty())
        return; // unreadable: nothing to open
    emit reopenRequested(m_model->idAt(current.row()));
}

void DraftsView::discardCurrent()
{
    const QString id = currentDraftId();
    if (id.isEmpty())
        return;
    const QModelIndex current = m_table->currentIndex();
    const QString subject = m_model->index(current.row(), DraftListModel::SubjectColumn).data().toString();
    auto* question = PlainText::messageBox(QMessageBox::Question, tr("Discard draft"),
                                           tr("Discard “%1”? What it holds cannot be recovered.").arg(subject),
                                           QMessageBox::Discard | QMessageBox::Cancel, this);
    question->setObjectName(u"discardDraftQuestion"_s);
    question->setDefaultButton(QMessageBox::Cancel);
    question->setAttribute(Qt::WA_DeleteOnClose);
    connect(question, &QMessageBox::finished, this, [this, id](int button) {
        if (button == QMessageBox::Discard)
            m_drafts->remove(id);
    });
    question->open();
}

bool DraftsView::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Delete || key->key() == Qt::Key_Backspace) {
            discardCurrent();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void DraftsView::updateActions()
{
    const bool any = m_model->rowCount() > 0;
    m_table->setVisible(any);
    m_empty->setVisible(!any);
    if (any && !m_table->currentIndex().isValid())
        m_table->setCurrentIndex(m_model->index(0, 0));
    const QModelIndex current = m_table->currentIndex();
    const QString problem =
        current.isValid() ? m_model->data(current, DraftListModel::ProblemRole).toString() : QString();
    const QString error = current.isValid() ? m_model->data(current, DraftListModel::ErrorRole).toString() : QString();
    m_reopen->setEnabled(current.isValid() && problem.isEmpty());
    m_discard->setEnabled(current.isValid());
    const QString detail = !problem.isEmpty() ? tr("This draft cannot be read: %1").arg(problem) : error;
    PlainText::setText(m_detail, detail);
    m_detail->setVisible(!detail.isEmpty());
}

} // namespace CaseDesk
