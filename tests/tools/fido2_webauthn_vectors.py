#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""python-fido2 (Debian python3-fido2) as the WebAuthn peer for
tests/core/pool/webauthn/tst_webauthnpeers.cpp: builds registrations and assertions with the
library's own CBOR, COSE and authenticator-data encoders, and keys from python3-cryptography,
for Tessera to verify.

Usage: fido2_webauthn_vectors.py < cases.json
cases.json: {"rpId", "origin", "cases": [{"name", "alg": "ES256"|"RS256"|"EdDSA"|"PS256",
             "fmt": "none"|"packed", "uv": bool, "registrationChallenge": b64url,
             "assertions": [{"challenge": b64url, "counter": int}]}]}
Prints {"version", "results": [{"name", "credentialId", "registration": {"clientDataJSON",
"attestationObject"}, "assertions": [{"clientDataJSON", "authenticatorData", "signature"}]}]},
every binary in base64url. Exits 3 with {"error"} when python-fido2 cannot be loaded.
"""
import json
import os
import sys

try:
    import fido2
    from fido2 import cose
    from fido2.client import ClientData
    from fido2.ctap2 import AttestationObject, AttestedCredentialData, AuthenticatorData
    from fido2.utils import sha256, websafe_decode, websafe_encode
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import ec, ed25519, padding, rsa
except ImportError as error:  # the peer is missing: the caller decides to skip or fail
    print(json.dumps({"error": str(error)}))
    sys.exit(3)


def make_key(alg):
    """A fresh private key, its COSE public key (by python-fido2) and a signing function."""
    if alg == "ES256":
        key = ec.generate_private_key(ec.SECP256R1())
        return cose.ES256.from_cryptography_key(key.public_key()), lambda data: key.sign(
            data, ec.ECDSA(hashes.SHA256()))
    if alg in ("RS256", "PS256"):
        key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        if alg == "RS256":
            return cose.RS256.from_cryptography_key(key.public_key()), lambda data: key.sign(
                data, padding.PKCS1v15(), hashes.SHA256())
        pss = padding.PSS(mgf=padding.MGF1(hashes.SHA256()), salt_length=32)
        return cose.PS256.from_cryptography_key(key.public_key()), lambda data: key.sign(
            data, pss, hashes.SHA256())
    if alg == "EdDSA":
        key = ed25519.Ed25519PrivateKey.generate()
        return cose.EdDSA.from_cryptography_key(key.public_key()), key.sign
    raise ValueError("unknown algorithm " + alg)


def flags(uv, attested=False):
    value = AuthenticatorData.FLAG.USER_PRESENT
    if uv:
        value |= AuthenticatorData.FLAG.USER_VERIFIED
    if attested:
        value |= AuthenticatorData.FLAG.ATTESTED
    return value


def build(case, rp_id, origin):
    public_key, sign = make_key(case["alg"])
    credential_id = os.urandom(32)
    rp_hash = sha256(rp_id.encode())
    client_data = ClientData.build(type="webauthn.create", challenge=case["registrationChallenge"],
                                   origin=origin, crossOrigin=False)
    credential = AttestedCredentialData.create(b"\0" * 16, credential_id, public_key)
    auth_data = AuthenticatorData.create(rp_hash, flags(case["uv"], True), 0, credential)
    statement = {}
    if case["fmt"] == "packed":
        statement = {"alg": public_key.ALGORITHM, "sig": sign(auth_data + client_data.hash)}
    attestation = AttestationObject.create(case["fmt"], auth_data, statement).with_string_keys()
    assertions = []
    for request in case["assertions"]:
        client_data_get = ClientData.build(type="webauthn.get", challenge=request["challenge"],
                                           origin=origin, crossOrigin=False)
        data = AuthenticatorData.create(rp_hash, flags(case["uv"]), request["counter"])
        assertions.append({
            "clientDataJSON": websafe_encode(client_data_get),
            "authenticatorData": websafe_encode(data),
            "signature": websafe_encode(sign(data + client_data_get.hash)),
        })
    # The library reads back what it wrote: a vector it cannot parse is a generator bug.
    assert AttestationObject(attestation).auth_data.credential_data.credential_id == credential_id
    return {
        "name": case["name"],
        "credentialId": websafe_encode(credential_id),
        "registration": {"clientDataJSON": websafe_encode(client_data),
                         "attestationObject": websafe_encode(attestation)},
        "assertions": assertions,
    }


def main():
    request = json.load(sys.stdin)
    results = [build(case, request["rpId"], request["origin"]) for case in request["cases"]]
    print(json.dumps({"version": fido2.__version__, "results": results}))


if __name__ == "__main__":
    main()
