#pragma once

#include "models/items/CaseFilter.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QString>

#include <optional>

QT_BEGIN_NAMESPACE
class QSettings;
QT_END_NAMESPACE

namespace CaseDesk
{

// A named filter of the ticket list. Built-in views have fixed ids and translated names.
struct SavedView
{
    QString id;
    QString name;
    CaseFilter filter;
    bool builtIn = false;
    bool operator==(const SavedView&) const = default;
};

/*
 * The ticket list's saved views: the built-ins ("Action required", "Open", "Closed in the last 30 days")
 * followed by the user's own, which persist in the QSettings given (per environment, as the app decides).
 *
 *     SavedViews views(&settings);
 *     const QString id = views.add(tr("Amsterdam, open"), filter);
 *
 * Built-ins cannot be renamed, changed or removed.
 */
class SavedViews : public QObject
{
    Q_OBJECT

public:
    static const QString kActionRequiredId;
    static const QString kOpenId;
    static const QString kClosedRecentlyId;

    // `settings` is not owned and must outlive this object.
    explicit SavedViews(QSettings* settings, QObject* parent = nullptr);

    QList<SavedView> views() const { return m_views; }
    int count() const { return int(m_views.size()); }
    std::optional<SavedView> view(const QString& id) const;
    int indexOf(const QString& id) const;

    // Adds a view of the user's; returns its id, empty when the name is blank.
    QString add(const QString& name, const CaseFilter& filter);
    bool rename(const QString& id, const QString& name);
    bool setFilter(const QString& id, const CaseFilter& filter);
    bool remove(const QString& id);

    static QList<SavedView> builtIns();

signals:
    void viewAdded(int index);
    void viewChanged(int index);
    void viewAboutToBeRemoved(int index);
    void viewRemoved(int index);

private:
    void load();
    void save() const;
    int userIndexOf(const QString& id) const;

    QSettings* m_settings;
    QList<SavedView> m_views;
};

} // namespace CaseDesk
