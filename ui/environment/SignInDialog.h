#pragma once

#include <QDialog>
#include <QPointer>
#include <QPushButton>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;

namespace CaseDesk
{

class ApiError;

/*
 * Asks for the client id and secret of one environment and shows how signing in went. It talks to no server:
 * it asks (signInRequested) and the composition root answers with showFailure() or showSignedIn().
 *
 *     auto* dialog = new SignInDialog(environment.displayName, window);
 *     connect(dialog, &SignInDialog::signInRequested, this, &EnvironmentController::trySignIn);
 *     dialog->open();
 *
 * Refused credentials, a locked account, an unreachable server and a certificate problem each get their own
 * message; the secret is never shown back and the field is emptied after a refusal.
 */
class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SignInDialog(const QString& environmentName, QWidget* parent = nullptr);

    void setClientId(const QString& clientId);
    QString clientId() const;
    // Under the fields: where the secret will be kept (the keychain, or memory only and why).
    void setStorageNote(const QString& note);
    // Why the dialog opened on its own (the stored secret was refused), or a problem the user should know.
    void showMessage(const QString& message);
    QString message() const;

    void showFailure(const ApiError& error);
    void showSignedIn(const QString& userName);
    bool isBusy() const;
    bool isSignedIn() const { return m_signedIn; }

signals:
    void signInRequested(const QString& clientId, const QString& secret);

private:
    void submit();
    void setBusy(bool busy);

    QLineEdit* m_clientId;
    QLineEdit* m_secret;
    QLabel* m_message;
    QLabel* m_storage;
    QProgressBar* m_busy;
    QDialogButtonBox* m_buttons;
    QPointer<QPushButton> m_signInButton; // gone once signed in
    bool m_signedIn = false;
};

} // namespace CaseDesk
