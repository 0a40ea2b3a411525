// Measures the ticket list over a store of 50,000 cases with 10 notes each: loading the list model, sorting by
// each column, each keystroke of the quick filter, and the full-text search over notes and descriptions that
// follows a keystroke, beside a plain QSortFilterProxyModel over the same rows (the floor).
//
//     ninja -C build bench_caselist && build/bin/bench_caselist [cases] [repetitions] [notes per case]

#include "models/domain/Case.h"
#include "models/items/CaseListModel.h"
#include "models/items/CaseSortFilterModel.h"
#include "models/store/CaseRepository.h"
#include "models/store/CaseSource.h"
#include "models/store/CaseStore.h"
#include "models/store/FullTextQuery.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <optional>

using namespace CaseDesk;

using namespace Qt::StringLiterals;

namespace
{
QTextStream out(stdout);

// The store is never asked to fetch here.
class NoSource : public CaseSource
{
public:
    void getCase(const QString&, QObject*, ApiCallback<Case>) override {}
    void searchOrders(const OrderHistoryQuery&, QObject*, ApiCallback<OrderHistoryPage>) override {}
};

struct Catalogue
{
    QStringList codes;
    QHash<QString, QString> labels;
};

Catalogue readCatalogue()
{
    Catalogue catalogue;
    QFile file(QStringLiteral(CASEDESK_SOURCE_DIR "/resources/api/code-labels.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read code-labels.json");
    const QJsonArray codes = QJsonDocument::fromJson(file.readAll()).object().value("codes"_L1).toArray();
    for (const QJsonValue& value : codes) {
        const QJsonObject code = value.toObject();
        catalogue.codes.append(code.value("code"_L1).toString());
        if (code.value("title"_L1).isString())
            catalogue.labels.insert(catalogue.codes.constLast(), code.value("title"_L1).toString());
    }
    return catalogue;
}

template <typename T>
const T& pick(QRandomGenerator& random, const QList<T>& list)
{
    return list.at(random.bounded(int(list.size())));
}

// A GET answer with the spread of a busy customer's three years: mostly closed, some open.
QJsonObject makeAnswer(QRandomGenerator& random, int i, const Catalogue& catalogue, int noteCount)
{
    static const QStringList statuses = {u"CLOSED"_s,          u"CLOSED"_s,   u"CLOSED"_s,      u"CLOSED"_s,
                                         u"RESOLVED"_s,        u"RESOLVED"_s, u"IN_PROGRESS"_s, u"SUBMITTED"_s,
                                         u"ACTION_REQUIRED"_s, u"CANCELLED"_s};
    static const QStringList metros = {u"AM"_s, u"DA"_s, u"SV"_s, u"FR"_s, u"LD"_s, u"SG"_s, u"NY"_s,
                                       u"CH"_s, u"DC"_s, u"TY"_s, u"HK"_s, u"SY"_s, u"PA"_s, u"ZH"_s};
    static const QStringList words = {
        u"power"_s,  u"outage"_s,   u"cross"_s,    u"connect"_s, u"cage"_s,     u"door"_s,    u"rack"_s,
        u"server"_s, u"reboot"_s,   u"cable"_s,    u"fiber"_s,   u"patch"_s,    u"panel"_s,   u"temperature"_s,
        u"rising"_s, u"shipment"_s, u"inbound"_s,  u"smart"_s,   u"hands"_s,    u"replace"_s, u"faulty"_s,
        u"module"_s, u"optic"_s,    u"label"_s,    u"circuit"_s, u"access"_s,   u"badge"_s,   u"escort"_s,
        u"please"_s, u"urgent"_s,   u"customer"_s, u"visit"_s,   u"tomorrow"_s, u"loss"_s,    u"link"_s};
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 created = now - qint64(random.bounded(3 * 365 * 24)) * 3600 * 1000;
    const qint64 updated = created + qint64(random.bounded(30 * 24)) * 3600 * 1000;
    QStringList description;
    for (int w = 0, n = 6 + random.bounded(20); w < n; ++w)
        description.append(pick(random, words));
    const QString caseNumber = QString::number(10'000'000 + i);
    // Notes as technicians write them: the same words, and now and then a carrier's name.
    static const QStringList noteWords = {
        u"technician"_s,  u"on"_s,   u"site"_s,    u"photo"_s,   u"attached"_s, u"confirmed"_s, u"window"_s,
        u"maintenance"_s, u"the"_s,  u"and"_s,     u"checked"_s, u"reseated"_s, u"light"_s,     u"levels"_s,
        u"carrier"_s,     u"tray"_s, u"meet-me"_s, u"room"_s,    u"ticket"_s,   u"handed"_s,    u"over"_s};
    static const QStringList carriers = {u"Zayo"_s, u"Lumen"_s, u"Cogent"_s, u"Telia"_s, u"Colt"_s, u"GTT"_s};
    QJsonArray notes;
    for (int n = 0; n < noteCount; ++n) {
        QStringList text;
        for (int w = 0, count = 8 + random.bounded(30); w < count; ++w)
            text.append(random.bounded(40) == 0 ? pick(random, carriers) : pick(random, n % 2 ? noteWords : words));
        notes.append(QJsonObject{
            {u"id"_s, QString(caseNumber + u'-' + QString::number(n))},
            {u"createdDateTime"_s,
             QDateTime::fromMSecsSinceEpoch(created + qint64(n) * 3'600'000, Qt::UTC).toString(Qt::ISODateWithMs)},
            {u"text"_s, text.join(u' ')},
            {u"type"_s, n % 3 ? u"PROVIDER"_s : u"CUSTOMER"_s},
            {u"visibility"_s, u"EXTERNAL"_s}});
    }
    const QString metro = pick(random, metros);
    const QString reference =
        random.bounded(4) == 0 ? QString() : u"PO-"_s + QString::number(random.bounded(100000)) + u'-' + metro;
    return QJsonObject{
        {u"id"_s, caseNumber},
        {u"orderId"_s, QString(u"1-"_s + QString::number(200'000'000'000LL + qint64(i) * 7919))},
        {u"code"_s, pick(random, catalogue.codes)},
        {u"status"_s, pick(random, statuses)},
        {u"customerReferenceId"_s, reference},
        {u"location"_s, QJsonObject{{u"ibx"_s, QJsonArray{QString(metro + QString::number(1 + random.bounded(12)))}}}},
        {u"createdDateTime"_s, QDateTime::fromMSecsSinceEpoch(created, Qt::UTC).toString(Qt::ISODateWithMs)},
        {u"otherDetails"_s, QJsonObject{{u"description"_s, description.join(u' ')},
                                        {u"updatedDateTime"_s,
                                         QDateTime::fromMSecsSinceEpoch(updated, Qt::UTC).toString(Qt::ISODateWithMs)},
                                        {u"cancellable"_s, false}}},
        {u"notes"_s, notes},
    };
}

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

template <typename Work>
double millis(Work work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return double(timer.nsecsElapsed()) / 1e6;
}

QString ms(double value)
{
    return QString::number(value, 'f', value < 10 ? 2 : 1).rightJustified(9) + u" ms"_s;
}
} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const QStringList args = app.arguments();
    const int caseCount = args.size() > 1 ? args.at(1).toInt() : 50'000;
    const int repetitions = args.size() > 2 ? args.at(2).toInt() : 5;
    const int notesPerCase = args.size() > 3 ? args.at(3).toInt() : 10;
    QTemporaryDir dir;
    // CASEDESK_BENCH_STORE names a store file to keep: generated there when it does not exist, reused (skipping
    // the minutes of generating it) when a previous run with the same arguments left it.
    const QString kept = qEnvironmentVariable("CASEDESK_BENCH_STORE");
    const QString reused = QFile::exists(kept) ? kept : QString();
    const QString path = kept.isEmpty() ? dir.filePath(u"bench/casedesk.sqlite"_s) : kept;
    const Catalogue catalogue = readCatalogue();
    const auto labels = [&catalogue](const QString& code) {
        return catalogue.labels.value(code);
    };

    // 1. The store: real GET answers merged the way the repository merges them.
    const double generated = millis([&] {
        if (!reused.isEmpty())
            return;
        CaseStore store(path);
        if (!store.open())
            qFatal("cannot open the store: %s", qPrintable(store.errorString()));
        QRandomGenerator random(20240229);
        for (int i = 0; i < caseCount; ++i) {
            const QJsonObject object = makeAnswer(random, i, catalogue, notesPerCase);
            const Decoded<Case> decoded = decodeJson<Case>(QJsonValue(object));
            store.mergeAnswer(object.value("id"_L1).toString(), QJsonDocument(object).toJson(QJsonDocument::Compact),
                              *decoded.value, QDateTime::currentMSecsSinceEpoch(), CaseSummary::Source::Opened);
        }
    });
    out << "CaseDesk ticket list bench: " << caseCount << " cases with " << notesPerCase << " notes each, median of "
        << repetitions << " runs; Qt " << qVersion() << ", " << QThread::idealThreadCount() << " cores\n";
    out << "(store generated in " << QString::number(generated / 1000, 'f', 1) << " s, not measured)\n\n";

    NoSource source;
    CaseRepository repository(&source);
    QSignalSpy opened(&repository, &CaseRepository::opened);
    repository.open(path);
    opened.wait(60000);

    // 2. Loading: store thread + worker + one reset, and the part of it on the UI thread.
    QList<double> loadWall, loadUi, baselineUi;
    CaseListModel cases;
    cases.setLabelProvider(labels);
    for (int rep = 0; rep < repetitions; ++rep) {
        CaseSortFilterModel view;
        view.sort(CaseListModel::UpdatedColumn, Qt::DescendingOrder);
        view.setSourceModel(&cases);
        QElapsedTimer resetTimer;
        double ui = 0;
        auto started = QObject::connect(&cases, &QAbstractItemModel::modelAboutToBeReset, [&] { resetTimer.start(); });
        auto done = QObject::connect(&view, &QAbstractItemModel::modelReset,
                                     [&] { ui = double(resetTimer.nsecsElapsed()) / 1e6; });
        QSignalSpy loaded(&cases, &CaseListModel::loaded);
        QElapsedTimer wall;
        wall.start();
        if (rep == 0)
            cases.setRepository(&repository);
        else
            cases.reload();
        loaded.wait(120000);
        loadWall.append(double(wall.nsecsElapsed()) / 1e6);
        loadUi.append(ui);
        QObject::disconnect(started);
        QObject::disconnect(done);
        if (cases.rowCount() != caseCount)
            qFatal("loaded %d rows, expected %d", cases.rowCount(), caseCount);
    }
    for (int rep = 0; rep < repetitions; ++rep) {
        // The baseline's share of the same reset: the rows are already built, it maps and sorts.
        QSortFilterProxyModel plain;
        plain.sort(CaseListModel::UpdatedColumn, Qt::DescendingOrder);
        baselineUi.append(millis([&] { plain.setSourceModel(&cases); }));
    }
    out << "Load the list model from the store (sorted by last updated)\n";
    out << "  store to rows, wall clock     " << ms(median(loadWall))
        << "   (SQL on the store thread, rows on a worker)\n";
    out << "  of which on the UI thread     " << ms(median(loadUi)) << "   reset + CaseSortFilterModel\n";
    out << "  QSortFilterProxyModel         " << ms(median(baselineUi)) << "   setSourceModel + sort, UI thread\n\n";

    CaseSortFilterModel view;
    view.setSourceModel(&cases);
    QSortFilterProxyModel plain;
    plain.setSourceModel(&cases);
    plain.setFilterRole(CaseListModel::SearchTextRole);
    plain.setFilterCaseSensitivity(Qt::CaseInsensitive);

    // 3. Sorting: every column, both ways, each call changing the order.
    out << "Sort by column                     CaseSortFilterModel    QSortFilterProxyModel\n";
    for (int column = 0; column < CaseListModel::ColumnCount; ++column) {
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            QList<double> mine, theirs;
            for (int rep = 0; rep < repetitions; ++rep) {
                const Qt::SortOrder other = order == Qt::AscendingOrder ? Qt::DescendingOrder : Qt::AscendingOrder;
                view.sort(column, other);
                plain.sort(column, other);
                mine.append(millis([&] { view.sort(column, order); }));
                theirs.append(millis([&] { plain.sort(column, order); }));
            }
            const QString name = cases.headerData(column, Qt::Horizontal).toString()
                                 + (order == Qt::AscendingOrder ? u" ascending"_s : u" descending"_s);
            out << "  " << name.leftJustified(30) << ms(median(mine)) << "           " << ms(median(theirs)) << "\n";
        }
    }

    // 4. Quick filter: a query typed one character at a time over the list sorted by last updated.
    view.sort(CaseListModel::UpdatedColumn, Qt::DescendingOrder);
    plain.sort(CaseListModel::UpdatedColumn, Qt::DescendingOrder);
    const QString query = u"power outage am"_s;
    QList<QList<double>> mine(query.size() + 1), theirs(query.size() + 1);
    QList<int> rows(query.size() + 1), plainRows(query.size() + 1);
    for (int rep = 0; rep < repetitions; ++rep) {
        view.setFilterText({});
        plain.setFilterFixedString({});
        for (qsizetype n = 1; n <= query.size(); ++n) {
            // Including the event-loop pass after it, where the status counts are brought up to date.
            mine[n].append(millis([&] {
                view.setFilterText(query.left(n));
                QCoreApplication::processEvents();
            }));
            theirs[n].append(millis([&] {
                plain.setFilterFixedString(query.left(n));
                QCoreApplication::processEvents();
            }));
            rows[n] = view.rowCount();
            plainRows[n] = plain.rowCount();
        }
    }
    out << "\nQuick filter, per keystroke of \"" << query << "\" (with the status counts that follow it)\n";
    out << "  (rows differ once there is a space: the quick filter matches words in any order, the baseline one\n"
           "  fixed string)\n";
    out << "  typed so far          rows      CaseSortFilterModel    QSortFilterProxyModel    rows\n";
    QList<double> allMine, allTheirs;
    for (qsizetype n = 1; n <= query.size(); ++n) {
        allMine.append(median(mine[n]));
        allTheirs.append(median(theirs[n]));
        out << "  " << QString(u'"' + query.left(n) + u'"').leftJustified(18)
            << QString::number(rows[n]).rightJustified(8) << "  " << ms(median(mine[n])) << "           "
            << ms(median(theirs[n])) << QString::number(plainRows[n]).rightJustified(8) << "\n";
    }
    out << "  median keystroke                " << ms(median(allMine)) << "           " << ms(median(allTheirs))
        << "\n";
    out << "  slowest keystroke               " << ms(*std::max_element(allMine.begin(), allMine.end()))
        << "           " << ms(*std::max_element(allTheirs.begin(), allTheirs.end())) << "\n";
    // One line for ./dev bench's summary: figure|floor|ratio|target|verdict.
    const double keystroke = median(allMine);
    const double plainKeystroke = median(allTheirs);
    out << u"SUMMARY|quick filter keystroke, %1 cases|%2 ms|%3 ms|%4|<= 1x the plain proxy|%5\n"_s.arg(caseCount)
               .arg(keystroke, 0, 'f', 2)
               .arg(plainKeystroke, 0, 'f', 2)
               .arg(plainKeystroke > 0 ? keystroke / plainKeystroke : 0, 0, 'f', 2)
               .arg(keystroke <= plainKeystroke ? u"met"_s : u"missed"_s);

    // 5. The same keystrokes with the full-text search that follows each: the list's own filter (UI thread),
    // the FTS5 question over notes and descriptions (store thread, the UI thread free meanwhile), and handing
    // the ranked hits to the list (UI thread). The floor is QSortFilterProxyModel's keystroke, as above.
    const QString ftsQuery = u"carrier zayo"_s;
    const qsizetype ftsLength = ftsQuery.size();
    QList<QList<double>> keyUi(ftsLength + 1), asked(ftsLength + 1), applied(ftsLength + 1), floor(ftsLength + 1);
    QList<int> ftsRows(ftsLength + 1), ftsHits(ftsLength + 1);
    QList<bool> reusedAnswer(ftsLength + 1, false);
    for (int rep = 0; rep < repetitions; ++rep) {
        view.setFilterText({});
        plain.setFilterFixedString({});
        QCoreApplication::processEvents();
        QString lastMatch;
        QList<FullTextHit> lastHits;
        for (qsizetype n = 1; n <= ftsLength; ++n) {
            const QString typed = ftsQuery.left(n);
            keyUi[n].append(millis([&] {
                view.setFilterText(typed);
                QCoreApplication::processEvents();
            }));
            floor[n].append(millis([&] {
                plain.setFilterFixedString(typed);
                QCoreApplication::processEvents();
            }));
            double question = 0;
            double apply = 0;
            int hitCount = 0;
            const QString match = FullTextQuery::fromUserText(typed);
            if (!match.isEmpty() && match == lastMatch) {
                // As FullTextSearch does: the same question for the index ("carrier z" after "carrier") takes
                // the last answer, without asking.
                reusedAnswer[n] = true;
                hitCount = int(lastHits.size());
                apply = millis([&] {
                    view.setFullTextMatches(typed, lastHits);
                    QCoreApplication::processEvents();
                });
            } else if (!match.isEmpty()) {
                std::optional<QList<FullTextHit>> hits;
                QElapsedTimer timer;
                timer.start();
                repository.searchText(typed, nullptr, [&hits](const QList<FullTextHit>& found) { hits = found; });
                while (!hits) // the bench waits; the app goes on and takes the answer when it comes
                    QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
                question = double(timer.nsecsElapsed()) / 1e6;
                hitCount = int(hits->size());
                apply = millis([&] {
                    view.setFullTextMatches(typed, *hits);
                    QCoreApplication::processEvents();
                });
                lastMatch = match;
                lastHits = *hits;
            }
            asked[n].append(question);
            applied[n].append(apply);
            ftsRows[n] = view.rowCount();
            ftsHits[n] = hitCount;
        }
    }
    out << "\nQuick filter with full-text search over notes and descriptions, per keystroke of \"" << ftsQuery
        << "\"\n";
    out << "  (" << caseCount * notesPerCase << " notes; a question waits for a word of 3 letters; at most "
        << CaseRepository::kMaxTextHits << " hits; \"same\": the words for the index did not change, no question)\n";
    out << "  typed so far      rows    hits   keystroke (UI)   FTS question (store)   hits into list (UI)"
           "   floor: QSortFilterProxyModel\n";
    QList<double> allKeys, allAsked, allApplied, allFloor, questions;
    for (qsizetype n = 1; n <= ftsLength; ++n) {
        allKeys.append(median(keyUi[n]));
        allAsked.append(median(asked[n]));
        allApplied.append(median(applied[n]));
        allFloor.append(median(floor[n]));
        const bool askedIndex = !reusedAnswer[n] && !FullTextQuery::fromUserText(ftsQuery.left(n)).isEmpty();
        if (askedIndex)
            questions.append(median(asked[n]));
        out << "  " << QString(u'"' + ftsQuery.left(n) + u'"').leftJustified(14)
            << QString::number(ftsRows[n]).rightJustified(8) << QString::number(ftsHits[n]).rightJustified(8) << "  "
            << ms(median(keyUi[n])) << "        " << (reusedAnswer[n] ? u"     same    "_s : ms(median(asked[n])))
            << "         " << ms(median(applied[n])) << "              " << ms(median(floor[n])) << "\n";
    }
    auto slowest = [](const QList<double>& values) {
        return *std::max_element(values.begin(), values.end());
    };
    out << "  median                          " << ms(median(allKeys)) << "        " << ms(median(allAsked))
        << "         " << ms(median(allApplied)) << "              " << ms(median(allFloor)) << "\n";
    out << "  slowest                         " << ms(slowest(allKeys)) << "        " << ms(slowest(allAsked))
        << "         " << ms(slowest(allApplied)) << "              " << ms(slowest(allFloor)) << "\n";
    if (!questions.isEmpty()) {
        const double question = median(questions);
        const double plainFloor = median(allFloor);
        out << "  questions asked of the index: " << questions.size() << ", median " << ms(question) << ", slowest "
            << ms(slowest(questions)) << "\n";
        // The question runs on the store thread, the UI free meanwhile; it should still be answered within what
        // a plain proxy spends on the UI thread for the same keystroke.
        out << u"SUMMARY|full-text question per keystroke, %1 cases x %2 notes (store thread)|%3 ms|%4 ms|%5|"
               "<= 1x the plain proxy's keystroke|%6\n"_s.arg(caseCount)
                   .arg(notesPerCase)
                   .arg(question, 0, 'f', 2)
                   .arg(plainFloor, 0, 'f', 2)
                   .arg(plainFloor > 0 ? question / plainFloor : 0, 0, 'f', 2)
                   .arg(question <= plainFloor ? u"met"_s : u"missed"_s);
    }
    out.flush();
    return 0;
}
