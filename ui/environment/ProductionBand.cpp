#include "ui/environment/ProductionBand.h"

#include "models/environment/Environment.h"
#include "ui/widgets/PlainText.h"
#include "ui/widgets/ThemeColors.h"

#include <QLabel>

namespace CaseDesk
{

using namespace Qt::StringLiterals;

ProductionBand::ProductionBand(QWidget* parent)
    : QToolBar(parent)
    , m_label(PlainText::label(QString(), this))
{
    setObjectName(u"productionBand"_s);
    setWindowTitle(tr("Production"));
    setMovable(false);
    setFloatable(false);
    setAllowedAreas(Qt::TopToolBarArea);
    setContextMenuPolicy(Qt::PreventContextMenu);
    toggleViewAction()->setVisible(false); // not offered in the window's tool bar menu
    setAccessibleName(tr("Production environment warning"));
    // Colour, icon and words together: the warning does not depend on seeing red.
    ThemeColors::setStyle(this, [](const ThemeColors& colors) {
        const ThemeColors::Pair band = colors.productionBand();
        return u"QToolBar#productionBand { background: %1; border: none; padding: 0px; }"
               u"QLabel { color: %2; font-weight: bold; padding: 5px 10px; }"_s.arg(band.background.name(),
                                                                                    band.foreground.name());
    });
    m_label->setObjectName(u"productionBandLabel"_s);
    m_label->setAlignment(Qt::AlignCenter);
    m_label->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    addWidget(m_label);
    setVisible(false);
}

void ProductionBand::setEnvironment(const Environment& environment)
{
    m_production = environment.isProduction();
    PlainText::setText(m_label, m_production ? tr("⚠ PRODUCTION – %1: real cases, handled by the provider's engineers. "
                                                  "Everything you send here is acted on.")
                                                   .arg(environment.displayName)
                                             : QString());
    m_label->setAccessibleName(m_label->text());
    setVisible(m_production);
}

QString ProductionBand::text() const
{
    return m_label->text();
}

QString ProductionBand::titleFor(const Environment& environment)
{
    return environment.isProduction() ? tr("PRODUCTION: %1").arg(environment.displayName) : environment.displayName;
}

} // namespace CaseDesk
