#pragma once

#include <QList>
#include <QObject>
#include <QString>

QT_BEGIN_NAMESPACE
class QSettings;
QT_END_NAMESPACE

namespace CaseDesk
{

// One saved snippet for the note composer: a name to pick it by, and its text with placeholders.
struct NoteTemplate
{
    QString id;
    QString name;
    QString text;
    bool operator==(const NoteTemplate&) const = default;
};

/*
 * The note templates of one environment, and the user's own name there (what {me} becomes). They live in that
 * environment's QSettings, beside its saved views: they are the user's configuration, small, edited on the UI
 * thread by Preferences, and need no transaction with the case data.
 *
 *     NoteTemplates templates(&environmentSettings);
 *     templates.setTemplates({{QString(), tr("Maintenance window"), u"Please confirm the window for {case}."_s}});
 */
class NoteTemplates : public QObject
{
    Q_OBJECT

public:
    // `settings` is not owned and must outlive this object.
    explicit NoteTemplates(QSettings* settings, QObject* parent = nullptr);

    QList<NoteTemplate> templates() const { return m_templates; }
    // Replaces them all (Preferences' OK). A template without an id gets one; one with a blank name or text is
    // left out. Emits changed() when anything differs.
    void setTemplates(const QList<NoteTemplate>& templates);
    // Names sorted as the user reads them; the text of the first template of that name.
    QStringList names() const;
    QString textOf(const QString& name) const;

    QString me() const { return m_me; }
    void setMe(const QString& name);

signals:
    void changed();

private:
    void save() const;

    QSettings* m_settings;
    QList<NoteTemplate> m_templates;
    QString m_me;
};

} // namespace CaseDesk
