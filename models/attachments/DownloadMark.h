#pragma once

#include <QString>
#include <QUrl>

namespace CaseDesk
{

/*
 * Marks a downloaded file as coming from the internet, the way browsers do, so the system warns before it is
 * run: on Windows a Zone.Identifier alternate data stream with ZoneId=3 (the internet zone), on macOS the
 * com.apple.quarantine extended attribute, elsewhere the freedesktop user.xdg.origin.url attribute where the
 * file system keeps extended attributes. Touches the disk: call it off the UI thread.
 *
 *     QString problem;
 *     if (!DownloadMark::apply(path, serverUrl, &problem)) qCWarning(lcApi) << "not marked:" << problem;
 */
namespace DownloadMark
{
// Marks `path` as downloaded from `origin` (the server's address, never with credentials). Returns false
// with the reason when the mark could not be written; the file is kept either way.
bool apply(const QString& path, const QUrl& origin, QString* problem = nullptr);
// The mark as written on this system, empty when there is none (for tests and diagnostics).
QByteArray read(const QString& path);
// The name of the mark on this system: "Zone.Identifier", "com.apple.quarantine" or "user.xdg.origin.url".
QString name();
} // namespace DownloadMark

} // namespace CaseDesk
