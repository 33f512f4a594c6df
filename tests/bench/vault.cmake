# SPDX-License-Identifier: GPL-3.0-or-later
# bench_vault: open/save/size with 10,000 entries, and the KDF apart. Included from
# tests/bench/CMakeLists.txt.
tessera_add_bench(bench_vault SOURCES ${CMAKE_CURRENT_LIST_DIR}/bench_vault.cpp LIBS tessera_core)
# bench_hostile_kdf: how long refusing a vault that asks for hours of scrypt takes (issue 19).
tessera_add_bench(bench_hostile_kdf SOURCES ${CMAKE_CURRENT_LIST_DIR}/bench_hostile_kdf.cpp
    LIBS tessera_core)
