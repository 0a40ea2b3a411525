#include "models/settings/ViewState.h"

#include "models/settings/SettingsKeys.h"

#include <QSettings>

namespace CaseDesk
{

ViewState::ViewState(QSettings* settings)
    : m_settings(settings)
{}

bool ViewState::toolBarVisible() const
{
    // Only a clear "no" hides it; anything else (a hand-edited file) leaves it where the user can see it.
    return Settings::toolBarVisible.read(*m_settings);
}

void ViewState::setToolBarVisible(bool visible)
{
    Settings::toolBarVisible.write(*m_settings, visible);
}

QByteArray ViewState::notesSplitter() const
{
    return Settings::notesSplitter.read(*m_settings);
}

void ViewState::setNotesSplitter(const QByteArray& state)
{
    Settings::notesSplitter.write(*m_settings, state);
}

} // namespace CaseDesk
