# SPDX-License-Identifier: GPL-3.0-or-later
# bench_pool: the local pool engine with 100,000 users. Included from tests/bench/CMakeLists.txt.
tessera_add_bench(bench_pool SOURCES ${CMAKE_CURRENT_LIST_DIR}/bench_pool.cpp LIBS tessera_core)
