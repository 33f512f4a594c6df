# SPDX-License-Identifier: GPL-3.0-or-later
# bench_ui: the authenticator window with 1,000 and 10,000 entries (launch to first painted codes,
# idle CPU, resident memory, UI-thread stalls), as a Markdown table. Included from
# tests/bench/CMakeLists.txt.
tessera_add_bench(bench_ui SOURCES ${CMAKE_CURRENT_LIST_DIR}/bench_ui.cpp LIBS tessera_ui)
