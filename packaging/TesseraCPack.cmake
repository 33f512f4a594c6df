# SPDX-License-Identifier: GPL-3.0-or-later
# CPack: `cpack -G DEB` and `cpack -G RPM` in a build tree (or `cmake --build <dir> --target
# package`) make tessera_<version>-1_<arch>.deb and tessera-<version>-1.<arch>.rpm from what
# `cmake --install` puts down. Dependencies are computed from the executables' shared libraries.
set(CPACK_PACKAGE_NAME "tessera")
set(CPACK_PACKAGE_VENDOR "Tessera")
set(CPACK_PACKAGE_CONTACT "${TESSERA_PACKAGE_CONTACT}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "two-factor authenticator and MFA console for user pools")
set(CPACK_PACKAGE_DESCRIPTION_FILE "${CMAKE_CURRENT_SOURCE_DIR}/description.txt")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
set(CPACK_STRIP_FILES ON)
set(CPACK_SOURCE_IGNORE_FILES "/build/" "/\\\\.git/")

# Debian 12 / Ubuntu 22.04+.
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_SECTION "utils")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Qt loads these as plugins, so shlibdeps cannot see them: the X11/Wayland platform plugins,
# the SVG icon engine (the application's icons), SQLite (the local pool store).
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, qt6-svg-plugins, libqt6sql6-sqlite")
# qt6-translations-l10n: Qt's own texts (dialog buttons, --help) in the user's language.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland, xdg-desktop-portal, qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "gnome-keyring | kwalletmanager")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

# Fedora names.
set(CPACK_RPM_FILE_NAME RPM-DEFAULT)
set(CPACK_RPM_PACKAGE_RELEASE 1)
set(CPACK_RPM_PACKAGE_LICENSE "GPL-3.0-or-later AND CC0-1.0")
set(CPACK_RPM_PACKAGE_GROUP "Applications/System")
set(CPACK_RPM_PACKAGE_AUTOREQ ON)
set(CPACK_RPM_PACKAGE_REQUIRES "qt6-qtsvg, qt6-qtbase-gui")
set(CPACK_RPM_PACKAGE_SUGGESTS "qt6-qtwayland, qt6-qttranslations")
# RPM's summary starts with a capital letter (Debian's does not).
set(CPACK_RPM_PACKAGE_SUMMARY "Two-factor authenticator and MFA console for user pools")
set(CPACK_RPM_SPEC_MORE_DEFINE "%define packager ${TESSERA_PACKAGE_CONTACT}")
file(READ "${CPACK_PACKAGE_DESCRIPTION_FILE}" CPACK_RPM_PACKAGE_DESCRIPTION)
# The standard directories belong to the filesystem package; the package owns only its own.
set(CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
    /usr/share/applications /usr/share/metainfo /usr/share/icons /usr/share/icons/hicolor
    /usr/share/man /usr/share/man/man1 /usr/share/bash-completion
    /usr/share/bash-completion/completions /usr/share/zsh /usr/share/zsh/vendor-completions
    /usr/share/fish /usr/share/fish/vendor_completions.d /usr/share/lintian
    /usr/share/lintian/overrides /usr/share/doc)
foreach(size IN LISTS TESSERA_ICON_SIZES ITEMS scalable symbolic)
    if(size STREQUAL "scalable" OR size STREQUAL "symbolic")
        set(dir "/usr/share/icons/hicolor/${size}")
    else()
        set(dir "/usr/share/icons/hicolor/${size}x${size}")
    endif()
    list(APPEND CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION "${dir}" "${dir}/apps")
endforeach()

set(CPACK_GENERATOR "DEB;RPM")
include(CPack)
