#pragma once

#include "AppOptions.h"

#include <QObject>
#include <QPointer>

#include <memory>

class ApiClient;
class LocalSandbox;
class MainWindow;

/*
 * The composition root: builds the core objects for the chosen environment, starts the local sandbox when
 * that environment is in use, and hands everything to the main window. Nothing else constructs services.
 */
class AppController : public QObject
{
    Q_OBJECT

public:
    explicit AppController(const AppOptions& options, QObject* parent = nullptr);
    ~AppController() override;

    void start();
    MainWindow* window() const { return m_window.get(); }

private:
    void connectTo(const QUrl& baseUrl, const QString& clientId, const QString& clientSecret);
    void setConnectionText(const QString& text);

    AppOptions m_options;
    std::unique_ptr<MainWindow> m_window;
    ApiClient* m_client;
    LocalSandbox* m_sandbox = nullptr;
};
