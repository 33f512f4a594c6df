# SPDX-License-Identifier: GPL-3.0-or-later
# fuzz_webauthn: the relying party's readers of what a browser sends (core/pool/webauthn:
# attestation objects, authenticator data, COSE keys, client data), compiled once more,
# instrumented like tessera_fuzz_core, with the two pool files they use. The seeds are a packed
# ES256 registration, an RS256 one with attestation none, and an assertion's authenticator data,
# made by tests/tools/fido2_webauthn_vectors.py.
file(GLOB TESSERA_FUZZ_WEBAUTHN_SOURCES CONFIGURE_DEPENDS
    "${PROJECT_SOURCE_DIR}/core/pool/webauthn/*.cpp")
add_library(tessera_fuzz_webauthn STATIC ${TESSERA_FUZZ_WEBAUTHN_SOURCES}
    "${PROJECT_SOURCE_DIR}/core/pool/WebAuthnConfig.cpp"
    "${PROJECT_SOURCE_DIR}/core/pool/PoolError.cpp")
target_link_libraries(tessera_fuzz_webauthn PUBLIC tessera_fuzz_core)
tessera_set_warnings(tessera_fuzz_webauthn)
tessera_add_fuzzer(fuzz_webauthn)
target_link_libraries(fuzz_webauthn PRIVATE tessera_fuzz_webauthn)
