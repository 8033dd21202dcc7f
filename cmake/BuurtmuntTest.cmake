# SPDX-FileCopyrightText: 2026 Buurtmunt contributors
# SPDX-License-Identifier: EUPL-1.2
# buurtmunt_add_test(TestName SOURCES a.cpp ... LIBS target ... [LABELS l ...] [ENVIRONMENT K=V ...] [TIMEOUT s])
# Every test is registered the same way: offscreen Qt platform, a fixed
# locale, the server binary's path, and the label of its layer.
function(buurtmunt_add_test name)
    cmake_parse_arguments(ARG "" "TIMEOUT" "SOURCES;LIBS;LABELS;ENVIRONMENT" ${ARGN})
    add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE buurtmunt_build_flags Qt6::Test ${ARG_LIBS})
    target_include_directories(${name} PRIVATE ${PROJECT_SOURCE_DIR}/tests/support)
    add_test(NAME ${name} COMMAND ${name})
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 300)
    endif()
    set(env
        QT_QPA_PLATFORM=offscreen
        LANG=C.UTF-8
        LC_ALL=C.UTF-8
        QT_LOGGING_RULES=qt.qpa.*=false
        BUURTMUNT_SOURCE_DIR=${PROJECT_SOURCE_DIR}
        ${ARG_ENVIRONMENT})
    if(TARGET buurtmunt-server)
        list(APPEND env BUURTMUNT_SERVER_BIN=$<TARGET_FILE:buurtmunt-server>)
    endif()
    if(TARGET buurtmunt)
        list(APPEND env BUURTMUNT_APP_BIN=$<TARGET_FILE:buurtmunt>)
    endif()
    set_tests_properties(${name} PROPERTIES
        ENVIRONMENT "${env}"
        TIMEOUT ${ARG_TIMEOUT}
        LABELS "${ARG_LABELS}")
endfunction()
