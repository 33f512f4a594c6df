# SPDX-License-Identifier: GPL-3.0-or-later
# bench_import: a 10,000-entry encrypted Aegis export read and classified, the KDF apart. Included
# from tests/bench/CMakeLists.txt.
add_executable(bench_import ${CMAKE_CURRENT_LIST_DIR}/bench_import.cpp)
target_link_libraries(bench_import PRIVATE tessera_core)
tessera_set_warnings(bench_import)
target_compile_definitions(bench_import PRIVATE
    TESSERA_BENCH_BUILD_TYPE="$<IF:$<CONFIG:>,unspecified,$<CONFIG>>"
    TESSERA_BENCH_COMPILER="${CMAKE_CXX_COMPILER_ID} ${CMAKE_CXX_COMPILER_VERSION}")
