#pragma once

#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QModelIndex;
class QPushButton;
class QTreeView;

namespace CaseDesk
{

class CodeCatalogue;
class CodeCatalogueModel;

/*
 * Picks a ticket code: a search field that narrows the catalogue as the user types (words of a label, digits
 * of a code), the codes grouped as favourites, recently used, then by family, with what each code creates
 * and whether a details form follows, and the chosen code's facts below, with its favourite toggle
 * (Ctrl+D, also in the context menu) and the user's own label.
 *
 *     auto* picker = new CodePickerWidget(catalogue, page);
 *     connect(picker, &CodePickerWidget::codeChanged, this, [this](const QString& code) { ... });
 *
 * Down or Return in the search field moves into the list; a code stays chosen while the search hides it.
 */
class CodePickerWidget : public QWidget
{
    Q_OBJECT

public:
    explicit CodePickerWidget(CodeCatalogue* catalogue, QWidget* parent = nullptr);

    QString code() const { return m_code; }
    void setCode(const QString& code);

    QLineEdit* searchField() const { return m_search; }
    QTreeView* view() const { return m_view; }
    QAction* favouriteAction() const { return m_favouriteAction; }
    // The chosen code's facts as shown (for tests).
    QString factsText() const;

signals:
    void codeChanged(const QString& code);
    // Double-clicked: the page moves on.
    void codeActivated(const QString& code);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void onCurrentChanged(const QModelIndex& current);
    void onSearch(const QString& text);
    void afterReset();
    void selectCode(const QString& code);
    bool selectFirstCode();
    void toggleFavourite();
    void updateFacts();

    CodeCatalogue* m_catalogue;
    CodeCatalogueModel* m_model;
    QLineEdit* m_search;
    QLabel* m_matches;
    QTreeView* m_view;
    QLabel* m_title;
    QLabel* m_facts;
    QPushButton* m_favourite;
    QAction* m_favouriteAction;
    QLineEdit* m_userLabel;
    QString m_code;
};

} // namespace CaseDesk
