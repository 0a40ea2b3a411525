#pragma once

#include <QObject>
#include <QTimer>

namespace Sandbox
{

class CaseBuilder;
class CaseStore;
class SandboxDatabase;

/*
 * Moves open cases on, one step per --pace tick: SUBMITTED -> IN_PROGRESS -> (for about a third of the
 * cases, once: ACTION_REQUIRED with a provider note asking for something) -> RESOLVED with a resolution
 * note -> CLOSED. An ACTION_REQUIRED case goes back to IN_PROGRESS at the next tick after a customer
 * note, or after kAwaitTicks ticks without one. Every move appends to the status history.
 */
class CaseLifecycle : public QObject
{
    Q_OBJECT

public:
    CaseLifecycle(SandboxDatabase& database, CaseStore& cases, CaseBuilder& builder, QObject* parent = nullptr);

    // Ticks every `seconds` (0: never).
    void start(double seconds);
    void tick();

    static constexpr int kAwaitTicks = 3;
    static QString providerName();

private:
    void advance(const QString& caseNumber, qint64 nowMs);
    void addProviderNote(const QString& caseNumber, const QString& type, const QString& text, qint64 nowMs);

    SandboxDatabase& m_database;
    CaseStore& m_cases;
    CaseBuilder& m_builder;
    QTimer m_timer;
};

} // namespace Sandbox
