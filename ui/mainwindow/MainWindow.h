#pragma once

#include <QMainWindow>

class QLabel;

// The application's main window: a thin shell that assembles the views, the menus and the status bar.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    void setEnvironmentName(const QString& name);
    void setConnectionText(const QString& text);

private:
    QLabel* m_environmentLabel = nullptr;
    QLabel* m_connectionLabel = nullptr;
};
