#include "models/items/SearchTexts.h"

namespace CaseDesk
{

void SearchTexts::clear()
{
    m_buffer.clear();
    m_spans.clear();
    m_stale = 0;
}

void SearchTexts::reserve(qsizetype rows, qsizetype bytes)
{
    m_spans.reserve(size_t(rows));
    m_buffer.reserve(bytes);
}

void SearchTexts::append(QByteArrayView text)
{
    m_spans.push_back({m_buffer.size(), text.size()});
    m_buffer.append(text);
}

void SearchTexts::set(int row, QByteArrayView text)
{
    Span& span = m_spans[size_t(row)];
    if (text.size() <= span.length) {
        m_stale += span.length - text.size();
        std::copy(text.begin(), text.end(), m_buffer.data() + span.offset);
        span.length = text.size();
        return;
    }
    m_stale += span.length;
    span = {m_buffer.size(), text.size()};
    m_buffer.append(text);
    compactIfWasteful();
}

void SearchTexts::remove(int row)
{
    m_stale += m_spans[size_t(row)].length;
    m_spans.erase(m_spans.begin() + row);
    compactIfWasteful();
}

void SearchTexts::compactIfWasteful()
{
    if (m_stale * 2 <= m_buffer.size())
        return;
    QByteArray compact;
    compact.reserve(m_buffer.size() - m_stale);
    for (Span& span : m_spans) {
        const qsizetype offset = compact.size();
        compact.append(m_buffer.constData() + span.offset, span.length);
        span.offset = offset;
    }
    m_buffer = compact;
    m_stale = 0;
}

} // namespace CaseDesk
