# SPDX-License-Identifier: GPL-3.0-or-later
# bench_cognito: listing 10,000 users through the paged Cognito client against a paging fake on
# 127.0.0.1. Included from tests/bench/CMakeLists.txt.
add_executable(bench_cognito ${CMAKE_CURRENT_LIST_DIR}/bench_cognito.cpp)
target_link_libraries(bench_cognito PRIVATE tessera_core Qt6::Network)
tessera_set_warnings(bench_cognito)
target_compile_definitions(bench_cognito PRIVATE
    TESSERA_BENCH_BUILD_TYPE="$<IF:$<CONFIG:>,unspecified,$<CONFIG>>"
    TESSERA_BENCH_COMPILER="${CMAKE_CXX_COMPILER_ID} ${CMAKE_CXX_COMPILER_VERSION}")
