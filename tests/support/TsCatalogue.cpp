#include "tests/support/TsCatalogue.h"

#include <QFile>
#include <QRegularExpression>
#include <QXmlStreamReader>

#include <algorithm>

using namespace Qt::StringLiterals;

TsCatalogue TsCatalogue::read(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        TsCatalogue failed;
        failed.error = u"cannot open %1: %2"_s.arg(path, file.errorString());
        return failed;
    }
    return parse(file.readAll());
}

TsCatalogue TsCatalogue::parse(const QByteArray& xml)
{
    TsCatalogue ts;
    QXmlStreamReader reader(xml);
    QString context;
    Message current;
    bool inMessage = false;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            const auto name = reader.name();
            if (name == "TS"_L1) {
                ts.language = reader.attributes().value("language"_L1).toString();
            } else if (name == "name"_L1 && !inMessage) {
                context = reader.readElementText();
            } else if (name == "message"_L1) {
                current = Message{context, {}, {}, reader.attributes().value("numerus"_L1) == "yes"_L1, {}};
                inMessage = true;
            } else if (name == "source"_L1 && inMessage) {
                current.source = reader.readElementText();
            } else if (name == "translation"_L1 && inMessage) {
                current.type = reader.attributes().value("type"_L1).toString();
                if (!current.numerus)
                    current.translations.append(reader.readElementText());
            } else if (name == "numerusform"_L1 && inMessage) {
                current.translations.append(reader.readElementText());
            }
        } else if (reader.isEndElement() && reader.name() == "message"_L1) {
            ts.messages.append(current);
            inMessage = false;
        }
    }
    if (reader.hasError())
        ts.error = u"line %1: %2"_s.arg(reader.lineNumber()).arg(reader.errorString());
    else if (ts.language.isEmpty())
        ts.error = u"not a Qt Linguist file (no <TS language=…>)"_s;
    return ts;
}

QStringList TsCatalogue::openEntries() const
{
    QStringList open;
    for (const Message& m : messages) {
        const bool empty =
            std::all_of(m.translations.cbegin(), m.translations.cend(), [](const QString& t) { return t.isEmpty(); });
        if (!m.type.isEmpty() || empty)
            open.append(u"%1 [%2] “%3”"_s.arg(m.context, m.type.isEmpty() ? u"empty"_s : m.type, m.source));
    }
    return open;
}

namespace
{
QStringList placeholders(const QString& text, bool dropCount)
{
    static const QRegularExpression marker(uR"(%(?:L?[1-9]|n))"_s);
    QStringList found;
    for (auto it = marker.globalMatch(text); it.hasNext();) {
        const QString m = it.next().captured();
        if (!(dropCount && m == "%n"_L1))
            found.append(m);
    }
    found.sort();
    return found;
}
} // namespace

QStringList TsCatalogue::placeholderMismatches() const
{
    QStringList wrong;
    for (const Message& m : messages) {
        if (!m.type.isEmpty())
            continue; // reported as open instead
        // A singular plural form may say "one" instead of %n; every other placeholder must stay.
        const QStringList expected = placeholders(m.source, m.numerus);
        for (const QString& t : m.translations) {
            if (placeholders(t, m.numerus) != expected)
                wrong.append(u"%1 “%2” → “%3”"_s.arg(m.context, m.source, t));
        }
    }
    return wrong;
}
