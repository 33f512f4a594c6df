# SPDX-License-Identifier: GPL-3.0-or-later
# bench_scan: QR decode rate and time over ../shared/testdata/qr beside zbarimg, as a Markdown
# table. Included from tests/bench/CMakeLists.txt.
add_executable(bench_scan ${CMAKE_CURRENT_LIST_DIR}/bench_scan.cpp)
target_link_libraries(bench_scan PRIVATE tessera_core)
tessera_set_warnings(bench_scan)
target_compile_definitions(bench_scan PRIVATE
    TESSERA_TESTDATA_DIR="${TESSERA_TESTDATA_DIR}"
    TESSERA_BENCH_BUILD_TYPE="$<IF:$<CONFIG:>,unspecified,$<CONFIG>>")
