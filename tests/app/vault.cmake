# SPDX-License-Identifier: GPL-3.0-or-later
# tessera-cli's vault commands, run as the real executable. Included from tests/app/CMakeLists.txt.
tessera_add_test(tst_cli_vault SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_cli_vault.cpp LIBS tessera_core LABELS app vault)
target_compile_definitions(tst_cli_vault PRIVATE TESSERA_CLI="$<TARGET_FILE:tessera-cli>")
add_dependencies(tst_cli_vault tessera-cli)
