# SPDX-License-Identifier: GPL-3.0-or-later
# Windows and macOS packaging, included from packaging/CMakeLists.txt instead of the freedesktop
# layout. Written from Qt's and CPack's documentation; not built on this project's CI machine
# (Linux) yet — packaging/README.md says what the first build on each platform has to confirm.
#
# Both copy Qt and its plugins next to the program with Qt's deployment script (windeployqt on
# Windows, macdeployqt on macOS), then CPack wraps the result.
qt_generate_deploy_app_script(TARGET tessera OUTPUT_SCRIPT tessera_deploy_script
                              NO_UNSUPPORTED_PLATFORM_ERROR)
install(SCRIPT "${tessera_deploy_script}")

set(CPACK_PACKAGE_NAME "Tessera")
set(CPACK_PACKAGE_VENDOR "Tessera")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Two-factor authenticator and MFA console for user pools")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Tessera")
set(CPACK_STRIP_FILES ON)

if(WIN32)
    # NSIS: a per-machine installer with Start menu entry, uninstaller, and tessera-cli on PATH.
    # The vault lives in %APPDATA%\Tessera and the keyring is Windows Credential Manager (through
    # QtKeychain); the uninstaller touches neither.
    set(CPACK_GENERATOR "NSIS")
    set(CPACK_PACKAGE_EXECUTABLES "tessera" "Tessera")
    set(CPACK_CREATE_DESKTOP_LINKS "tessera")
    set(CPACK_NSIS_DISPLAY_NAME "Tessera")
    set(CPACK_NSIS_PACKAGE_NAME "Tessera ${PROJECT_VERSION}")
    set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\tessera.exe")
    set(CPACK_NSIS_MODIFY_PATH ON)
    set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
    set(CPACK_NSIS_MUI_FINISHPAGE_RUN "tessera.exe")
elseif(APPLE)
    # A drag-and-drop DMG holding Tessera.app. tessera-cli is inside the bundle
    # (Tessera.app/Contents/MacOS/tessera-cli); packaging/README.md shows the link to make.
    set(CPACK_GENERATOR "DragNDrop")
    set(CPACK_DMG_VOLUME_NAME "Tessera ${PROJECT_VERSION}")
    set(CPACK_DMG_FORMAT "UDZO")
    install(PROGRAMS "$<TARGET_FILE:tessera-cli>" DESTINATION "tessera.app/Contents/MacOS")
endif()
include(CPack)
