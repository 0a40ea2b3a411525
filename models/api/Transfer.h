#pragma once

#include <QObject>
#include <QString>

namespace CaseDesk
{

/*
 * A running upload or download, for progress bars and cancel buttons.
 *
 * ApiClient creates it and deletes it (deleteLater) after the call's callback has run, so hold it in a QPointer.
 * cancel() aborts the transfer; the callback then receives ApiError::Kind::Cancelled.
 */
class Transfer : public QObject
{
    Q_OBJECT

public:
    explicit Transfer(const QString& fileName, QObject* parent = nullptr);

    QString fileName() const { return m_fileName; }
    qint64 bytesDone() const { return m_done; }
    qint64 bytesTotal() const { return m_total; }
    bool isCancelled() const { return m_cancelled; }

public slots:
    void cancel();

signals:
    void progressChanged(qint64 done, qint64 total);
    void cancelRequested();

public:
    // For ApiClient: reports progress.
    void setProgress(qint64 done, qint64 total);

private:
    QString m_fileName;
    qint64 m_done = 0;
    qint64 m_total = -1;
    bool m_cancelled = false;
};

} // namespace CaseDesk
