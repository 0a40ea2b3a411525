#include "ui/preferences/PreferencesDialog.h"

#include "models/settings/Preferences.h"
#include "models/settings/Translations.h"
#include "ui/preferences/NoteTemplatesEditor.h"
#include "ui/widgets/PlainText.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QRadioButton>
#include <QSpinBox>
#include <QSystemTrayIcon>
#include <QVBoxLayout>

namespace CaseDesk
{

using namespace Qt::StringLiterals;

namespace
{
QLabel* note(const QString& text, const QString& name, QWidget* parent)
{
    auto* label = PlainText::label(text, parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

QRadioButton* radio(const QString& text, const QString& name, QButtonGroup* group, int id, QWidget* parent)
{
    auto* button = new QRadioButton(text, parent);
    button->setObjectName(name);
    group->addButton(button, id);
    return button;
}
} // namespace

PreferencesDialog::PreferencesDialog(Preferences* preferences, QWidget* parent)
    : QDialog(parent)
    , m_preferences(preferences)
{
    setObjectName(u"preferencesDialog"_s);
    setWindowTitle(tr("Preferences"));
    m_message = PlainText::label(QString(), this); // the keychain's own words
    m_message->setObjectName(u"preferencesMessage"_s);
    m_message->setWordWrap(true);
    m_message->setVisible(false);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::apply);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(makeGeneralGroup());
    layout->addWidget(makeTimesGroup());
    layout->addWidget(makeProxyGroup());
    layout->addWidget(m_message);
    layout->addStretch(1);
    layout->addWidget(buttons);
    load();
    setMinimumWidth(520);
}

QWidget* PreferencesDialog::makeGeneralGroup()
{
    auto* group = new QGroupBox(tr("General"), this);
    m_refreshMinutes = new QSpinBox(group);
    m_refreshMinutes->setObjectName(u"refreshIntervalSpin"_s);
    m_refreshMinutes->setAccessibleName(tr("Refresh interval in minutes"));
    m_refreshMinutes->setRange(int(Preferences::kMinimumRefresh.count() / 60),
                               int(Preferences::kMaximumRefresh.count() / 60));
    m_refreshMinutes->setSuffix(tr(" min"));

    m_language = new QComboBox(group);
    m_language->setObjectName(u"languageCombo"_s);
    m_language->setAccessibleName(tr("Language"));
    const QString systemLanguage = QLocale::system().nativeLanguageName();
    m_language->addItem(systemLanguage.isEmpty() ? tr("Follow the system")
                                                 : tr("Follow the system (%1)").arg(systemLanguage),
                        QString());
    const QStringList codes = Translations::availableLanguages();
    for (const QString& code : codes) {
        // Each language by its own name, as people look for it: "Deutsch", "Français".
        const QLocale locale(code);
        QString native = locale.nativeLanguageName();
        if (native.isEmpty())
            native = code;
        native[0] = locale.toUpper(native.left(1)).at(0);
        m_language->addItem(native, code);
    }
    m_languageNote = note(tr("Language changes apply after a restart."), u"languageRestartNote"_s, group);
    m_languageNote->setVisible(false);
    connect(m_language, &QComboBox::currentIndexChanged, this, &PreferencesDialog::updateLanguageNote);

    m_notifications = new QCheckBox(tr("Show a desktop noti&fication when a case's status changes"), group);
    m_notifications->setObjectName(u"notificationsCheck"_s);

    auto* form = new QFormLayout(group);
    form->addRow(tr("&Refresh open cases every:"), m_refreshMinutes);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), m_languageNote);
    form->addRow(m_notifications);
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        form->addRow(note(tr("This desktop has no system tray, so notifications cannot be shown here."),
                          u"noTrayNote"_s, group));
    return group;
}

QWidget* PreferencesDialog::makeTimesGroup()
{
    auto* group = new QGroupBox(tr("Show times"), this);
    m_times = new QButtonGroup(group);
    auto* layout = new QVBoxLayout(group);
    layout->addWidget(radio(tr("In this &computer's local time"), u"timeLocalRadio"_s, m_times,
                            int(TimeDisplay::Mode::Local), group));
    layout->addWidget(radio(tr("In &UTC"), u"timeUtcRadio"_s, m_times, int(TimeDisplay::Mode::Utc), group));
    layout->addWidget(radio(tr("In the &site's local time (the case's IBX)"), u"timeSiteRadio"_s, m_times,
                            int(TimeDisplay::Mode::Site), group));
    return group;
}

