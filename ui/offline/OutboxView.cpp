#include "ui/offline/OutboxView.h"

#include "models/offline/Outbox.h"
#include "models/offline/OutboxModel.h"
#include "models/offline/OutboxSender.h"
#include "ui/widgets/PlainText.h"

#include <QCheckBox>
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

OutboxView::OutboxView(Outbox* outbox, OutboxSender* sender, QWidget* parent)
    : QWidget(parent)
    , m_outbox(outbox)
    , m_sender(sender)
    , m_model(new OutboxModel(outbox, sender, this))
    , m_table(new QTableView(this))
    , m_empty(new QLabel(tr("The outbox is empty. A case, note or cancellation made while the server cannot be "
                            "reached waits here and goes out, in order, when it answers."),
                         this))
    , m_message(PlainText::label(QString(), this))
    , m_showDelivered(new QCheckBox(tr("Show de&livered"), this))
    , m_sendNow(new QPushButton(tr("Send &now"), this))
    , m_edit(new QPushButton(tr("&Edit"), this))
    , m_discard(new QPushButton(tr("&Discard…"), this))
{
    setObjectName(u"outboxView"_s);
    m_table->setObjectName(u"outboxTable"_s);
    m_table->setTabKeyNavigation(false);
    m_table->setAccessibleName(tr("Outbox"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setVisible(false);
    QHeaderView* header = m_table->horizontalHeader();
    // The reason is what matters most in a narrow dock: it gets the room; the rest stays compact.
    header->setSectionResizeMode(OutboxModel::ItemColumn, QHeaderView::Interactive);
    header->resizeSection(OutboxModel::ItemColumn, 180);
    header->setSectionResizeMode(OutboxModel::StateColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(OutboxModel::DetailColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(OutboxModel::CreatedColumn, QHeaderView::ResizeToContents);
    m_table->hideColumn(OutboxModel::CreatedColumn); // in the item's tooltip; a dock has no room for it
    m_table->installEventFilter(this);
    m_empty->setObjectName(u"outboxEmptyLabel"_s);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_message->setObjectName(u"outboxMessageLabel"_s);
    m_message->setWordWrap(true);
    m_message->setVisible(false);
    m_showDelivered->setObjectName(u"showDeliveredCheck"_s);
    m_showDelivered->setChecked(true);
    m_sendNow->setObjectName(u"sendNowButton"_s);
    m_edit->setObjectName(u"editItemButton"_s);
    m_discard->setObjectName(u"discardItemButton"_s);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_showDelivered);
    buttons->addStretch(1);
    buttons->addWidget(m_discard);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_sendNow);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_empty, 1);
    layout->addWidget(m_message);
    layout->addLayout(buttons);

    connect(m_sendNow, &QPushButton::clicked, this, &OutboxView::sendCurrentNow);
    connect(m_edit, &QPushButton::clicked, this, &OutboxView::editCurrent);
    connect(m_discard, &QPushButton::clicked, this, &OutboxView::discardCurrent);
    connect(m_showDelivered, &QCheckBox::toggled, m_model, &OutboxModel::setShowDelivered);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& index) {
        // Enter on a delivered item or one about a case opens the case; on a new case, its draft needs Edit.
        const QString caseNumber = m_model->data(index, OutboxModel::CaseNumberRole).toString();
        if (!caseNumber.isEmpty())
            emit caseOpenRequested(caseNumber);
    });
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_table->setProperty("keepItem", currentItemId()); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        selectItem(m_table->property("keepItem").toString());
        updateActions();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, &OutboxView::updateActions);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &OutboxView::updateActions);
    updateActions();
}

QString OutboxView::currentItemId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? m_model->idAt(current.row()) : QString();
}

bool OutboxView::selectItem(const QString& itemId)
{
    const int row = m_model->rowOf(itemId);
    if (row < 0)
        return false;
    m_table->setCurrentIndex(m_model->index(row, 0));
    return true;
}

QString OutboxView::message() const
{
    return m_message->isVisible() ? m_message->text() : QString();
}

void OutboxView::showMessage(const QString& message)
{
    PlainText::setText(m_message, message);
    m_message->setVisible(!message.isEmpty());
}

void OutboxView::sendCurrentNow()
{
    const QString id = currentItemId();
    if (id.isEmpty())
        return;
    showMessage({});
    m_sender->sendNow(id);
}

void OutboxView::editCurrent()
{
    const QString id = currentItemId();
    if (id.isEmpty())
        return;
    m_sender->edit(id, this, [this](const QString& draftId, const QString& error) {
        if (!error.isEmpty())
            return showMessage(tr("Cannot edit: %1").arg(error));
        showMessage({});
        emit draftReopenRequested(draftId);
    });
}

void OutboxView::discardCurrent()
{
    const QString id = currentItemId();
    if (id.isEmpty())
        return;
    const std::optional<OutboxItem> item = m_outbox->find(id);
    QString question = !item ? tr("Discard this unreadable item from the outbox?")
                       : item->isPending()
                           ? tr("Discard “%1” from the outbox? It will not be sent.").arg(item->summary())
                           : tr("Remove “%1” from the list? It was delivered.").arg(item->summary());
    if (item && item->mayHaveBeenSent())
        question += u"\n\n"_s
                    + tr("It may already have reached the server; discarding it does not undo that. Check the case "
                         "list first.");
    auto* box = PlainText::messageBox(QMessageBox::Question, tr("Discard from the outbox"), question,
                                      QMessageBox::Discard | QMessageBox::Cancel, this);
    box->setObjectName(u"discardItemQuestion"_s);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, id](int button) {
        if (button != QMessageBox::Discard)
            return;
        m_sender->discard(id, this, [this](const QString& error) {
            showMessage(error.isEmpty() ? QString() : tr("Cannot discard: %1").arg(error));
        });
    });
    box->open();
}

bool OutboxView::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Delete) {
            discardCurrent();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void OutboxView::updateActions()
{
    const bool any = m_model->rowCount() > 0;
    m_table->setVisible(any);
    m_empty->setVisible(!any);
    if (any && !m_table->currentIndex().isValid())
        m_table->setCurrentIndex(m_model->index(0, 0));
    const QString id = currentItemId();
    const std::optional<OutboxItem> item = id.isEmpty() ? std::nullopt : m_outbox->find(id);
    const bool sending = !id.isEmpty() && m_sender->currentItemId() == id;
    const bool pending = item && item->isPending();

    m_sendNow->setEnabled(pending && !sending);
    m_sendNow->setToolTip(!item      ? tr("Select an item that waits or failed")
                          : sending  ? tr("It is being sent right now")
                          : !pending ? tr("It has been delivered")
                                     : tr("Try this item at once, in its turn"));
    const QString editBlocked = id.isEmpty() ? tr("Select an item") : m_sender->editBlockedReason(id);
    m_edit->setEnabled(editBlocked.isEmpty());
    PlainText::setToolTip(m_edit,
                          editBlocked.isEmpty() ? tr("Take it out of the outbox and open it as a draft") : editBlocked);
    m_discard->setEnabled(!id.isEmpty() && !sending);
    m_discard->setToolTip(sending ? tr("It is being sent right now") : tr("Delete it from the outbox (Delete)"));
}

} // namespace CaseDesk
