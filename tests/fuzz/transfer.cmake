# SPDX-License-Identifier: GPL-3.0-or-later
# Fuzzers for core/transfer's parsers (Google migration payloads, Aegis JSON and every importer
# behind format detection). Included from tests/fuzz/CMakeLists.txt after tessera_add_fuzzer is
# defined. core/transfer is compiled once, instrumented like tessera_fuzz_core (whose flags it
# inherits); the protoc-generated payload library stays uninstrumented, with what the importers
# need: libzip, libargon2 and SQLite.
# The HTML exporter draws QR codes, so core/scan comes along.
file(GLOB TESSERA_FUZZ_TRANSFER_SOURCES CONFIGURE_DEPENDS
    "${PROJECT_SOURCE_DIR}/core/transfer/*.cpp" "${PROJECT_SOURCE_DIR}/core/scan/*.cpp")
add_library(tessera_fuzz_transfer STATIC ${TESSERA_FUZZ_TRANSFER_SOURCES})
target_link_libraries(tessera_fuzz_transfer PUBLIC tessera_fuzz_core tessera_transfer_proto
    PkgConfig::TESSERA_LIBZIP PkgConfig::TESSERA_ARGON2 PkgConfig::TESSERA_SQLITE3 Qt6::Gui ZXing::ZXing PkgConfig::QRENCODE)
tessera_set_warnings(tessera_fuzz_transfer)
foreach(fuzzer fuzz_import_migration fuzz_import_aegis fuzz_import_detect)
    tessera_add_fuzzer(${fuzzer})
    target_link_libraries(${fuzzer} PRIVATE tessera_fuzz_transfer)
endforeach()
