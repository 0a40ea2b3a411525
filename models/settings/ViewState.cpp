#include "models/settings/ViewState.h"

#include <QSettings>

namespace CaseDesk
{

using namespace Qt::StringLiterals;

namespace
{
// The settings keys, spelled once.
const QString kToolBarVisible = u"view/toolBarVisible"_s;
const QString kNotesSplitter = u"view/notesSplitter"_s;
} // namespace

ViewState::ViewState(QSettings* settings)
    : m_settings(settings)
{}

bool ViewState::toolBarVisible() const
{
    // Only a clear "no" hides it; anything else (a hand-edited file) leaves it where the user can see it.
    const QString value = m_settings->value(kToolBarVisible).toString().trimmed().toLower();
    return value != u"false"_s && value != u"0"_s && value != u"no"_s && value != u"off"_s;
}

void ViewState::setToolBarVisible(bool visible)
{
    m_settings->setValue(kToolBarVisible, visible);
}

QByteArray ViewState::notesSplitter() const
{
    return m_settings->value(kNotesSplitter).toByteArray();
}

void ViewState::setNotesSplitter(const QByteArray& state)
{
    m_settings->setValue(kNotesSplitter, state);
}

} // namespace CaseDesk
