// The list's "changed" dot and the timeline's status dots at 200 % (QT_SCALE_FACTOR=2, set before the
// application starts): drawn at the screen's pixels, not a 1× pixmap blown up.
//
// Each dot is grabbed as the widget paints it, and read back as coverage (0 = background, 1 = the dot's colour)
// per device pixel. A crisp dot has detail finer than one logical pixel (a blown-up pixmap is made of 2×2
// blocks) and matches an ideal disc of the same area and centre to within anti-aliasing (a blown-up one is off
// by up to half a pixel's coverage along its whole edge).
#include "models/items/CaseListModel.h"
#include "models/presentation/CaseFacts.h"
#include "ui/casedetail/StatusTimelineWidget.h"
#include "ui/caselist/CaseRowDelegate.h"
#include "ui/widgets/StatusBadge.h"
#include "ui/widgets/ThemeColors.h"

#include <QApplication>
#include <QPainter>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>
#include <QtMath>

using namespace CaseDesk;
using namespace Qt::StringLiterals;

namespace
{
struct DotReading
{
    QRect box;                // the dot's device pixels
    double blockyShare = 1.0; // aligned 2×2 blocks inside the dot's edge that are all one value
    double meanError = 1.0;   // against the ideal disc, over the box
    double maxError = 1.0;
    QString describe() const
    {
        return u"box %1×%2 at %3,%4; uniform 2×2 edge blocks %5; error mean %6, max %7"_s.arg(box.width())
            .arg(box.height())
            .arg(box.x())
            .arg(box.y())
            .arg(blockyShare, 0, 'f', 2)
            .arg(meanError, 0, 'f', 3)
            .arg(maxError, 0, 'f', 3);
    }
};

// How much of `dot` over `background` a pixel shows, along the channel where the two differ most.
double coverage(QRgb pixel, const QColor& background, const QColor& dot)
{
    const int channels[3][3] = {{qRed(pixel), background.red(), dot.red()},
                                {qGreen(pixel), background.green(), dot.green()},
                                {qBlue(pixel), background.blue(), dot.blue()}};
    int best = 0;
    for (int c = 1; c < 3; ++c) {
        if (qAbs(channels[c][2] - channels[c][1]) > qAbs(channels[best][2] - channels[best][1]))
            best = c;
    }
    const double span = channels[best][2] - channels[best][1];
    return qBound(0.0, (channels[best][0] - channels[best][1]) / span, 1.0);
}

// The first dot from the left in `band` (device pixels of `image`): the first run of columns with any of the
// dot's colour in them. Text further right is past a gap and left out.
DotReading readDot(const QImage& image, const QRect& band, const QColor& background, const QColor& dot)
{
    DotReading reading;
    auto columnHasDot = [&](int x) {
        for (int y = band.top(); y <= band.bottom(); ++y) {
            if (coverage(image.pixel(x, y), background, dot) > 0.05)
                return true;
        }
        return false;
    };
    int left = band.left();
    while (left <= band.right() && !columnHasDot(left))
        ++left;
    int right = left;
    while (right + 1 <= band.right() && columnHasDot(right + 1))
        ++right;
    if (left > band.right())
        return reading;
    int top = band.bottom();
    int bottom = band.top();
    for (int x = left; x <= right; ++x) {
        for (int y = band.top(); y <= band.bottom(); ++y) {
            if (coverage(image.pixel(x, y), background, dot) > 0.05) {
                top = qMin(top, y);
                bottom = qMax(bottom, y);
            }
        }
    }
    // One pixel of background around it, to see the whole edge.
    reading.box = QRect(QPoint(left, top), QPoint(right, bottom)).adjusted(-1, -1, 1, 1) & image.rect();
    const QRect& box = reading.box;

    QList<double> cover(box.width() * box.height());
    double area = 0;
    double cx = 0;
    double cy = 0;
    for (int y = 0; y < box.height(); ++y) {
        for (int x = 0; x < box.width(); ++x) {
            const double c = coverage(image.pixel(box.x() + x, box.y() + y), background, dot);
            cover[y * box.width() + x] = c;
            area += c;
            cx += c * (x + 0.5);
            cy += c * (y + 0.5);
        }
    }
    if (area <= 0)
        return reading;
    cx /= area;
    cy /= area;
    const double radius = std::sqrt(area / M_PI);

    // Against the ideal disc, sampled 8×8 per pixel.
    double total = 0;
    double worst = 0;
    for (int y = 0; y < box.height(); ++y) {
        for (int x = 0; x < box.width(); ++x) {
            int inside = 0;
            for (int sy = 0; sy < 8; ++sy) {
                for (int sx = 0; sx < 8; ++sx) {
                    const double px = x + (sx + 0.5) / 8 - cx;
                    const double py = y + (sy + 0.5) / 8 - cy;
                    inside += px * px + py * py <= radius * radius;
                }
            }
            const double error = qAbs(cover[y * box.width() + x] - inside / 64.0);
            total += error;
            worst = qMax(worst, error);
        }
    }
    reading.meanError = total / cover.size();
    reading.maxError = worst;

    // 2×2 blocks on the logical pixel grid (even device coordinates) that touch the edge.
    int edgeBlocks = 0;
    int uniform = 0;
    for (int y = box.top() + (box.top() & 1); y + 1 <= box.bottom(); y += 2) {
        for (int x = box.left() + (box.left() & 1); x + 1 <= box.right(); x += 2) {
            const double a = coverage(image.pixel(x, y), background, dot);
            const double b = coverage(image.pixel(x + 1, y), background, dot);
            const double c = coverage(image.pixel(x, y + 1), background, dot);
            const double d = coverage(image.pixel(x + 1, y + 1), background, dot);
            const double low = qMin(qMin(a, b), qMin(c, d));
            const double high = qMax(qMax(a, b), qMax(c, d));
            if (high < 0.02 || low > 0.98)
                continue; // wholly outside or inside
            ++edgeBlocks;
            if (high - low < 0.04)
                ++uniform;
        }
    }
    reading.blockyShare = edgeBlocks > 0 ? double(uniform) / edgeBlocks : 1.0;
    return reading;
}

// Pixels of `rect` within a few steps of `color` in every channel.
int pixelsNear(const QImage& image, const QRect& rect, const QColor& color)
{
    int count = 0;
    for (int y = rect.top(); y <= rect.bottom(); ++y) {
        for (int x = rect.left(); x <= rect.right(); ++x) {
            const QRgb pixel = image.pixel(x, y);
            if (qAbs(qRed(pixel) - color.red()) < 12 && qAbs(qGreen(pixel) - color.green()) < 12
                && qAbs(qBlue(pixel) - color.blue()) < 12)
                ++count;
        }
    }
    return count;
}

bool isCrisp(const DotReading& reading)
{
    return reading.box.width() >= 8 && reading.blockyShare < 0.5 && reading.meanError < 0.05 && reading.maxError < 0.3;
}

QRect toDevice(const QRect& logical, qreal ratio)
{
    return QRect(qRound(logical.x() * ratio), qRound(logical.y() * ratio), qRound(logical.width() * ratio),
                 qRound(logical.height() * ratio));
}
} // namespace

