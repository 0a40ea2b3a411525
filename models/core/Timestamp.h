#pragma once

#include <QDateTime>
#include <QString>

namespace CaseDesk
{

/*
 * A date-time as the API sent it. Keeps the original text, so an answer re-encodes byte for byte
 * ("2023-10-26T18:00:00Z" stays without milliseconds), and the parsed UTC value for sorting and display.
 */
class Timestamp
{
public:
    Timestamp() = default;
    explicit Timestamp(const QDateTime& dateTime); // formats as YYYY-MM-DDTHH:mm:ss.sssZ

    // Parses ISO 8601 with a zone designator; returns an invalid Timestamp for anything else.
    static Timestamp fromString(const QString& text);

    bool isValid() const { return m_dateTime.isValid(); }
    QString toString() const { return m_text; }
    QDateTime dateTime() const { return m_dateTime; }
    qint64 toMSecsSinceEpoch() const { return m_dateTime.isValid() ? m_dateTime.toMSecsSinceEpoch() : 0; }

    bool operator==(const Timestamp& other) const { return m_text == other.m_text; }

private:
    QString m_text;
    QDateTime m_dateTime;
};

} // namespace CaseDesk
