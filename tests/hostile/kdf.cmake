# SPDX-License-Identifier: GPL-3.0-or-later
# Hostile key-derivation parameters in vaults, backups and imports: refused before any derivation.
tessera_add_test(tst_hostile_kdf SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_hostile_kdf.cpp
    LIBS tessera_core LABELS hostile kdf)
