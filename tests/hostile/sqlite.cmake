# SPDX-License-Identifier: GPL-3.0-or-later
# Hostile app databases given to import: views, virtual tables, computed columns, huge rows, a
# hostile -wal beside the file. The test crafts each database with SQLite's C API.
tessera_add_test(tst_hostile_sqlite SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_hostile_sqlite.cpp
    LIBS tessera_core PkgConfig::TESSERA_SQLITE3 LABELS hostile import)
