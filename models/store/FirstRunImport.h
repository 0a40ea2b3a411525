#pragma once

#include <QObject>

namespace CaseDesk
{

class CaseRepository;

/*
 * A first start shows something useful: when the store has no case yet, the order history of the last 12
 * months is listed (kPageSize orders a page, at most kMaxPages pages), and each case is then fetched in the
 * background by the repository. Later starts keep the list as the user shaped it and ask nothing.
 *
 *     auto* import = new FirstRunImport(repository, session);
 *     connect(import, &FirstRunImport::failed, window, &MainWindow::showStatusMessage);
 *     import->startIfEmpty(); // once signed in
 */
class FirstRunImport : public QObject
{
    Q_OBJECT

public:
    static constexpr int kPageSize = 200;
    static constexpr int kMaxPages = 51;

    explicit FirstRunImport(CaseRepository* repository, QObject* parent = nullptr);

    // Looks at the store and, when it is empty, reads the order history. Does nothing while a run is going.
    void startIfEmpty();

signals:
    // The run is over: `listed` orders were listed (0 when the store already had cases).
    void finished(int listed);
    // A page could not be read; what was listed before stays.
    void failed(const QString& message);

private:
    void importPage(int page);

    CaseRepository* m_repository;
    int m_listed = 0;
    bool m_running = false;
};

} // namespace CaseDesk
