#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace CaseDesk
{

class ApiDocument;

// What changes when one API document replaces another: codes added, codes removed, and codes whose details
// schema changed (including a code that gained or lost its details form). summary() says it in words.
struct CatalogueDiff
{
    Q_DECLARE_TR_FUNCTIONS(CatalogueDiff)

public:
    QStringList added;
    QStringList removed;
    QStringList schemaChanged;

    bool isEmpty() const { return added.isEmpty() && removed.isEmpty() && schemaChanged.isEmpty(); }
    // One translated line per kind of change, or a sentence saying nothing changed.
    QString summary() const;

    static CatalogueDiff between(const ApiDocument& before, const ApiDocument& after);
    bool operator==(const CatalogueDiff&) const = default;
};

} // namespace CaseDesk
