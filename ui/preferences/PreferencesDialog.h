#pragma once

#include "models/api/ApiClient.h"
#include "models/presentation/TimeDisplay.h"

#include <QDialog>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace CaseDesk
{

class NoteTemplates;
class NoteTemplatesEditor;
class Preferences;

/*
 * File ▸ Preferences: how often open cases refresh, the language, how times are shown, desktop notifications,
 * the network proxy and (setNoteTemplates) the environment's note templates. OK writes everything to Preferences (which
 * emits changed() per item); the proxy, password included, also goes out through proxyChosen so the caller can keep the
 * password in the keychain and hand the proxy to the network layer.
 *
 *     auto* dialog = new PreferencesDialog(preferences, window);
 *     dialog->setProxyPassword(currentProxyPassword);
 *     connect(dialog, &PreferencesDialog::proxyChosen, this, &PreferencesController::onProxyChosen);
 *     dialog->open();
 */
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(Preferences* preferences, QWidget* parent = nullptr);

    void setProxyPassword(const QString& password);
    // The environment's note templates, edited in their own group and written on OK (not owned).
    void setNoteTemplates(NoteTemplates* templates);
    NoteTemplatesEditor* templatesEditor() const { return m_templatesEditor; }
    // What the fields say now (password included), whether or not it was applied.
    ProxySettings proxy() const;
    QString message() const;

signals:
    void proxyChosen(const ProxySettings& proxy);

private:
    QWidget* makeGeneralGroup();
    QWidget* makeTimesGroup();
    QWidget* makeProxyGroup();
    void load();
    void updateProxyFields();
    void updateLanguageNote();
    void apply();

    Preferences* m_preferences;
    QSpinBox* m_refreshMinutes = nullptr;
    QComboBox* m_language = nullptr;
    QLabel* m_languageNote = nullptr;
    QButtonGroup* m_times = nullptr;
    QCheckBox* m_notifications = nullptr;
    QButtonGroup* m_proxyMode = nullptr;
    QLineEdit* m_proxyHost = nullptr;
    QSpinBox* m_proxyPort = nullptr;
    QLineEdit* m_proxyUser = nullptr;
    QLineEdit* m_proxyPassword = nullptr;
    QLabel* m_message = nullptr;
    NoteTemplatesEditor* m_templatesEditor = nullptr;
    QString m_loadedLanguage;
};

} // namespace CaseDesk
