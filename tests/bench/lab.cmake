# SPDX-License-Identifier: GPL-3.0-or-later
# bench_lab: the console's sign-in lab on the local engine, password + TOTP from the vault, and the
# longest UI stall over each run. Included from tests/bench/CMakeLists.txt.
tessera_add_bench(bench_lab SOURCES ${CMAKE_CURRENT_LIST_DIR}/bench_lab.cpp LIBS tessera_console)
