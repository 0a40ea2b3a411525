#include "mainwindow/MainWindow.h"

#include <QLabel>
#include <QStatusBar>

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_environmentLabel(new QLabel(this))
    , m_connectionLabel(new QLabel(this))
{
    setWindowTitle(tr("CaseDesk"));
    m_environmentLabel->setObjectName(QStringLiteral("environmentLabel"));
    m_environmentLabel->setAccessibleName(tr("Environment"));
    m_connectionLabel->setObjectName(QStringLiteral("connectionLabel"));
    m_connectionLabel->setAccessibleName(tr("Connection"));
    statusBar()->addPermanentWidget(m_environmentLabel);
    statusBar()->addPermanentWidget(m_connectionLabel);
    resize(1200, 800);
}

MainWindow::~MainWindow() = default;

void MainWindow::setEnvironmentName(const QString& name)
{
    m_environmentLabel->setText(name);
}

void MainWindow::setConnectionText(const QString& text)
{
    m_connectionLabel->setText(text);
}
