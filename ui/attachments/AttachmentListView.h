#pragma once

#include <QListView>

namespace CaseDesk
{

/*
 * The list part of AttachmentListWidget: as tall as its rows (up to a few, then it scrolls), and when empty
 * it says what can be done instead of showing a blank box.
 */
class AttachmentListView : public QListView
{
    Q_OBJECT

public:
    explicit AttachmentListView(QWidget* parent = nullptr);

    void setPlaceholderText(const QString& text);
    QString placeholderText() const { return m_placeholder; }
    // Recomputes the height from the number of rows.
    void fitToRows();
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QString m_placeholder;
    int m_height = 0;
};

} // namespace CaseDesk
