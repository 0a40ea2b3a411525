#include "models/templates/NoteTemplates.h"

#include <QCollator>
#include <QSettings>
#include <QUuid>

#include <algorithm>

namespace CaseDesk
{

using namespace Qt::StringLiterals;

namespace
{
// The persisted keys of note templates, spelled here only.
const QString kArray = u"noteTemplates"_s;
const QString kId = u"id"_s;
const QString kName = u"name"_s;
const QString kText = u"text"_s;
const QString kMe = u"noteTemplates/me"_s;

bool usable(const NoteTemplate& entry)
{
    return !entry.name.trimmed().isEmpty() && !entry.text.trimmed().isEmpty();
}
} // namespace

NoteTemplates::NoteTemplates(QSettings* settings, QObject* parent)
    : QObject(parent)
    , m_settings(settings)
{
    const int count = m_settings->beginReadArray(kArray);
    for (int i = 0; i < count; ++i) {
        m_settings->setArrayIndex(i);
        NoteTemplate entry{m_settings->value(kId).toString(), m_settings->value(kName).toString(),
                           m_settings->value(kText).toString()};
        if (!entry.id.isEmpty() && usable(entry))
            m_templates.append(entry);
    }
    m_settings->endArray();
    m_me = m_settings->value(kMe).toString();
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
    m_settings->setValue(kMe, m_me);
    emit changed();
}

void NoteTemplates::save() const
{
    m_settings->remove(kArray);
    m_settings->beginWriteArray(kArray, int(m_templates.size()));
    for (int i = 0; i < m_templates.size(); ++i) {
        m_settings->setArrayIndex(i);
        m_settings->setValue(kId, m_templates.at(i).id);
        m_settings->setValue(kName, m_templates.at(i).name);
        m_settings->setValue(kText, m_templates.at(i).text);
    }
    m_settings->endArray();
}

} // namespace CaseDesk
