#include "tests/support/TestCertificate.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSslConfiguration>

namespace CaseDesk
{

void TestCertificate::trustForThisProcess() const
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.addCaCertificate(certificate);
    QSslConfiguration::setDefaultConfiguration(configuration);
}

TestCertificate TestCertificate::make(const QString& folder)
{
    TestCertificate result;
    const QString certificatePath = QDir(folder).filePath(QStringLiteral("test-cert.pem"));
    const QString keyPath = QDir(folder).filePath(QStringLiteral("test-key.pem"));
    QProcess openssl;
    openssl.setProcessChannelMode(QProcess::MergedChannels);
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                   QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("2"),
                   QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
                   QStringLiteral("subjectAltName=IP:127.0.0.1,DNS:localhost"), QStringLiteral("-keyout"), keyPath,
                   QStringLiteral("-out"), certificatePath});
    if (!openssl.waitForFinished(60000) || openssl.exitStatus() != QProcess::NormalExit || openssl.exitCode() != 0) {
        result.error = QStringLiteral("openssl req failed (%1): %2")
                           .arg(openssl.errorString(), QString::fromLocal8Bit(openssl.readAll()));
        return result;
    }
    QFile certificateFile(certificatePath);
    QFile keyFile(keyPath);
    if (!certificateFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly)) {
        result.error = QStringLiteral("cannot read what openssl wrote in %1").arg(folder);
        return result;
    }
    result.certificate = QSslCertificate(certificateFile.readAll(), QSsl::Pem);
    result.key = QSslKey(keyFile.readAll(), QSsl::Rsa, QSsl::Pem);
    if (!result.isValid())
        result.error = QStringLiteral("openssl wrote a certificate or key Qt cannot read");
    return result;
}

} // namespace CaseDesk
