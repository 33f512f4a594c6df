# SPDX-License-Identifier: GPL-3.0-or-later
# bench_console: the pool console's list of 1,000 pools and its editor, on the local engine and
# through the Cognito client against a fake endpoint with latency. Included from
# tests/bench/CMakeLists.txt.
tessera_add_bench(bench_console SOURCES ${CMAKE_CURRENT_LIST_DIR}/bench_console.cpp
    LIBS tessera_console Qt6::Network)
