# CPack: a Debian package (casedesk_<version>_<arch>.deb) of the install() rules. `./dev package` builds it in
# build-package/ (Release, without tests). Install it with `sudo apt-get install ./casedesk_*.deb`.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME casedesk)
set(CPACK_PACKAGE_VENDOR "CaseDesk")
set(CPACK_PACKAGE_CONTACT "CaseDesk maintainers <casedesk@users.noreply.github.com>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "desktop client for the Case Management API")
set(CPACK_PACKAGE_DESCRIPTION
    "CaseDesk opens, follows and updates data-center support cases through the provider's Case Management API:
trouble tickets and cases, their status history and notes, attachments, drafts and an outbox that works
offline. It comes with casedesk-sandbox, a local server of the same API, which it starts on its own.")
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
# Shared libraries come from dpkg-shlibdeps (package dpkg-dev). Qt's plug-ins are loaded at run time, so
# shlibdeps cannot see them: the platform plug-ins (xcb), the SQLite driver of Qt SQL and the SVG icon engine
# (icon themes and the toolbar's own icons) are named here.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, libqt6sql6-sqlite, libqt6svg6")
# Qt's own dialogs in German and French; Wayland without XWayland; a keychain for the client secrets.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, qt6-wayland, gnome-keyring | libkf5wallet-bin")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "xdg-utils")
# dpkg triggers of desktop-file-utils and hicolor-icon-theme refresh the menus, the handler of casedesk://
# links and the icon cache; the package needs no scripts of its own.

include(CPack)
