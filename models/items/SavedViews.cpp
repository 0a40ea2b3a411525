#include "models/items/SavedViews.h"

#include "models/domain/CaseStatus.h"
#include "models/settings/SettingsKeys.h"

#include <QSettings>
#include <QUuid>

namespace CaseDesk
{

using namespace Qt::StringLiterals;

namespace
{
// Raw statuses chosen through CaseStatus, so their spelling stays in one place.
QStringList statusesWhere(const std::function<bool(const QString&)>& keep)
{
    QStringList statuses;
    for (const QString& raw : CaseStatus::knownRawValues()) {
        if (keep(raw))
            statuses.append(raw);
    }
    return statuses;
}
} // namespace

const QString SavedViews::kActionRequiredId = u"builtin:action-required"_s;
const QString SavedViews::kOpenId = u"builtin:open"_s;
const QString SavedViews::kClosedRecentlyId = u"builtin:closed-30-days"_s;

SavedViews::SavedViews(QSettings* settings, QObject* parent)
    : QObject(parent)
    , m_settings(settings)
{
    load();
}

QList<SavedView> SavedViews::builtIns()
{
    using Known = CaseStatus::Known;
    CaseFilter actionRequired;
    actionRequired.statuses =
        statusesWhere([](const QString& raw) { return CaseStatus::fromRaw(raw) == Known::ActionRequired; });
    CaseFilter open;
    open.statuses = statusesWhere(&CaseStatus::isOpen);
    CaseFilter closedRecently;
    closedRecently.statuses =
        statusesWhere([](const QString& raw) { return CaseStatus::fromRaw(raw) == Known::Closed; });
    closedRecently.updatedWithinDays = 30;
    return {
        {kActionRequiredId, tr("Action required"), actionRequired, true},
        {kOpenId, tr("Open"), open, true},
        {kClosedRecentlyId, tr("Closed in the last 30 days"), closedRecently, true},
    };
}

void SavedViews::load()
{
    m_views = builtIns();
    const int size = m_settings->beginReadArray(Settings::savedViewsArray);
    for (int i = 0; i < size; ++i) {
        m_settings->setArrayIndex(i);
        SavedView view;
        view.id = Settings::savedViewId.read(*m_settings);
        view.name = Settings::savedViewName.read(*m_settings);
        view.filter = CaseFilter::fromVariantMap(Settings::savedViewFilter.read(*m_settings));
        // A damaged entry is skipped rather than shown nameless.
        if (!view.id.isEmpty() && !view.name.trimmed().isEmpty() && indexOf(view.id) < 0)
            m_views.append(view);
    }
    m_settings->endArray();
}

void SavedViews::save() const
{
    m_settings->remove(Settings::savedViewsArray);
    m_settings->beginWriteArray(Settings::savedViewsArray);
    int i = 0;
    for (const SavedView& view : m_views) {
        if (view.builtIn)
            continue;
        m_settings->setArrayIndex(i++);
        Settings::savedViewId.write(*m_settings, view.id);
        Settings::savedViewName.write(*m_settings, view.name);
        Settings::savedViewFilter.write(*m_settings, view.filter.toVariantMap());
    }
    m_settings->endArray();
}

std::optional<SavedView> SavedViews::view(const QString& id) const
{
    const int at = indexOf(id);
    return at < 0 ? std::nullopt : std::optional<SavedView>(m_views.at(at));
}

int SavedViews::indexOf(const QString& id) const
{
    for (int i = 0; i < m_views.size(); ++i) {
        if (m_views.at(i).id == id)
            return i;
    }
    return -1;
}

int SavedViews::userIndexOf(const QString& id) const
{
    const int at = indexOf(id);
    return at >= 0 && !m_views.at(at).builtIn ? at : -1;
}

QString SavedViews::add(const QString& name, const CaseFilter& filter)
{
    if (name.trimmed().isEmpty())
        return {};
    const SavedView view{QUuid::createUuid().toString(QUuid::WithoutBraces), name.trimmed(), filter, false};
    m_views.append(view);
    save();
    emit viewAdded(int(m_views.size()) - 1);
    return view.id;
}

bool SavedViews::rename(const QString& id, const QString& name)
{
    const int at = userIndexOf(id);
    if (at < 0 || name.trimmed().isEmpty())
        return false;
    m_views[at].name = name.trimmed();
    save();
    emit viewChanged(at);
    return true;
}

bool SavedViews::setFilter(const QString& id, const CaseFilter& filter)
{
    const int at = userIndexOf(id);
    if (at < 0)
        return false;
    m_views[at].filter = filter;
    save();
    emit viewChanged(at);
    return true;
}

bool SavedViews::remove(const QString& id)
{
    const int at = userIndexOf(id);
    if (at < 0)
        return false;
    emit viewAboutToBeRemoved(at);
    m_views.removeAt(at);
    save();
    emit viewRemoved(at);
    return true;
}

} // namespace CaseDesk
