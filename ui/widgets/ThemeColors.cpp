#include "ui/widgets/ThemeColors.h"

#include <QApplication>
#include <QPointer>
#include <QWidget>

#include <cmath>

namespace CaseDesk
{

using namespace Qt::StringLiterals;

namespace
{
// The hues, as the light theme had them: red for trouble, amber for offline, blue for the accent.
const QColor kRed(0xb3, 0x26, 0x1e);
const QColor kAmber(0xd9, 0x6c, 0x00);
const QColor kBlue(0x1f, 0x6f, 0xd1);
const QColor kGreen(0x2e, 0x8b, 0x3e);
const QColor kSlate(0x5b, 0x6b, 0x8c);
const QColor kGrey(0x6e, 0x6e, 0x6e);

const QList<CaseStatus::Known> kStatuses{CaseStatus::Known::Submitted,      CaseStatus::Known::InProgress,
                                         CaseStatus::Known::ActionRequired, CaseStatus::Known::Resolved,
                                         CaseStatus::Known::Closed,         CaseStatus::Known::Cancelled,
                                         CaseStatus::Known::Unknown};

QColor hueOf(CaseStatus::Known status)
{
    switch (status) {
    case CaseStatus::Known::Submitted:
        return kSlate;
    case CaseStatus::Known::InProgress:
        return kBlue;
    case CaseStatus::Known::ActionRequired:
        return kAmber;
    case CaseStatus::Known::Resolved:
        return kGreen;
    case CaseStatus::Known::Closed:
        return kGrey;
    case CaseStatus::Known::Cancelled:
        return kRed;
    case CaseStatus::Known::Unknown:
        break;
    }
    return QColor(0xb0, 0xb0, 0xb0);
}

QString statusName(CaseStatus::Known status)
{
    switch (status) {
    case CaseStatus::Known::Submitted:
        return u"submitted"_s;
    case CaseStatus::Known::InProgress:
        return u"in progress"_s;
    case CaseStatus::Known::ActionRequired:
        return u"action required"_s;
    case CaseStatus::Known::Resolved:
        return u"resolved"_s;
    case CaseStatus::Known::Closed:
        return u"closed"_s;
    case CaseStatus::Known::Cancelled:
        return u"cancelled"_s;
    case CaseStatus::Known::Unknown:
        break;
    }
    return u"unknown"_s;
}

// `a` over `b` at `amount` (0..1).
QColor mix(const QColor& a, const QColor& b, double amount)
{
    return QColor::fromRgbF(float(a.redF() * amount + b.redF() * (1 - amount)),
                            float(a.greenF() * amount + b.greenF() * (1 - amount)),
                            float(a.blueF() * amount + b.blueF() * (1 - amount)));
}

double worstContrast(const QColor& color, const QList<QColor>& backgrounds)
{
    double worst = 21;
    for (const QColor& background : backgrounds)
        worst = std::min(worst, ThemeColors::contrastRatio(color, background));
    return worst;
}

// Application palette changes, seen once (an event filter on the application) and passed on.
class PaletteWatcher : public QObject
{
public:
    static PaletteWatcher* instance()
    {
        static QPointer<PaletteWatcher> watcher;
        if (!watcher && qApp) {
            watcher = new PaletteWatcher(qApp);
            qApp->installEventFilter(watcher);
        }
        return watcher;
    }

    struct Follower
    {
        QPointer<QWidget> widget;
        std::function<void()> apply;
    };
    QList<Follower> followers;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (watched == qApp && event->type() == QEvent::ApplicationPaletteChange) {
            followers.removeIf([](const Follower& follower) { return !follower.widget; });
            const QList<Follower> now = followers;
            for (const Follower& follower : now) {
                if (follower.widget)
                    follower.apply();
            }
        }
        return false;
    }

private:
    using QObject::QObject;
};
} // namespace

ThemeColors::ThemeColors(const QPalette& palette)
    : m_palette(palette)
    , m_dark(relativeLuminance(palette.color(QPalette::Window)) < 0.2)
{
    const QColor window = palette.color(QPalette::Window);
    const QColor base = palette.color(QPalette::Base);
    // Dark themes get the hue's light tint, light themes its dark shade; then whatever contrast is missing.
    const QColor red = m_dark ? mix(kRed, Qt::white, 0.45) : kRed;
    m_errorText = withContrast(red, {window, base});
    m_problem = bannerFor(kRed);
    m_offline = bannerFor(kAmber);
    // The production band shouts in every theme: the full red, with the text that reads best on it.
    m_production.background = m_dark ? kRed.darker(115) : kRed;
    m_production.foreground = withContrast(Qt::white, {m_production.background});
    if (contrastRatio(m_production.foreground, m_production.background) < kMinimumContrast)
        m_production.background = withContrast(m_production.background, {m_production.foreground});
    m_accent = withContrast(m_dark ? mix(kBlue, Qt::white, 0.5) : kBlue, {base}, 3.0); // a mark, not text
}

