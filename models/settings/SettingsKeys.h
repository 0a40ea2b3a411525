#pragma once

#include "models/settings/Setting.h"

/*
 * Every key CaseDesk keeps in its settings, with its type, default and range: the one place a key is spelled.
 * Two files hold them: the app's own (QSettings(), shared by every environment: language, time display,
 * proxy, environments, the catalogue's favourites) and one per environment (`environments/<key>.ini`: the
 * list's columns and saved views, note templates). Read and write through these declarations; the classes
 * named beside each group give them meaning (Preferences, EnvironmentRegistry, CodeCatalogue, SavedViews,
 * NoteTemplates, CaseListView).
 *
 * A new setting: declare it here, read it in the class that owns it, and say in the README where a user
 * changes it.
 */
namespace CaseDesk::Settings
{

using namespace Qt::StringLiterals;

// Preferences (the app's file).
inline constexpr Setting<qint64> refreshSeconds{"preferences/refreshSeconds"_L1, 300, 60, 3600};
inline const Setting<QString> language{"preferences/language"_L1, QString()};
inline const Setting<QString> timeDisplay{"preferences/timeDisplay"_L1, QString()};
inline constexpr Setting<bool> statusNotifications{"preferences/statusNotifications"_L1, true};
inline const Setting<QString> proxyMode{"preferences/proxy/mode"_L1, u"system"_s};
inline const Setting<QString> proxyHost{"preferences/proxy/host"_L1, QString()};
inline constexpr Setting<qint64> proxyPort{"preferences/proxy/port"_L1, 0};
inline const Setting<QString> proxyUser{"preferences/proxy/user"_L1, QString()};
inline constexpr Setting<qint64> arrivalCheckSeconds{"preferences/arrivalCheckSeconds"_L1, 120, 0, 3600};

// Environments (EnvironmentRegistry, the app's file): the active one, the custom servers (an array of name and
// url) and the client id last used with each environment. Secrets never live in settings (SecretStore).
inline const Setting<QString> activeEnvironment{"environments/active"_L1, QString()};
inline constexpr QLatin1StringView environmentsGroup{"environments"};
inline constexpr QLatin1StringView customEnvironmentsArray{"custom"};
inline const Setting<QString> customEnvironmentName{"name"_L1, QString()};
inline const Setting<QString> customEnvironmentUrl{"url"_L1, QString()};
inline const SettingFamily<QString> clientIds{"environments/clientIds"_L1, QString()};

// The code catalogue (CodeCatalogue, the app's file).
inline const Setting<QStringList> favouriteCodes{"catalogue/favourites"_L1, QStringList()};
inline const Setting<QStringList> recentCodes{"catalogue/recent"_L1, QStringList()};
inline const Setting<QVariantMap> userCodeLabels{"catalogue/userLabels"_L1, QVariantMap()};
inline const Setting<QString> importedDocumentFrom{"catalogue/importedFrom"_L1, QString()};
inline const Setting<QDateTime> importedDocumentAt{"catalogue/importedAt"_L1, QDateTime()};

// The case list (CaseListView, the environment's file): its columns and sort, the chosen saved view, the
// filter as the user left it, the side panel's width.
inline const Setting<QByteArray> caseListHeader{"caseList/header"_L1, QByteArray()};
inline const Setting<QString> caseListView{"caseList/view"_L1, QString()};
inline const Setting<QVariantMap> caseListFilter{"caseList/filter"_L1, QVariantMap()};
inline const Setting<QByteArray> caseListSplitter{"caseList/splitter"_L1, QByteArray()};

// The main window (WindowSettings): its geometry and state (the app's file), the case tabs open when CaseDesk last
// ended and the one in front (the environment's file).
inline const Setting<QByteArray> windowGeometry{"window/geometry"_L1, QByteArray()};
inline const Setting<QStringList> openCases{"window/openCases"_L1, QStringList()};
inline const Setting<QString> currentCase{"window/currentCase"_L1, QString()};

// How the user arranged the window (ViewState, the app's file): the toolbar shown or hidden, the Notes tab's
// split between the thread and the composer.
inline constexpr Setting<bool> toolBarVisible{"view/toolBarVisible"_L1, true};
inline const Setting<QByteArray> notesSplitter{"view/notesSplitter"_L1, QByteArray()};

// Saved views (SavedViews, the environment's file): an array of id, name and filter.
inline constexpr QLatin1StringView savedViewsArray{"savedViews"};
inline const Setting<QString> savedViewId{"id"_L1, QString()};
inline const Setting<QString> savedViewName{"name"_L1, QString()};
inline const Setting<QVariantMap> savedViewFilter{"filter"_L1, QVariantMap()};

// Note templates (NoteTemplates, the environment's file): an array of id, name and text, and the {me} value.
inline constexpr QLatin1StringView noteTemplatesArray{"noteTemplates"};
inline const Setting<QString> noteTemplateId{"id"_L1, QString()};
inline const Setting<QString> noteTemplateName{"name"_L1, QString()};
inline const Setting<QString> noteTemplateText{"text"_L1, QString()};
inline const Setting<QString> noteTemplatesMe{"noteTemplates/me"_L1, QString()};

} // namespace CaseDesk::Settings
