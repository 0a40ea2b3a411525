#include "models/wizard/CustomerReference.h"

#include <QRegularExpression>

namespace CaseDesk
{

using namespace Qt::StringLiterals;

QString CustomerReference::generate(const QDateTime& now, QRandomGenerator* random)
{
    const quint32 suffix = random->bounded(0x1000000u);
    return u"CD-%1-%2"_s.arg(now.toUTC().toString(u"yyyyMMdd"_s)).arg(suffix, 6, 16, QLatin1Char('0')).toUpper();
}

bool CustomerReference::isGenerated(const QString& reference)
{
    static const QRegularExpression pattern(u"^CD-\\d{8}-[0-9A-F]{6}$"_s);
    return pattern.match(reference).hasMatch();
}

} // namespace CaseDesk
