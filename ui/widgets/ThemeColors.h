#pragma once

#include "models/domain/CaseStatus.h"

#include <QColor>
#include <QList>
#include <QPalette>
#include <QString>

#include <functional>

class QWidget;

namespace CaseDesk
{

/*
 * Every colour CaseDesk adds to the style, derived from a palette: error text, the problem and offline
 * banners, the production band and the status badges. Hues are fixed (red means trouble in any theme);
 * lightness follows the palette, and each text colour is pushed away from its background until the WCAG
 * 2.x contrast ratio is at least kMinimumContrast, so it reads in light, dark and odd themes alike.
 *
 *     ThemeColors::setStyle(label, [](const ThemeColors& colors) { return colors.errorTextStyle(); });
 *
 * setStyle() applies the style sheet now and again whenever the application's palette changes (a desktop
 * switching from light to dark), until it is called again for that widget or the widget is gone.
 */
class ThemeColors
{
public:
    static constexpr double kMinimumContrast = 4.5; // WCAG AA for normal text

    struct Pair
    {
        QColor background;
        QColor foreground;
    };

    // What the helper provides, for the contrast test: every role with the background it is shown on.
    struct Check
    {
        QString role;
        QColor foreground;
        QColor background;
    };

    explicit ThemeColors(const QPalette& palette);
    // From the application's palette now.
    static ThemeColors current();

    bool isDark() const { return m_dark; }
    // Error and warning text on the window or a text field.
    QColor errorText() const { return m_errorText; }
    Pair problemBanner() const { return m_problem; }
    Pair offlineBanner() const { return m_offline; }
    Pair productionBand() const { return m_production; }
    Pair statusBadge(CaseStatus::Known status) const;
    // The list's "changed since seen" dot: not text, but as visible as link text.
    QColor accent() const { return m_accent; }

    // Style sheets for the common cases.
    QString errorTextStyle(const QString& extra = {}) const;
    QString bannerStyle(const Pair& colors, const QString& selector, const QString& extra = {}) const;

    QList<Check> checks() const;

    // WCAG 2.x: relative luminance of an sRGB colour, and the contrast ratio (1 to 21) of two.
    static double relativeLuminance(const QColor& color);
    static double contrastRatio(const QColor& a, const QColor& b);
    // `color` made darker or lighter (keeping its hue) until it has `minimum` contrast on every one of
    // `backgrounds`; black or white when nothing in between has.
    static QColor withContrast(const QColor& color, const QList<QColor>& backgrounds,
                               double minimum = kMinimumContrast);

    using StyleRecipe = std::function<QString(const ThemeColors& colors)>;
    // `widget`'s style sheet from `recipe`, now and after each application palette change.
    static void setStyle(QWidget* widget, StyleRecipe recipe);
    // Calls `apply` after each application palette change while `widget` lives (one per widget: a second
    // call replaces the first).
    static void follow(QWidget* widget, std::function<void()> apply);

private:
    Pair badgeFor(const QColor& hue) const;
    Pair bannerFor(const QColor& hue) const;

    QPalette m_palette;
    bool m_dark = false;
    QColor m_errorText;
    Pair m_problem;
    Pair m_offline;
    Pair m_production;
    QColor m_accent;
};

} // namespace CaseDesk
