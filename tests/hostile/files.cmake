# SPDX-License-Identifier: GPL-3.0-or-later
# Files Tessera writes, seen by another user of the same computer: modes from the first byte,
# symbolic links, folders others can write, read-only folders.
tessera_add_test(tst_hostile_files SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_hostile_files.cpp
    LIBS tessera_core LABELS hostile files)
target_include_directories(tst_hostile_files PRIVATE "${PROJECT_SOURCE_DIR}/tests/core/vault")
