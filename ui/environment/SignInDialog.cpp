#include "ui/environment/SignInDialog.h"

#include "models/api/ApiError.h"
#include "ui/widgets/PlainText.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace CaseDesk
{

using namespace Qt::StringLiterals;

namespace
{
QString withDetails(const QString& sentence, const QString& details)
{
    return details.isEmpty() ? sentence : SignInDialog::tr("%1\nDetails: %2").arg(sentence, details);
}
} // namespace

SignInDialog::SignInDialog(const QString& environmentName, QWidget* parent)
    : QDialog(parent)
    , m_clientId(new QLineEdit(this))
    , m_secret(new QLineEdit(this))
    , m_message(PlainText::label(QString(), this))
    , m_storage(PlainText::label(QString(), this))
    , m_busy(new QProgressBar(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_signInButton(m_buttons->addButton(tr("&Sign in"), QDialogButtonBox::AcceptRole))
{
    setObjectName(u"signInDialog"_s);
    // The environment's name may be the user's own (a custom server).
    PlainText::setWindowTitle(this, tr("Sign in to %1").arg(environmentName));
    auto* intro = PlainText::label(
        tr("Enter the client ID and client secret the provider issued for %1.").arg(environmentName), this);
    intro->setWordWrap(true);
    m_clientId->setObjectName(u"clientIdEdit"_s);
    m_clientId->setAccessibleName(tr("Client ID"));
    m_secret->setObjectName(u"clientSecretEdit"_s);
    m_secret->setAccessibleName(tr("Client secret"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText | Qt::ImhSensitiveData);
    m_message->setObjectName(u"signInMessage"_s);
    m_message->setAccessibleName(tr("Sign-in result"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setVisible(false);
    m_storage->setObjectName(u"secretStorageNote"_s);
    m_storage->setAccessibleName(tr("Where the secret is kept"));
    m_storage->setWordWrap(true);
    PlainText::setText(m_storage,
                       tr("CaseDesk keeps the secret in the system keychain, never in its own files; where there "
                          "is no keychain, only in memory until it quits."));
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumHeight(6);
    m_busy->setVisible(false);
    m_signInButton->setObjectName(u"signInButton"_s);
    m_signInButton->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SignInDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* form = new QFormLayout;
    form->addRow(tr("Client &ID:"), m_clientId);
    form->addRow(tr("Client &secret:"), m_secret);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_busy);
    layout->addWidget(m_message);
    layout->addWidget(m_storage);
    layout->addWidget(m_buttons);
    setMinimumWidth(480);
}

void SignInDialog::setClientId(const QString& clientId)
{
    m_clientId->setText(clientId);
    if (!clientId.isEmpty())
        m_secret->setFocus();
}

QString SignInDialog::clientId() const
{
    return m_clientId->text().trimmed();
}

void SignInDialog::setStorageNote(const QString& note)
{
    PlainText::setText(m_storage, note);
}

void SignInDialog::showMessage(const QString& message)
{
    PlainText::setText(m_message, message); // the token answer's user name, the server's errors
    m_message->setVisible(!message.isEmpty());
    // A shown dialog does not grow by itself when a wrapped message gets longer.
    if (isVisible()) {
        layout()->activate();
        resize(width(), qMax(height(), heightForWidth(width())));
    }
}

QString SignInDialog::message() const
{
    return m_message->text();
}

bool SignInDialog::isBusy() const
{
    return m_busy->isVisible();
}

void SignInDialog::setBusy(bool busy)
{
    m_busy->setVisible(busy);
    m_clientId->setReadOnly(busy);
    m_secret->setReadOnly(busy);
    if (m_signInButton)
        m_signInButton->setEnabled(!busy);
}

void SignInDialog::submit()
{
    if (m_signedIn) {
        accept();
        return;
    }
    const QString id = clientId();
    if (id.isEmpty() || m_secret->text().isEmpty()) {
        showMessage(id.isEmpty() ? tr("Enter the client ID.") : tr("Enter the client secret."));
        (id.isEmpty() ? m_clientId : m_secret)->setFocus();
        return;
    }
    setBusy(true);
    showMessage(tr("Signing in…"));
    emit signInRequested(id, m_secret->text());
}

void SignInDialog::showFailure(const ApiError& error)
{
    setBusy(false);
    QString text;
    switch (error.kind) {
    case ApiError::Kind::Unauthorized:
        text = tr("The server did not accept this client ID and secret. Check both and try again.");
        break;
    case ApiError::Kind::AccountLocked:
        text = tr("This client is locked after too many failed sign-ins. Trying again will not help: ask the "
                  "provider to unlock it.");
        break;
    case ApiError::Kind::Offline:
    case ApiError::Kind::Timeout:
        text = withDetails(tr("The server cannot be reached. Check the network connection and the proxy in "
                              "Preferences, then try again."),
                           error.technicalDetails);
        break;
    case ApiError::Kind::Tls:
        text = withDetails(tr("The server's certificate could not be trusted, so CaseDesk did not send the "
                              "secret. The connection may be intercepted; do not work around this."),
                           error.technicalDetails);
        break;
    case ApiError::Kind::InsecureUrl:
        text = error.technicalDetails.isEmpty() ? error.userMessage() : error.technicalDetails;
        break;
    default:
        text = error.userMessage();
        break;
    }
    showMessage(text);
    if (error.kind == ApiError::Kind::Unauthorized) {
        m_secret->clear();
        m_secret->setFocus();
    }
}

void SignInDialog::showSignedIn(const QString& userName)
{
    setBusy(false);
    m_signedIn = true;
    m_secret->clear();
    m_clientId->setEnabled(false);
    m_secret->setEnabled(false);
    showMessage(tr("Signed in as %1.").arg(userName));
    // Only "Close" is left to do; the box would show a hidden button again when it lays out, so they go.
    delete m_buttons->button(QDialogButtonBox::Cancel);
    delete m_signInButton;
    QPushButton* done = m_buttons->addButton(tr("&Close"), QDialogButtonBox::AcceptRole);
    done->setObjectName(u"closeButton"_s);
    done->setDefault(true);
    done->setFocus();
}

} // namespace CaseDesk
