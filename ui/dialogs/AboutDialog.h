#pragma once

#include "models/core/Diagnostics.h"

#include <QDialog>

class QLabel;

namespace CaseDesk
{

/*
 * Help ▸ About CaseDesk: the versions of CaseDesk, Qt (the one loaded and the one built against) and the
 * system, where CaseDesk keeps its data, settings and this run's log, and *Copy diagnostics*, which puts all of
 * it on the clipboard as plain text for a support request.
 *
 *     auto* about = new AboutDialog(Diagnostics::collect(), window);
 *     about->setAttribute(Qt::WA_DeleteOnClose);
 *     about->open();
 */
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(const Diagnostics& diagnostics, QWidget* parent = nullptr);

    // What Copy diagnostics puts on the clipboard.
    QString diagnosticsText() const { return m_diagnostics.toText(); }

private:
    void copyDiagnostics();

    Diagnostics m_diagnostics;
    QLabel* m_copied;
};

} // namespace CaseDesk
