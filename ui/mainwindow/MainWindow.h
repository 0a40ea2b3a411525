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
    // A problem the user must know about (the sandbox did not start, sign-in refused): shown in a banner.
    void showProblem(const QString& message);
    QString problemText() const;

private:
    QLabel* m_environmentLabel = nullptr;
    QLabel* m_connectionLabel = nullptr;
    QLabel* m_problemLabel = nullptr;
};
