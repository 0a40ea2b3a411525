#pragma once

#include <QList>
#include <QString>
#include <QStringList>

/*
 * Reads a Qt Linguist .ts file for the checks of the test suite: every message with its context, source,
 * state and translations (one per plural form).
 *
 *     const TsCatalogue ts = TsCatalogue::read(path);
 *     for (const TsCatalogue::Message& m : ts.messages) ...
 */
struct TsCatalogue
{
    struct Message
    {
        QString context;
        QString source;
        QString type; // "", "unfinished", "vanished" or "obsolete"
        bool numerus = false;
        QStringList translations;
    };

    QString language;
    QList<Message> messages;
    QString error; // set when the file cannot be read or is not a .ts file

    static TsCatalogue read(const QString& path);
    static TsCatalogue parse(const QByteArray& xml);

    // Messages a user would see in English or not at all: unfinished, vanished or obsolete ones.
    QStringList openEntries() const;
    // Messages whose translation drops or invents a placeholder (%1…%9, %n).
    QStringList placeholderMismatches() const;
};