class TestScaledDots : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void timelineDotsAreDrawnAtTheScreensPixels();
    void theListsChangedDotIsDrawnAtTheScreensPixels();
    void theReadingTellsABlownUpPixmap();
};

void TestScaledDots::initTestCase()
{
    // QT_SCALE_FACTOR=2 took: this is a 200 % screen.
    QCOMPARE(qApp->devicePixelRatio(), 2.0);
}

void TestScaledDots::timelineDotsAreDrawnAtTheScreensPixels()
{
    StatusTimelineWidget timeline;
    timeline.resize(500, 200);
    timeline.setSteps({{u"SUBMITTED"_s, u"Submitted"_s, u"1 May"_s, u"2 h"_s, false},
                       {u"IN_PROGRESS"_s, u"In progress"_s, u"1 May"_s, u"1 d"_s, false},
                       {u"RESOLVED"_s, u"Resolved"_s, u"2 May"_s, u"3 d"_s, true}});
    timeline.show();
    QVERIFY(QTest::qWaitForWindowExposed(&timeline));
    QCOMPARE(timeline.devicePixelRatio(), 2.0);
    const QImage image = timeline.viewport()->grab().toImage();
    QCOMPARE(image.devicePixelRatio(), 2.0);

    const QPalette palette = QApplication::palette(&timeline);
    for (int row : {1, 2}) { // not the first, which may carry the focus frame
        QTreeWidgetItem* item = timeline.topLevelItem(row);
        const QRect band = toDevice(timeline.visualItemRect(item), 2.0);
        const QColor dot =
            StatusBadge::background(item == timeline.topLevelItem(1) ? u"IN_PROGRESS"_s : u"RESOLVED"_s, palette);
        const DotReading reading = readDot(image, band, palette.color(QPalette::Base), dot);
        QVERIFY2(isCrisp(reading), qPrintable(reading.describe()));
    }
}

