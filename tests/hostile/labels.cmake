# SPDX-License-Identifier: GPL-3.0-or-later
# Hostile lengths in labels, secrets, notes and parameters: refused on the way in, kept on open.
tessera_add_test(tst_hostile_labels SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_hostile_labels.cpp
    LIBS tessera_core LABELS hostile labels)
