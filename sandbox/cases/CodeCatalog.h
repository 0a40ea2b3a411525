#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace Sandbox
{

// The ticket codes and their published labels, from :/api/code-labels.json.
class CodeCatalog
{
public:
    struct Entry
    {
        QString code;
        QString category; // empty where the provider published none
        QString title;    // empty where the provider published none
        bool trouble = false;
    };

    CodeCatalog();

    bool isLoaded() const { return !m_codes.isEmpty(); }
    QStringList codes() const { return m_codes; }
    QStringList troubleCodes() const;
    QStringList caseCodes() const;
    Entry entry(const QString& code) const;
    // Codes below 0100 are break-fix trouble tickets with an order number (DESIGN.md section 1).
    static bool isTroubleCode(const QString& code);

private:
    QStringList m_codes;
    QHash<QString, Entry> m_entries;
};

} // namespace Sandbox
