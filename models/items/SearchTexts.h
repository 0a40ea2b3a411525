#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <vector>

namespace CaseDesk
{

/*
 * The quick filter's text of every row, one after the other in a single buffer, in row order. A keystroke
 * then scans memory front to back instead of visiting 50,000 separate allocations; that is what makes it
 * fast (the search itself is memchr). A row whose text grows gets a fresh span at the end; the buffer is
 * compacted when more than half of it is stale.
 */
class SearchTexts
{
public:
    void clear();
    void reserve(qsizetype rows, qsizetype bytes);
    void append(QByteArrayView text);
    void set(int row, QByteArrayView text);
    void remove(int row);
    QByteArrayView at(int row) const
    {
        const Span& span = m_spans[size_t(row)];
        return QByteArrayView(m_buffer.constData() + span.offset, span.length);
    }
    int size() const { return int(m_spans.size()); }

private:
    struct Span
    {
        qsizetype offset;
        qsizetype length;
    };
    void compactIfWasteful();

    QByteArray m_buffer;
    std::vector<Span> m_spans;
    qsizetype m_stale = 0;
};

} // namespace CaseDesk
