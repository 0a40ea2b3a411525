#pragma once

#include <QString>

// What casedesk_crashdriver types, forever: numbered words. Any text it saved must be a prefix of this.
namespace TypingStream
{
inline const QString& unit()
{
    static const QString text = [] {
        QString words;
        for (int i = 0; i < 2000; ++i)
            words += QStringLiteral("w%1 ").arg(i, 4, 10, QLatin1Char('0'));
        return words;
    }();
    return text;
}

inline QChar at(qsizetype position)
{
    return unit().at(position % unit().size());
}

inline bool isPrefix(const QString& text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) != at(i))
            return false;
    }
    return true;
}
} // namespace TypingStream
