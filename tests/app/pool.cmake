# SPDX-License-Identifier: GPL-3.0-or-later
# tessera-cli's pool command, run as the real executable. Included from tests/app/CMakeLists.txt.
tessera_add_test(tst_cli_pool SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_cli_pool.cpp LIBS tessera_core LABELS app pool)
target_compile_definitions(tst_cli_pool PRIVATE TESSERA_CLI="$<TARGET_FILE:tessera-cli>")
add_dependencies(tst_cli_pool tessera-cli)

# tessera-cli pool signin against the local engine, with a vault for TOTP codes.
tessera_add_test(tst_cli_signin SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_cli_signin.cpp LABELS app pool)
target_compile_definitions(tst_cli_signin PRIVATE TESSERA_CLI="$<TARGET_FILE:tessera-cli>")
add_dependencies(tst_cli_signin tessera-cli)
