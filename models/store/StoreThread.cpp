#include "models/store/StoreThread.h"

namespace CaseDesk
{

StoreThread::StoreThread(QObject* parent)
    : QObject(parent)
    , m_worker(new QObject)
{
    m_thread.setObjectName(QStringLiteral("casedesk-store"));
    m_worker->moveToThread(&m_thread);
    m_thread.start();
}

StoreThread::~StoreThread()
{
    // Quitting from a job, not from here, so every job posted before runs first.
    post([this](CaseStore*) {
        m_store.reset();
        QThread::currentThread()->quit();
    });
    m_thread.wait();
    delete m_worker;
}

void StoreThread::post(std::function<void(CaseStore*)> job)
{
    QMetaObject::invokeMethod(
        m_worker, [this, job = std::move(job)] { job(m_store.get()); }, Qt::QueuedConnection);
}

void StoreThread::open(const QString& path, std::function<void(const QString& error)> done)
{
    post([this, path, done = std::move(done)](CaseStore*) {
        m_store = std::make_unique<CaseStore>(path);
        const QString error = m_store->open() ? QString() : m_store->errorString();
        QMetaObject::invokeMethod(
            this, [done, error] { done(error); }, Qt::QueuedConnection);
    });
}

} // namespace CaseDesk
