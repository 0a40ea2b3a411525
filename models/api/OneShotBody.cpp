#include "models/api/OneShotBody.h"

#include <cstring>

namespace CaseDesk
{

OneShotBody::OneShotBody(const QByteArray& data, QObject* parent)
    : QIODevice(parent)
    , m_data(data)
{
    open(QIODevice::ReadOnly);
}

qint64 OneShotBody::bytesAvailable() const
{
    return (m_data.size() - m_position) + QIODevice::bytesAvailable();
}

qint64 OneShotBody::readData(char* data, qint64 maxSize)
{
    const qint64 count = qMin<qint64>(maxSize, m_data.size() - m_position);
    if (count <= 0)
        return -1; // the end: nothing more will ever come
    std::memcpy(data, m_data.constData() + m_position, size_t(count));
    m_position += count;
    return count;
}

qint64 OneShotBody::writeData(const char*, qint64)
{
    return -1;
}

} // namespace CaseDesk
