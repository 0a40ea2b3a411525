#include "mainwindow/MainWindow.h"

#include <QLabel>
#include <QStatusBar>
#include <QVBoxLayout>

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_environmentLabel(new QLabel(this))
    , m_connectionLabel(new QLabel(this))
    , m_problemLabel(new QLabel(this))
{
    setWindowTitle(tr("CaseDesk"));
    m_environmentLabel->setObjectName(QStringLiteral("environmentLabel"));
    m_environmentLabel->setAccessibleName(tr("Environment"));
    m_connectionLabel->setObjectName(QStringLiteral("connectionLabel"));
    m_connectionLabel->setAccessibleName(tr("Connection"));
    statusBar()->addPermanentWidget(m_environmentLabel);
    statusBar()->addPermanentWidget(m_connectionLabel);
    m_problemLabel->setObjectName(QStringLiteral("problemLabel"));
    m_problemLabel->setWordWrap(true);
    m_problemLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problemLabel->setStyleSheet(QStringLiteral("QLabel { background: #fdecea; color: #611a15; padding: 8px; }"));
    m_problemLabel->setVisible(false);
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->addWidget(m_problemLabel);
    layout->addStretch(1);
    setCentralWidget(central);
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

void MainWindow::showProblem(const QString& message)
{
    m_problemLabel->setText(message);
    m_problemLabel->setVisible(!message.isEmpty());
}

QString MainWindow::problemText() const
{
    return m_problemLabel->text();
}
