# SPDX-License-Identifier: GPL-3.0-or-later
# Windows: everything the three programs need lands in the install prefix, and CPack's NSIS generator turns it
# into mailscout-<version>-win64.exe (start-menu shortcut, licence page, optional PATH entry, uninstaller).
#
#   <prefix>/bin/mailscout.exe, mailscout-cli.exe, mailscout-render.exe
#   <prefix>/bin/Qt6*.dll (windeployqt), the MSVC runtime, libgsasl/libpsl/libidn2/... (vcpkg), libssl/libcrypto
#   <prefix>/bin/qt.conf (Plugins = ../plugins)
#   <prefix>/plugins/platforms, styles, imageformats, tls/qopensslbackend.dll, ... (windeployqt)

# Qt's deployment (windeployqt) for each program. qt_generate_deploy_app_script is a technical preview in Qt 6.4
# and takes only TARGET and FILENAME_VARIABLE here; each script runs windeployqt on bin/<program>.exe with
# --force and writes bin/qt.conf. windeployqt adds the "tls" plugins (OpenSSL, Schannel) for QtNetwork users.
foreach(_target mailscout mailscout-cli mailscout-render)
    qt_generate_deploy_app_script(TARGET ${_target} FILENAME_VARIABLE _deploy_script)
    install(SCRIPT ${_deploy_script})
endforeach()

# The OpenSSL backend explicitly, so a windeployqt that leaves the tls plugins out cannot break TLS: Mailscout
# needs it (certificate chains, STARTTLS, the cipher details the Schannel backend does not report).
if(NOT TARGET Qt6::QTlsBackendOpenSSLPlugin) # Qt6NetworkPlugins.cmake normally defines it; else ask directly
    find_package(Qt6QTlsBackendOpenSSLPlugin CONFIG QUIET PATHS ${Qt6Network_DIR} NO_DEFAULT_PATH)
endif()
if(TARGET Qt6::QTlsBackendOpenSSLPlugin)
    install(FILES $<TARGET_FILE:Qt6::QTlsBackendOpenSSLPlugin> DESTINATION plugins/tls)
else()
    message(WARNING "Qt's OpenSSL TLS backend plugin (Qt6::QTlsBackendOpenSSLPlugin) was not found: "
                    "the installer would only have Schannel")
endif()

# Qt loads OpenSSL at run time (it is not a link dependency), so windeployqt does not copy it: ship
# libssl-*.dll and libcrypto-*.dll beside the executables, where Qt looks first. They must be the OpenSSL
# major version the Qt build was made for (Qt 6.4's installer: the "OpenSSL Toolkit" in Tools; qtdiag tells).
set(MAILSCOUT_OPENSSL_BIN_DIR "" CACHE PATH
    "Windows: folder holding libssl-*.dll and libcrypto-*.dll to ship beside the executables")
set(_openssl_dir "${MAILSCOUT_OPENSSL_BIN_DIR}")
if(NOT _openssl_dir)
    find_package(OpenSSL QUIET)
    if(OPENSSL_INCLUDE_DIR)
        get_filename_component(_openssl_dir "${OPENSSL_INCLUDE_DIR}/../bin" ABSOLUTE)
    endif()
endif()
file(GLOB _openssl_dlls "${_openssl_dir}/libssl-*.dll" "${_openssl_dir}/libcrypto-*.dll")
if(_openssl_dlls)
    install(FILES ${_openssl_dlls} DESTINATION ${CMAKE_INSTALL_BINDIR})
else()
    message(WARNING "No libssl-*.dll/libcrypto-*.dll found (set MAILSCOUT_OPENSSL_BIN_DIR): the installer "
                    "would depend on an OpenSSL installed elsewhere on the user's PATH")
endif()

# GNU SASL, libpsl and their dependencies (libidn2, libunistring, iconv, ... from vcpkg) are ordinary DLL
# dependencies windeployqt does not know about: CMake resolves them from the folders pkg-config found them in.
install(TARGETS mailscout mailscout-cli mailscout-render RUNTIME_DEPENDENCY_SET mailscout_dlls
        RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(RUNTIME_DEPENDENCY_SET mailscout_dlls
    PRE_EXCLUDE_REGEXES "^api-ms-" "^ext-ms-" "^[Qq]t6" # the system's, and Qt's (windeployqt's job)
    POST_EXCLUDE_REGEXES "[/\\\\][Ss]ystem32[/\\\\]" "[/\\\\][Ss]ys[Ww][Oo][Ww]64[/\\\\]"
    DIRECTORIES ${GSASL_PREFIX}/bin ${LIBPSL_PREFIX}/bin ${GSASL_LIBRARY_DIRS} ${LIBPSL_LIBRARY_DIRS}
                ${GSASL_LIBRARY_DIRS}/../bin ${LIBPSL_LIBRARY_DIRS}/../bin
    RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})

# The MSVC runtime (msvcp140.dll, vcruntime140.dll, ...) beside the programs, so no VC++ redistributable is needed.
set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION ${CMAKE_INSTALL_BINDIR})
include(InstallRequiredSystemLibraries)

set(CPACK_GENERATOR NSIS ZIP)
set(CPACK_PACKAGE_INSTALL_DIRECTORY Mailscout)
set(CPACK_PACKAGE_EXECUTABLES mailscout Mailscout) # start-menu shortcut "Mailscout" to bin\mailscout.exe
set(CPACK_NSIS_EXECUTABLES_DIRECTORY bin)
set(CPACK_NSIS_PACKAGE_NAME Mailscout)
set(CPACK_NSIS_DISPLAY_NAME "Mailscout ${PROJECT_VERSION}")
file(TO_NATIVE_PATH ${CMAKE_CURRENT_LIST_DIR}/mailscout.ico _ico)
set(CPACK_NSIS_MUI_ICON ${_ico})
set(CPACK_NSIS_MUI_UNIICON ${_ico})
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\mailscout.exe") # Apps & features shows the program's own icon
set(CPACK_NSIS_CONTACT "packaging@mailscout.org")
set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_MODIFY_PATH ON) # offers to put bin\ (mailscout-cli) on PATH; the uninstaller takes it off
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MANIFEST_DPI_AWARE ON)
set(CPACK_NSIS_UNINSTALL_NAME Uninstall)
# CPACK_RESOURCE_FILE_LICENSE (LICENSE, the GPL) is the licence page; NSIS always writes an uninstaller and
# registers it under Apps & features.