ThemeColors ThemeColors::current()
{
    return ThemeColors(QApplication::palette());
}

ThemeColors::Pair ThemeColors::bannerFor(const QColor& hue) const
{
    // A tint of the hue over the window, text in a shade of the same hue.
    const QColor window = m_palette.color(QPalette::Window);
    Pair pair;
    pair.background = mix(hue, window, m_dark ? 0.30 : 0.12);
    pair.foreground = withContrast(m_dark ? mix(hue, Qt::white, 0.35) : hue.darker(170), {pair.background});
    return pair;
}

ThemeColors::Pair ThemeColors::badgeFor(const QColor& hue) const
{
    // A solid pill: white or black text, whichever reads better, on the hue moved until it reads well.
    Pair pair;
    pair.background = m_dark ? hue.darker(125) : hue;
    pair.foreground = contrastRatio(Qt::white, pair.background) >= contrastRatio(Qt::black, pair.background)
                          ? QColor(Qt::white)
                          : QColor(Qt::black);
    pair.background = withContrast(pair.background, {pair.foreground});
    return pair;
}

ThemeColors::Pair ThemeColors::statusBadge(CaseStatus::Known status) const
{
    return badgeFor(hueOf(status));
}

QString ThemeColors::errorTextStyle(const QString& extra) const
{
    return u"color: %1;%2"_s.arg(m_errorText.name(), extra.isEmpty() ? QString() : u" "_s + extra);
}

QString ThemeColors::bannerStyle(const Pair& colors, const QString& selector, const QString& extra) const
{
    return u"%1 { background: %2; color: %3; %4}"_s.arg(selector, colors.background.name(), colors.foreground.name(),
                                                        extra.isEmpty() ? QString() : extra + u' ');
}

QList<ThemeColors::Check> ThemeColors::checks() const
{
    QList<Check> checks{
        {u"error text on the window"_s, m_errorText, m_palette.color(QPalette::Window)},
        {u"error text in a text field"_s, m_errorText, m_palette.color(QPalette::Base)},
        {u"problem banner"_s, m_problem.foreground, m_problem.background},
        {u"offline banner"_s, m_offline.foreground, m_offline.background},
        {u"production band"_s, m_production.foreground, m_production.background},
    };
    for (CaseStatus::Known status : kStatuses) {
        const Pair badge = statusBadge(status);
        checks.append({u"status badge: "_s + statusName(status), badge.foreground, badge.background});
    }
    return checks;
}

double ThemeColors::relativeLuminance(const QColor& color)
{
    // https://www.w3.org/TR/WCAG21/#dfn-relative-luminance
    const auto channel = [](double c) {
        return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
    };
    const QColor rgb = color.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) + 0.0722 * channel(rgb.blueF());
}

double ThemeColors::contrastRatio(const QColor& a, const QColor& b)
{
    const double la = relativeLuminance(a);
    const double lb = relativeLuminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor ThemeColors::withContrast(const QColor& color, const QList<QColor>& backgrounds, double minimum)
{
    if (worstContrast(color, backgrounds) >= minimum)
        return color;
    // Towards black or towards white, whichever side of the backgrounds has more room, in small steps.
    double average = 0;
    for (const QColor& background : backgrounds)
        average += relativeLuminance(background);
    average /= std::max<qsizetype>(1, backgrounds.size());
    const QColor target = average > 0.18 ? QColor(Qt::black) : QColor(Qt::white);
    for (int step = 1; step <= 20; ++step) {
        const QColor candidate = mix(target, color, step / 20.0);
        if (worstContrast(candidate, backgrounds) >= minimum)
            return candidate;
    }
    const QColor other = target == QColor(Qt::black) ? QColor(Qt::white) : QColor(Qt::black);
    return worstContrast(target, backgrounds) >= worstContrast(other, backgrounds) ? target : other;
}

void ThemeColors::follow(QWidget* widget, std::function<void()> apply)
{
    PaletteWatcher* watcher = PaletteWatcher::instance();
    if (!watcher || !widget)
        return;
    watcher->followers.removeIf(
        [widget](const PaletteWatcher::Follower& follower) { return !follower.widget || follower.widget == widget; });
    watcher->followers.append({widget, std::move(apply)});
}

void ThemeColors::setStyle(QWidget* widget, StyleRecipe recipe)
{
    const auto apply = [widget, recipe = std::move(recipe)] {
        widget->setStyleSheet(recipe(current()));
    };
    apply();
    follow(widget, apply);
}

} // namespace CaseDesk
