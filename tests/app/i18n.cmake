# SPDX-License-Identifier: GPL-3.0-or-later
# tessera-cli speaks the language LANGUAGE, LC_ALL, LC_MESSAGES or LANG name. Included from
# tests/app/CMakeLists.txt.
tessera_add_test(tst_cli_translations SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_cli_translations.cpp
                 LIBS tessera_core LABELS app i18n)
target_compile_definitions(tst_cli_translations PRIVATE TESSERA_CLI="$<TARGET_FILE:tessera-cli>")
add_dependencies(tst_cli_translations tessera-cli)
