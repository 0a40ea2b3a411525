#include "tests/support/TestHome.h"

#include <QStandardPaths>

TestHome::TestHome()
{
    if (!m_dir.isValid())
        return;
    qputenv("HOME", m_dir.path().toUtf8());
    qputenv("XDG_CONFIG_HOME", m_dir.filePath(QStringLiteral(".config")).toUtf8());
    qputenv("XDG_DATA_HOME", m_dir.filePath(QStringLiteral(".local/share")).toUtf8());
    qputenv("XDG_CACHE_HOME", m_dir.filePath(QStringLiteral(".cache")).toUtf8());
    QStandardPaths::setTestModeEnabled(true);
}
