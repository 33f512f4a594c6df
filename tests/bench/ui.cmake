# SPDX-License-Identifier: GPL-3.0-or-later
# bench_ui: the authenticator window with 1,000 and 10,000 entries (launch to first painted codes,
# idle CPU, resident memory, UI-thread stalls), as a Markdown table. Included from
# tests/bench/CMakeLists.txt.
add_executable(bench_ui ${CMAKE_CURRENT_LIST_DIR}/bench_ui.cpp)
target_link_libraries(bench_ui PRIVATE tessera_ui)
tessera_set_warnings(bench_ui)
target_compile_definitions(bench_ui PRIVATE
    TESSERA_BENCH_BUILD_TYPE="$<IF:$<CONFIG:>,unspecified,$<CONFIG>>")
