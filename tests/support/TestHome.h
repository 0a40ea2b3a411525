#pragma once

#include <QString>
#include <QTemporaryDir>

/*
 * Gives a test process a home folder of its own, so settings, data folders and caches of different tests
 * (and of the developer) never mix. Create it first thing in initTestCase(), before anything asks
 * QStandardPaths or QSettings for a path.
 */
class TestHome
{
public:
    TestHome();

    bool isValid() const { return m_dir.isValid(); }
    QString path() const { return m_dir.path(); }
    QString filePath(const QString& name) const { return m_dir.filePath(name); }

private:
    QTemporaryDir m_dir;
};
