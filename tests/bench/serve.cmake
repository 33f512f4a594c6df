# SPDX-License-Identifier: GPL-3.0-or-later
# bench_serve: tessera-cli pool serve beside cognito-local, requests per second and latency.
# Included from tests/bench/CMakeLists.txt.
tessera_add_bench(bench_serve SOURCES ${CMAKE_CURRENT_LIST_DIR}/bench_serve.cpp
    LIBS tessera_core Qt6::Network)
target_include_directories(bench_serve PRIVATE ${PROJECT_SOURCE_DIR}/tests/core/pool/serve)
target_compile_definitions(bench_serve PRIVATE
    TESSERA_CLI="$<TARGET_FILE:tessera-cli>"
    TESSERA_TOOLS="${PROJECT_SOURCE_DIR}/tests/tools"
    TESSERA_PEERS_DIR="${CMAKE_BINARY_DIR}/peers")
add_dependencies(bench_serve tessera-cli)
