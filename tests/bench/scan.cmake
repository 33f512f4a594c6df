# SPDX-License-Identifier: GPL-3.0-or-later
# bench_scan: QR decode rate and time over ../shared/testdata/qr beside zbarimg, as a Markdown
# table. Included from tests/bench/CMakeLists.txt.
tessera_add_bench(bench_scan SOURCES ${CMAKE_CURRENT_LIST_DIR}/bench_scan.cpp LIBS tessera_core)
