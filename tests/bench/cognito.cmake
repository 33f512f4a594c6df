# SPDX-License-Identifier: GPL-3.0-or-later
# bench_cognito: listing 10,000 users through the paged Cognito client against a paging fake on
# 127.0.0.1. Included from tests/bench/CMakeLists.txt.
tessera_add_bench(bench_cognito SOURCES ${CMAKE_CURRENT_LIST_DIR}/bench_cognito.cpp
    LIBS tessera_core Qt6::Network)
