#pragma once

#include <QByteArray>
#include <QIODevice>

namespace CaseDesk
{

/*
 * A request body that can be read only once.
 *
 * Qt 6.4's HTTP stack silently sends a request again when the connection closes before an answer, POST
 * included (later Qt versions restrict this to idempotent methods). For a create or a note that means a
 * second case or a second note. Handing the body over as a sequential device that refuses reset() turns
 * that hidden resend into a ContentReSendError, which the client reports as "may have reached the server".
 */
class OneShotBody : public QIODevice
{
    Q_OBJECT

public:
    explicit OneShotBody(const QByteArray& data, QObject* parent = nullptr);

    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    qint64 bytesAvailable() const override;
    qint64 size() const override { return m_data.size(); }

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char* data, qint64 maxSize) override;

private:
    QByteArray m_data;
    qint64 m_position = 0;
};

} // namespace CaseDesk
