#pragma once

#include <QByteArray>

QT_BEGIN_NAMESPACE
class QSettings;
QT_END_NAMESPACE

namespace CaseDesk
{

/*
 * How the user arranged parts of the window, kept across runs in the app's QSettings (keys spelled once, in
 * the .cpp): whether the main toolbar shows, and where the handle between a case's notes and its composer was
 * left (QSplitter::saveState()).
 *
 *     ViewState state(&settings);
 *     toolBar->setVisible(state.toolBarVisible());
 *     pane->restoreLayout(state.notesSplitter());
 *
 * Window size, position and open tabs are not kept here.
 */
class ViewState
{
public:
    explicit ViewState(QSettings* settings);

    // Shown unless the user hid it.
    bool toolBarVisible() const;
    void setToolBarVisible(bool visible);
    // Empty until the user first moves the handle.
    QByteArray notesSplitter() const;
    void setNotesSplitter(const QByteArray& state);

private:
    QSettings* m_settings;
};

} // namespace CaseDesk