QWidget* PreferencesDialog::makeProxyGroup()
{
    auto* group = new QGroupBox(tr("Network proxy"), this);
    m_proxyMode = new QButtonGroup(group);
    m_proxyHost = new QLineEdit(group);
    m_proxyHost->setObjectName(u"proxyHostEdit"_s);
    m_proxyHost->setAccessibleName(tr("Proxy host"));
    m_proxyPort = new QSpinBox(group);
    m_proxyPort->setObjectName(u"proxyPortSpin"_s);
    m_proxyPort->setAccessibleName(tr("Proxy port"));
    m_proxyPort->setRange(1, 65535);
    m_proxyPort->setValue(8080);
    m_proxyUser = new QLineEdit(group);
    m_proxyUser->setObjectName(u"proxyUserEdit"_s);
    m_proxyUser->setAccessibleName(tr("Proxy user name"));
    m_proxyUser->setPlaceholderText(tr("if the proxy asks for one"));
    m_proxyPassword = new QLineEdit(group);
    m_proxyPassword->setObjectName(u"proxyPasswordEdit"_s);
    m_proxyPassword->setAccessibleName(tr("Proxy password"));
    m_proxyPassword->setEchoMode(QLineEdit::Password);

    auto* layout = new QVBoxLayout(group);
    layout->addWidget(radio(tr("Use the s&ystem's proxy settings"), u"proxySystemRadio"_s, m_proxyMode,
                            int(ProxySettings::Mode::System), group));
    layout->addWidget(radio(tr("&No proxy"), u"proxyNoneRadio"_s, m_proxyMode, int(ProxySettings::Mode::None), group));
    layout->addWidget(
        radio(tr("&Manual HTTP proxy:"), u"proxyManualRadio"_s, m_proxyMode, int(ProxySettings::Mode::Manual), group));
    auto* form = new QFormLayout;
    form->setContentsMargins(24, 0, 0, 0);
    form->addRow(tr("&Host:"), m_proxyHost);
    form->addRow(tr("&Port:"), m_proxyPort);
    form->addRow(tr("Us&er:"), m_proxyUser);
    form->addRow(tr("Pass&word:"), m_proxyPassword);
    layout->addLayout(form);
    layout->addWidget(note(tr("The proxy password is kept in the system keychain. The local sandbox runs on this "
                              "computer and is always reached directly."),
                           u"proxyNote"_s, group));
    connect(m_proxyMode, &QButtonGroup::idToggled, this, &PreferencesDialog::updateProxyFields);
    return group;
}

void PreferencesDialog::load()
{
    m_refreshMinutes->setValue(int(m_preferences->refreshInterval().count() / 60));
    m_loadedLanguage = m_preferences->language();
    const int index = m_language->findData(m_loadedLanguage);
    m_language->setCurrentIndex(index < 0 ? 0 : index);
    m_times->button(int(m_preferences->timeDisplay()))->setChecked(true);
    m_notifications->setChecked(m_preferences->statusNotifications());
    const ProxySettings proxy = m_preferences->proxy();
    m_proxyMode->button(int(proxy.mode))->setChecked(true);
    if (proxy.mode == ProxySettings::Mode::Manual) {
        m_proxyHost->setText(proxy.host);
        m_proxyPort->setValue(proxy.port);
        m_proxyUser->setText(proxy.user);
    }
    updateProxyFields();
    updateLanguageNote();
}

void PreferencesDialog::setProxyPassword(const QString& password)
{
    m_proxyPassword->setText(password);
}

ProxySettings PreferencesDialog::proxy() const
{
    ProxySettings proxy;
    proxy.mode = ProxySettings::Mode(m_proxyMode->checkedId());
    if (proxy.mode != ProxySettings::Mode::Manual)
        return proxy;
    proxy.host = m_proxyHost->text().trimmed();
    proxy.port = quint16(m_proxyPort->value());
    proxy.user = m_proxyUser->text().trimmed();
    proxy.password = proxy.user.isEmpty() ? QString() : m_proxyPassword->text();
    return proxy;
}

QString PreferencesDialog::message() const
{
    return m_message->text();
}

void PreferencesDialog::updateProxyFields()
{
    const bool manual = m_proxyMode->checkedId() == int(ProxySettings::Mode::Manual);
    for (QWidget* field : {static_cast<QWidget*>(m_proxyHost), static_cast<QWidget*>(m_proxyPort),
                           static_cast<QWidget*>(m_proxyUser), static_cast<QWidget*>(m_proxyPassword)})
        field->setEnabled(manual);
}

void PreferencesDialog::updateLanguageNote()
{
    m_languageNote->setVisible(m_language->currentData().toString() != m_loadedLanguage);
}

void PreferencesDialog::setNoteTemplates(NoteTemplates* templates)
{
    if (m_templatesEditor || !templates)
        return;
    m_templatesEditor = new NoteTemplatesEditor(templates, this);
    auto* layout = qobject_cast<QVBoxLayout*>(this->layout());
    layout->insertWidget(layout->indexOf(m_message), m_templatesEditor);
}

void PreferencesDialog::apply()
{
    const ProxySettings chosen = proxy();
    if (chosen.mode == ProxySettings::Mode::Manual && chosen.host.isEmpty()) {
        PlainText::setText(m_message, tr("Enter the proxy's host name, or choose another proxy setting."));
        m_message->setVisible(true);
        m_proxyHost->setFocus();
        return;
    }
    m_preferences->setRefreshInterval(std::chrono::minutes(m_refreshMinutes->value()));
    m_preferences->setLanguage(m_language->currentData().toString());
    m_preferences->setTimeDisplay(TimeDisplay::Mode(m_times->checkedId()));
    m_preferences->setStatusNotifications(m_notifications->isChecked());
    emit proxyChosen(chosen); // before saving: listeners still see the previous proxy in the preferences
    m_preferences->setProxy(chosen);
    if (m_templatesEditor)
        m_templatesEditor->apply();
    accept();
}

} // namespace CaseDesk
