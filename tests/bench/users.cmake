# SPDX-License-Identifier: GPL-3.0-or-later
# bench_users: the console's Users and Enrolment tabs over 100,000 local users, and through the
# Cognito client against a fake endpoint with latency. Included from tests/bench/CMakeLists.txt.
tessera_add_bench(bench_users SOURCES ${CMAKE_CURRENT_LIST_DIR}/bench_users.cpp
    LIBS tessera_console Qt6::Network)
target_include_directories(bench_users PRIVATE ${PROJECT_SOURCE_DIR}/tests/core/pool)
