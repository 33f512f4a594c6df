# SPDX-License-Identifier: GPL-3.0-or-later
# Hostile images given to scan and import: a small PNG tiled with QR finder patterns, images
# too large to search. The test draws each image itself.
tessera_add_test(tst_hostile_scan SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_hostile_scan.cpp
    LIBS tessera_core LABELS hostile scan)
