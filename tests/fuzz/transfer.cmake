# SPDX-License-Identifier: GPL-3.0-or-later
# Fuzzers for core/transfer's parsers (Google migration payloads, Aegis JSON and every importer
# behind format detection). Included from tests/fuzz/CMakeLists.txt after tessera_add_fuzzer is
# defined; adds core/transfer's and core/vault's sources (Importer opens Tessera backups) and links
# the protoc-generated payload library uninstrumented, and what the importers need: libzip,
# libargon2 and Qt Sql.
file(GLOB TESSERA_FUZZ_TRANSFER_SOURCES CONFIGURE_DEPENDS
    "${PROJECT_SOURCE_DIR}/core/transfer/*.cpp" "${PROJECT_SOURCE_DIR}/core/vault/*.cpp")
foreach(fuzzer fuzz_import_migration fuzz_import_aegis fuzz_import_detect)
    tessera_add_fuzzer(${fuzzer})
    target_sources(${fuzzer} PRIVATE ${TESSERA_FUZZ_TRANSFER_SOURCES})
    target_link_libraries(${fuzzer} PRIVATE tessera_transfer_proto PkgConfig::TESSERA_LIBZIP
        PkgConfig::TESSERA_ARGON2 Qt6::Sql)
endforeach()
