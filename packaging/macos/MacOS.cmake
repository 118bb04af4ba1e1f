# SPDX-License-Identifier: GPL-3.0-or-later
# macOS: Mailscout.app, self-contained, in a DMG (CPack DragNDrop, with the usual Applications link):
#
#   Mailscout.app/Contents/MacOS/Mailscout          the wizard (CFBundleExecutable)
#   Mailscout.app/Contents/MacOS/mailscout-cli      the CLI, beside the renderer it runs
#   Mailscout.app/Contents/MacOS/mailscout-render   HTML to PDF, found by the wizard and the CLI in their own dir
#   Mailscout.app/Contents/Frameworks               Qt, libgsasl, libpsl, OpenSSL, ... (macdeployqt)
#   Mailscout.app/Contents/PlugIns                  platforms/cocoa, tls/libqopensslbackend, ... (macdeployqt)
#   Mailscout.app/Contents/Resources/Mailscout.icns
#
# The helpers live inside the bundle because PdfRenderer looks for mailscout-render in the running program's
# directory (Contents/MacOS for the wizard), and so that they share the bundle's Frameworks through
# @executable_path/../Frameworks instead of a second copy of Qt. For a shell, link or wrap
# /Applications/Mailscout.app/Contents/MacOS/mailscout-cli (README).

include(${CMAKE_CURRENT_LIST_DIR}/Bundle.cmake)
set(_bundle ${MAILSCOUT_MACOS_BUNDLE_NAME}.app)

# app/CMakeLists.txt also installs mailscout-cli and mailscout-render to bin/ (the Linux layout); on macOS the
# copies built into the bundle are the shipped ones, and a bin/ beside Mailscout.app would reference the build
# machine's Qt. Install scripts run in directory order, so this runs after app/'s rules.
install(CODE "file(REMOVE_RECURSE \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/bin\")")

# macdeployqt. In Qt 6.4, qt_generate_deploy_app_script only accepts bundle targets and cannot name further
# executables, so the generated script covers the wizard, and the lower-level qt_deploy_runtime_dependencies
# (same QT_DEPLOY_SUPPORT) runs macdeployqt once more with -executable= for the two helpers inside the bundle,
# which rewrites their library references to the bundle's Frameworks.
qt_generate_deploy_app_script(TARGET mailscout FILENAME_VARIABLE _deploy_script)
install(SCRIPT ${_deploy_script})
file(GENERATE OUTPUT ${CMAKE_CURRENT_BINARY_DIR}/deploy-macos-helpers.cmake CONTENT "
include(\"${QT_DEPLOY_SUPPORT}\")
qt_deploy_runtime_dependencies(
    EXECUTABLE ${_bundle}
    ADDITIONAL_EXECUTABLES ${_bundle}/Contents/MacOS/mailscout-cli ${_bundle}/Contents/MacOS/mailscout-render
)
")
install(SCRIPT ${CMAKE_CURRENT_BINARY_DIR}/deploy-macos-helpers.cmake)

# macdeployqt rewrites the binaries, which breaks their signatures; Apple silicon runs nothing unsigned. Sign the
# whole bundle: ad hoc ("-") by default, or with a Developer ID for distribution (then notarize the DMG).
set(MAILSCOUT_CODESIGN_IDENTITY "-" CACHE STRING "macOS: codesign identity for Mailscout.app (- = ad hoc)")
if(MAILSCOUT_CODESIGN_IDENTITY STREQUAL "-")
    set(_sign_options --timestamp=none) # hardened runtime's library validation rejects ad hoc signed frameworks
else()
    set(_sign_options "--options runtime --timestamp") # what notarization requires
endif()
install(CODE "execute_process(COMMAND codesign --force --deep ${_sign_options}
                                      --sign \"${MAILSCOUT_CODESIGN_IDENTITY}\"
                                      \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/${_bundle}\"
                              COMMAND_ERROR_IS_FATAL ANY)")

set(CPACK_GENERATOR DragNDrop)
set(CPACK_PACKAGE_FILE_NAME Mailscout-${PROJECT_VERSION}-macOS)
set(CPACK_DMG_VOLUME_NAME Mailscout)
set(CPACK_DMG_FORMAT UDZO)
set(CPACK_PACKAGE_ICON ${MAILSCOUT_MACOS_ICON})
# No stripping by CPack: the bundle is signed as installed, and a Release build carries no debug info anyway.
set(CPACK_STRIP_FILES OFF)
