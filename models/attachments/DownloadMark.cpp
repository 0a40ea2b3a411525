#include "models/attachments/DownloadMark.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QUuid>

#if defined(Q_OS_WIN)
#include <qt_windows.h>
#elif defined(Q_OS_MACOS) || defined(Q_OS_LINUX)
#include <cerrno>
#include <cstring>
#include <sys/xattr.h>
#endif

namespace CaseDesk
{

using namespace Qt::StringLiterals;

namespace
{
// Only scheme, host and port: never a user name, password, path or query.
QUrl originOf(const QUrl& url)
{
    QUrl origin;
    origin.setScheme(url.scheme());
    origin.setHost(url.host());
    origin.setPort(url.port());
    return origin;
}

void setProblem(QString* problem, const QString& text)
{
    if (problem)
        *problem = text;
}
} // namespace

QString DownloadMark::name()
{
#if defined(Q_OS_WIN)
    return u"Zone.Identifier"_s;
#elif defined(Q_OS_MACOS)
    return u"com.apple.quarantine"_s;
#else
    return u"user.xdg.origin.url"_s;
#endif
}

bool DownloadMark::apply(const QString& path, const QUrl& origin, QString* problem)
{
    const QByteArray from = originOf(origin).toEncoded();
#if defined(Q_OS_WIN)
    // The stream Explorer, SmartScreen and Office read: ZoneId=3 is the internet zone.
    QByteArray content = "[ZoneTransfer]\r\nZoneId=3\r\n";
    if (!from.isEmpty())
        content += "HostUrl=" + from + "\r\n";
    const QString stream = QDir::toNativeSeparators(path) + u":Zone.Identifier"_s;
    HANDLE handle = CreateFileW(reinterpret_cast<LPCWSTR>(stream.utf16()), GENERIC_WRITE, 0, nullptr, CREATE_ALWAYS,
                                FILE_ATTRIBUTE_NORMAL, nullptr);
    if (handle == INVALID_HANDLE_VALUE) {
        setProblem(problem, u"cannot create %1 (error %2)"_s.arg(stream).arg(GetLastError()));
        return false;
    }
    DWORD written = 0;
    const bool ok = WriteFile(handle, content.constData(), DWORD(content.size()), &written, nullptr)
                    && written == DWORD(content.size());
    CloseHandle(handle);
    if (!ok)
        setProblem(problem, u"cannot write %1"_s.arg(stream));
    return ok;
#elif defined(Q_OS_MACOS)
    // flags;seconds since 1970 in hex;agent;id. 0081: downloaded, not yet approved by the user.
    const QByteArray value = "0081;" + QByteArray::number(QDateTime::currentSecsSinceEpoch(), 16) + ";CaseDesk;"
                             + QUuid::createUuid().toByteArray(QUuid::WithoutBraces).toUpper();
    if (setxattr(QFile::encodeName(path).constData(), "com.apple.quarantine", value.constData(), size_t(value.size()),
                 0, 0)
        != 0) {
        setProblem(problem, QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    return true;
#elif defined(Q_OS_LINUX)
    // The freedesktop.org convention browsers and wget follow; file managers show it.
    if (from.isEmpty())
        return true;
    if (setxattr(QFile::encodeName(path).constData(), "user.xdg.origin.url", from.constData(), size_t(from.size()), 0)
        != 0) {
        setProblem(problem, QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    return true;
#else
    Q_UNUSED(path)
    Q_UNUSED(from)
    setProblem(problem, u"not supported on this system"_s);
    return false;
#endif
}

QByteArray DownloadMark::read(const QString& path)
{
#if defined(Q_OS_WIN)
    QFile stream(path + u":Zone.Identifier"_s);
    return stream.open(QIODevice::ReadOnly) ? stream.readAll() : QByteArray();
#elif defined(Q_OS_MACOS) || defined(Q_OS_LINUX)
    const QByteArray file = QFile::encodeName(path);
    const QByteArray attribute = name().toLatin1();
    QByteArray value(4096, Qt::Uninitialized);
#if defined(Q_OS_MACOS)
    const ssize_t size = getxattr(file.constData(), attribute.constData(), value.data(), size_t(value.size()), 0, 0);
#else
    const ssize_t size = getxattr(file.constData(), attribute.constData(), value.data(), size_t(value.size()));
#endif
    return size > 0 ? value.left(size) : QByteArray();
#else
    Q_UNUSED(path)
    return {};
#endif
}

} // namespace CaseDesk
