# SPDX-License-Identifier: GPL-3.0-or-later
# The local pool engine against an attacker: the store's file modes, requests crafted to be huge
# or of the wrong type, and password and MFA code guessing across sign-ins (a fake clock).
tessera_add_test(tst_hostile_pool SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_hostile_pool.cpp
    LIBS tessera_core LABELS hostile pool)
target_include_directories(tst_hostile_pool PRIVATE "${PROJECT_SOURCE_DIR}/tests/core/pool")
