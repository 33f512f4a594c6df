# SPDX-License-Identifier: GPL-3.0-or-later
# bench_pool: the local pool engine with 100,000 users. Included from tests/bench/CMakeLists.txt.
add_executable(bench_pool ${CMAKE_CURRENT_LIST_DIR}/bench_pool.cpp)
target_link_libraries(bench_pool PRIVATE tessera_core)
tessera_set_warnings(bench_pool)
target_compile_definitions(bench_pool PRIVATE
    TESSERA_BENCH_BUILD_TYPE="$<IF:$<CONFIG:>,unspecified,$<CONFIG>>"
    TESSERA_BENCH_COMPILER="${CMAKE_CXX_COMPILER_ID} ${CMAKE_CXX_COMPILER_VERSION}")
