# SPDX-License-Identifier: GPL-3.0-or-later
# What Mailscout.app's Info.plist says (packaging/macos/Info.plist.in), as target properties for the mailscout
# target. app/CMakeLists.txt sets them on macOS; tests/packaging configures the template with the same values
# on every system, so the test checks the plist a Mac build would get.
set(MAILSCOUT_MACOS_BUNDLE_NAME Mailscout) # Mailscout.app/Contents/MacOS/Mailscout
set(MAILSCOUT_MACOS_BUNDLE_PROPERTIES
    MACOSX_BUNDLE_INFO_PLIST ${CMAKE_CURRENT_LIST_DIR}/Info.plist.in
    MACOSX_BUNDLE_GUI_IDENTIFIER org.mailscout.Mailscout
    MACOSX_BUNDLE_BUNDLE_NAME ${MAILSCOUT_MACOS_BUNDLE_NAME}
    MACOSX_BUNDLE_EXECUTABLE_NAME ${MAILSCOUT_MACOS_BUNDLE_NAME}
    MACOSX_BUNDLE_BUNDLE_VERSION ${PROJECT_VERSION}
    MACOSX_BUNDLE_SHORT_VERSION_STRING ${PROJECT_VERSION}
    MACOSX_BUNDLE_ICON_FILE Mailscout.icns
    MACOSX_BUNDLE_COPYRIGHT "Copyright the Mailscout developers, GPL-3.0-or-later"
)
set(MAILSCOUT_MACOS_ICON ${CMAKE_CURRENT_LIST_DIR}/Mailscout.icns)

# LSMinimumSystemVersion: the deployment target when one is set, else the macOS this is built on (Homebrew's
# Qt and libraries are built for it, so older systems could not run the bundle anyway).
if(CMAKE_OSX_DEPLOYMENT_TARGET)
    set(MAILSCOUT_MACOS_MINIMUM_SYSTEM ${CMAKE_OSX_DEPLOYMENT_TARGET})
elseif(CMAKE_HOST_APPLE)
    execute_process(COMMAND sw_vers -productVersion OUTPUT_VARIABLE _macos_version OUTPUT_STRIP_TRAILING_WHITESPACE)
    string(REGEX MATCH "^[0-9]+\\.[0-9]+" MAILSCOUT_MACOS_MINIMUM_SYSTEM "${_macos_version}")
endif()
if(NOT MAILSCOUT_MACOS_MINIMUM_SYSTEM)
    set(MAILSCOUT_MACOS_MINIMUM_SYSTEM 11.0)
endif()
