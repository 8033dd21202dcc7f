# SPDX-FileCopyrightText: 2026 Buurtmunt contributors
# SPDX-License-Identifier: EUPL-1.2
# One interface target carries the language level, warnings and Qt's safety
# macros for every target of the project.
add_library(buurtmunt_build_flags INTERFACE)
target_compile_features(buurtmunt_build_flags INTERFACE cxx_std_20)
target_compile_options(buurtmunt_build_flags INTERFACE -Wall -Wextra -pedantic)
if(BUURTMUNT_WERROR)
    target_compile_options(buurtmunt_build_flags INTERFACE -Werror)
endif()
target_compile_definitions(buurtmunt_build_flags INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_USE_QSTRINGBUILDER
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_FOREACH
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    ZX_USE_UTF8
    BUURTMUNT_VERSION="${PROJECT_VERSION}")
if(BUURTMUNT_SANITIZE)
    target_compile_options(buurtmunt_build_flags INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(buurtmunt_build_flags INTERFACE -fsanitize=address,undefined)
endif()
