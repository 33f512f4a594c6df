# SPDX-License-Identifier: GPL-3.0-or-later
# Hostile inputs to import and to the CLI's readers: pipes and devices with no honest size.
tessera_add_test(tst_hostile_import SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_hostile_import.cpp
    LIBS tessera_core LABELS hostile import)