void TestScaledDots::theListsChangedDotIsDrawnAtTheScreensPixels()
{
    QStandardItemModel model(3, CaseListModel::CaseNumberColumn + 1);
    for (int row = 0; row < 3; ++row) {
        auto* item = new QStandardItem(u"1115093%1"_s.arg(row));
        item->setData(row == 1, CaseListModel::ChangedSinceSeenRole);
        model.setItem(row, CaseListModel::CaseNumberColumn, item);
    }
    QTableView table;
    table.setModel(&model);
    table.setItemDelegate(new CaseRowDelegate(&table));
    table.resize(400, 200);
    table.show();
    QVERIFY(QTest::qWaitForWindowExposed(&table));
    const QImage image = table.viewport()->grab().toImage();
    QCOMPARE(image.devicePixelRatio(), 2.0);

    const QPalette palette = QApplication::palette(&table);
    const QRect band = toDevice(table.visualRect(model.index(1, CaseListModel::CaseNumberColumn)), 2.0);
    const DotReading reading = readDot(image, band, palette.color(QPalette::Base), ThemeColors(palette).accent());
    QVERIFY2(isCrisp(reading), qPrintable(reading.describe()));
    // An unchanged row has none where the changed one has it.
    const QRect plain = toDevice(table.visualRect(model.index(2, CaseListModel::CaseNumberColumn)), 2.0);
    const QRect spot(reading.box.left(), plain.top(), reading.box.width(), plain.height());
    QCOMPARE(pixelsNear(image, spot, ThemeColors(palette).accent()), 0);
    QVERIFY(pixelsNear(image, reading.box, ThemeColors(palette).accent()) > 20);
}

void TestScaledDots::theReadingTellsABlownUpPixmap()
{
    // The check itself: a dot drawn into a 1× pixmap and painted at 200 %, as the dots were before.
    QPixmap small(12, 12);
    small.fill(Qt::white);
    {
        QPainter painter(&small);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(Qt::darkGreen);
        painter.drawEllipse(1, 1, 10, 10);
    }
    QImage canvas(48, 48, QImage::Format_ARGB32_Premultiplied);
    canvas.setDevicePixelRatio(2.0);
    canvas.fill(Qt::white);
    {
        QPainter painter(&canvas);
        painter.drawPixmap(QRect(4, 4, 12, 12), small);
    }
    const DotReading blownUp = readDot(canvas, canvas.rect(), Qt::white, Qt::darkGreen);
    QVERIFY2(!isCrisp(blownUp), qPrintable(blownUp.describe()));

    // And the same dot drawn at 200 % passes.
    canvas.fill(Qt::white);
    {
        QPainter painter(&canvas);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(Qt::darkGreen);
        painter.drawEllipse(QRectF(5, 5, 10, 10));
    }
    const DotReading drawn = readDot(canvas, canvas.rect(), Qt::white, Qt::darkGreen);
    QVERIFY2(isCrisp(drawn), qPrintable(drawn.describe()));
}

int main(int argc, char** argv)
{
    // Before the application exists, as a user's environment would have it.
    qputenv("QT_SCALE_FACTOR", "2");
    QApplication app(argc, argv);
    TestScaledDots test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_scaleddots.moc"
