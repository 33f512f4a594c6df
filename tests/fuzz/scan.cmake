# SPDX-License-Identifier: GPL-3.0-or-later
# fuzz_scan_png: the QR decoder (core/scan, with its census of finder patterns and its bounds) on
# PNG input. core/scan is compiled once more, instrumented like tessera_fuzz_core; ZXing, libqrencode
# and Qt Gui stay uninstrumented. The seeds are small PNGs of made-up accounts' QR codes (drawn from
# libqrencode's modules), an inverted one, a few finder patterns edge to edge and a blank image.
file(GLOB TESSERA_FUZZ_SCAN_SOURCES CONFIGURE_DEPENDS "${PROJECT_SOURCE_DIR}/core/scan/*.cpp")
add_library(tessera_fuzz_scan STATIC ${TESSERA_FUZZ_SCAN_SOURCES})
target_link_libraries(tessera_fuzz_scan PUBLIC tessera_fuzz_core Qt6::Gui ZXing::ZXing
    PkgConfig::QRENCODE)
tessera_set_warnings(tessera_fuzz_scan)
tessera_add_fuzzer(fuzz_scan_png)
target_link_libraries(fuzz_scan_png PRIVATE tessera_fuzz_scan)
