# SPDX-License-Identifier: GPL-3.0-or-later
# bench_import: a 10,000-entry encrypted Aegis export read and classified, the KDF apart. Included
# from tests/bench/CMakeLists.txt.
tessera_add_bench(bench_import SOURCES ${CMAKE_CURRENT_LIST_DIR}/bench_import.cpp LIBS tessera_core)
