#pragma once

#include <QSslCertificate>
#include <QSslKey>
#include <QString>

namespace CaseDesk
{

/*
 * A throw-away self-signed certificate for 127.0.0.1 and localhost, made by the `openssl` command in a folder
 * the test owns, for TLS servers inside a test (HostileServer::startTls). Nothing is committed: a key in the
 * repository would be a secret, however harmless.
 *
 *     const TestCertificate tls = TestCertificate::make(m_dir.path());
 *     QVERIFY2(tls.isValid(), qPrintable(tls.error));
 *     tls.trustForThisProcess(); // clients in this process now accept it
 *     const QUrl base = server.startTls(tls.certificate, tls.key);
 */
struct TestCertificate
{
    QSslCertificate certificate;
    QSslKey key;
    QString error; // what went wrong when it is not valid

    bool isValid() const { return !certificate.isNull() && !key.isNull(); }
    // Adds the certificate to the default TLS configuration's authorities, so every QNetworkAccessManager of
    // the process verifies the server as it would a real one (name, chain), rather than ignoring errors.
    void trustForThisProcess() const;

    static TestCertificate make(const QString& folder);
};

} // namespace CaseDesk
