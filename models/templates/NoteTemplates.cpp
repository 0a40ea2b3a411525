#include "models/templates/NoteTemplates.h"

#include "models/settings/SettingsKeys.h"

#include <QCollator>
#include <QSettings>
#include <QUuid>

#include <algorithm>

namespace CaseDesk
{

using namespace Qt::StringLiterals;

namespace
{
bool usable(const NoteTemplate& entry)
{
    return !entry.name.trimmed().isEmpty() && !entry.text.trimmed().isEmpty();
}
} // namespace

NoteTemplates::NoteTemplates(QSettings* settings, QObject* parent)
    : QObject(parent)
    , m_settings(settings)
{
    const int count = m_settings->beginReadArray(Settings::noteTemplatesArray);
    for (int i = 0; i < count; ++i) {
        m_settings->setArrayIndex(i);
        NoteTemplate entry{Settings::noteTemplateId.read(*m_settings), Settings::noteTemplateName.read(*m_settings),
                           Settings::noteTemplateText.read(*m_settings)};
        if (!entry.id.isEmpty() && usable(entry))
            m_templates.append(entry);
    }
    m_settings->endArray();
    m_me = Settings::noteTemplatesMe.read(*m_settings);
}

void NoteTemplates::setTemplates(const QList<NoteTemplate>& templates)
{
    QList<NoteTemplate> next;
    for (NoteTemplate entry : templates) {
        if (!usable(entry))
            continue;
        entry.name = entry.name.trimmed();
        if (entry.id.isEmpty())
            entry.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        next.append(entry);
    }
    if (next == m_templates)
        return;
    m_templates = next;
    save();
    emit changed();
}

QStringList NoteTemplates::names() const
{
    QStringList names;
    for (const NoteTemplate& entry : m_templates) {
        if (!names.contains(entry.name))
            names.append(entry.name);
    }
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(names.begin(), names.end(), collator);
    return names;
}

QString NoteTemplates::textOf(const QString& name) const
{
    for (const NoteTemplate& entry : m_templates) {
        if (entry.name == name)
            return entry.text;
    }
    return {};
}

void NoteTemplates::setMe(const QString& name)
{
    if (name.trimmed() == m_me)
        return;
    m_me = name.trimmed();
    Settings::noteTemplatesMe.write(*m_settings, m_me);
    emit changed();
}

void NoteTemplates::save() const
{
    // Removing the array removes the whole group, {me} with it (its key sits inside): it is written again below.
    m_settings->remove(Settings::noteTemplatesArray);
    m_settings->beginWriteArray(Settings::noteTemplatesArray, int(m_templates.size()));
    for (int i = 0; i < m_templates.size(); ++i) {
        m_settings->setArrayIndex(i);
        Settings::noteTemplateId.write(*m_settings, m_templates.at(i).id);
        Settings::noteTemplateName.write(*m_settings, m_templates.at(i).name);
        Settings::noteTemplateText.write(*m_settings, m_templates.at(i).text);
    }
    m_settings->endArray();
    if (!m_me.isEmpty())
        Settings::noteTemplatesMe.write(*m_settings, m_me);
}

} // namespace CaseDesk
