# SPDX-License-Identifier: GPL-3.0-or-later
# tessera-cli import and export, run as the real executable. Included from tests/app/CMakeLists.txt.
tessera_add_test(tst_cli_transfer SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_cli_transfer.cpp LIBS tessera_core LABELS app transfer)
target_compile_definitions(tst_cli_transfer PRIVATE TESSERA_CLI="$<TARGET_FILE:tessera-cli>")
add_dependencies(tst_cli_transfer tessera-cli)
