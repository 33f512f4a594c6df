# SPDX-License-Identifier: GPL-3.0-or-later
# fuzz_vault_file: the vault header and payload parsers. Included from tests/fuzz/CMakeLists.txt
# after tessera_add_fuzzer is defined; adds core/vault's sources to the fuzzer's own build.
file(GLOB TESSERA_FUZZ_VAULT_SOURCES CONFIGURE_DEPENDS "${PROJECT_SOURCE_DIR}/core/vault/*.cpp")
tessera_add_fuzzer(fuzz_vault_file)
target_sources(fuzz_vault_file PRIVATE ${TESSERA_FUZZ_VAULT_SOURCES})
