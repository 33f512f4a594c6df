# SPDX-License-Identifier: GPL-3.0-or-later
# tessera_add_test(NAME SOURCES... [LIBS ...] [LABELS ...]): one Qt Test executable, one ctest test.
# Tests see TESSERA_TESTDATA_DIR (the shared corpora, may be absent) and TESSERA_TEST_DATA
# (the project's own copies under tests/data, always present).
function(tessera_add_test name)
    cmake_parse_arguments(ARG "" "" "SOURCES;LIBS;LABELS" ${ARGN})
    qt_add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE Qt6::Test ${ARG_LIBS})
    tessera_set_warnings(${name})
    target_compile_definitions(${name} PRIVATE
        TESSERA_TESTDATA_DIR="${TESSERA_TESTDATA_DIR}"
        TESSERA_TEST_DATA="${PROJECT_SOURCE_DIR}/tests/data")
    add_test(NAME ${name} COMMAND ${name})
    # Sanitizer options (and tests/lsan.supp, the leaks of system libraries that are not ours to
    # fix) come from the asan test preset in CMakePresets.json, so they reach every test.
    set_tests_properties(${name} PROPERTIES
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen"
        LABELS "${ARG_LABELS}")
endfunction()
