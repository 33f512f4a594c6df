# SPDX-License-Identifier: GPL-3.0-or-later
# bench_vault: open/save/size with 10,000 entries, and the KDF apart. Included from
# tests/bench/CMakeLists.txt.
add_executable(bench_vault ${CMAKE_CURRENT_LIST_DIR}/bench_vault.cpp)
target_link_libraries(bench_vault PRIVATE tessera_core)
tessera_set_warnings(bench_vault)
target_compile_definitions(bench_vault PRIVATE
    TESSERA_BENCH_BUILD_TYPE="$<IF:$<CONFIG:>,unspecified,$<CONFIG>>"
    TESSERA_BENCH_COMPILER="${CMAKE_CXX_COMPILER_ID} ${CMAKE_CXX_COMPILER_VERSION}")
