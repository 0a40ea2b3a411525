#pragma once

#include "models/environment/Environment.h"

#include <QDialog>

class QLabel;
class QLineEdit;

namespace CaseDesk
{

class EnvironmentRegistry;

// "Add custom server…": a name and an https address, checked by the registry as typed; on success the server
// is added (and `added` names it, so the caller can switch to it). Problems stay in the dialog.
class CustomServerDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CustomServerDialog(EnvironmentRegistry* registry, QWidget* parent = nullptr);

    void setFields(const QString& name, const QString& url);
    QString message() const;

signals:
    void added(const Environment& environment);

private:
    void add();

    EnvironmentRegistry* m_registry;
    QLineEdit* m_name;
    QLineEdit* m_url;
    QLabel* m_message;
};

} // namespace CaseDesk
