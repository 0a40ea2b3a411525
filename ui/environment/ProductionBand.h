#pragma once

#include <QToolBar>

class QLabel;

namespace CaseDesk
{

struct Environment;

/*
 * A red strip across the top of the main window while the environment is the provider's production, so
 * nobody mistakes real cases for sandbox ones. It is a fixed tool bar: it cannot be moved, floated or
 * hidden from the tool bar menu, and it is hidden for every other environment.
 *
 *     auto* band = new ProductionBand(window);
 *     window->addToolBar(Qt::TopToolBarArea, band);
 *     band->setEnvironment(environment);
 */
class ProductionBand : public QToolBar
{
    Q_OBJECT

public:
    explicit ProductionBand(QWidget* parent = nullptr);

    void setEnvironment(const Environment& environment);
    QString text() const;
    // Whether the band is meant to show (visibility also depends on the window being shown).
    bool isShownForEnvironment() const { return m_production; }

    // The window title's mark for production, shared with the composition root.
    static QString titleFor(const Environment& environment);

private:
    QLabel* m_label;
    bool m_production = false;
};

} // namespace CaseDesk
