# SPDX-License-Identifier: GPL-3.0-or-later
# One place for warnings and Qt string hygiene; every Mailscout target calls mailscout_target_defaults().

function(mailscout_target_defaults target)
    target_compile_options(${target} PRIVATE
        -Wall -Wextra -Wpedantic -Wshadow -Wold-style-cast -Wnon-virtual-dtor -Woverloaded-virtual)
    if(MAILSCOUT_WERROR)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
    target_compile_definitions(${target} PRIVATE
        QT_NO_CAST_FROM_ASCII
        QT_NO_CAST_TO_ASCII
        QT_NO_CAST_FROM_BYTEARRAY
        QT_NO_URL_CAST_FROM_STRING
        QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
        QT_NO_FOREACH
        QT_NO_KEYWORDS
        QT_USE_QSTRINGBUILDER
        QT_NO_CONTEXTLESS_CONNECT
        QT_DISABLE_DEPRECATED_BEFORE=0x060400
        QT_DISABLE_DEPRECATED_UP_TO=0x060400
        MAILSCOUT_VERSION="${PROJECT_VERSION}")
endfunction()
