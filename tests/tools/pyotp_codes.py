#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""pyotp as a peer for tests/core/otp/tst_differential.cpp.

Reads {"cases": [...]} as JSON on stdin; each case has type ("totp", "hotp" or "steam"),
algorithm ("SHA1", "SHA256", "SHA512"), digits, period, time and counter (decimal strings, since
JSON numbers are doubles and counters go up to 2^64 - 1), secret (Base32 as Tessera encodes it)
and secret_hex (the same bytes in hex).

Writes {"pyotp": version, "steam": bool, "results": [...]} on stdout, one result per case in
order: {"code": str or null, "secret_matches": bool}. "code" is null for Steam cases when this
pyotp has no pyotp.contrib.Steam (2.6 has none). "secret_matches" says whether Python's own
Base32 decoder reads Tessera's encoding back to the original bytes, so a wrong encoder is told
apart from a wrong code.

Exits 3 with {"error": ...} if pyotp cannot be imported, so the test can tell a missing peer from
a broken one. Run it with /usr/bin/python3: that is where Debian's python3-pyotp lives.
"""

import base64
import datetime
import hashlib
import json
import sys

DIGESTS = {"SHA1": hashlib.sha1, "SHA256": hashlib.sha256, "SHA512": hashlib.sha512}


def pyotp_version():
    try:
        from importlib import metadata
        return metadata.version("pyotp")
    except Exception:  # version lookup is informational only
        return "unknown"


def b32decode_unpadded(text):
    return base64.b32decode(text + "=" * (-len(text) % 8), casefold=True)


def utc(seconds):
    # An aware datetime: pyotp 2.6 turns a plain int into *local* time and back with mktime,
    # which a DST change or a TZ setting could shift by an hour.
    return datetime.datetime.fromtimestamp(seconds, tz=datetime.timezone.utc)


def main():
    try:
        import pyotp
    except ImportError as error:
        json.dump({"error": f"{sys.executable} cannot import pyotp ({error}); "
                            "install python3-pyotp"}, sys.stdout)
        return 3
    try:
        from pyotp.contrib import Steam
    except ImportError:
        Steam = None

    results = []
    for case in json.load(sys.stdin)["cases"]:
        secret = case["secret"]
        matches = b32decode_unpadded(secret) == bytes.fromhex(case["secret_hex"])
        kind = case["type"]
        code = None
        if kind == "totp":
            totp = pyotp.TOTP(secret, digits=case["digits"], digest=DIGESTS[case["algorithm"]],
                              interval=case["period"])
            code = totp.at(utc(int(case["time"])))
        elif kind == "hotp":
            hotp = pyotp.HOTP(secret, digits=case["digits"], digest=DIGESTS[case["algorithm"]])
            code = hotp.at(int(case["counter"]))
        elif kind == "steam" and Steam is not None:
            code = Steam(secret).at(utc(int(case["time"])))
        results.append({"code": code, "secret_matches": matches})

    json.dump({"pyotp": pyotp_version(), "steam": Steam is not None, "results": results},
              sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main())
