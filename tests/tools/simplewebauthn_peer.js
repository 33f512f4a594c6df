#!/usr/bin/env node
// SPDX-License-Identifier: GPL-3.0-or-later
// @simplewebauthn/server (npm) as the relying-party peer for
// tests/core/pool/webauthn/tst_webauthnpeers.cpp: verifies the registrations and assertions
// Tessera's software authenticator makes, as a Node.js server using the library would.
//
// Usage: simplewebauthn_peer.js PEERS_DIR < cases.json
// cases.json: {"rpId", "origin", "requireUserVerification", "cases": [{"name", "credentialId",
//              "registration": {"challenge", "clientDataJSON", "attestationObject"},
//              "assertions": [{"challenge", "clientDataJSON", "authenticatorData", "signature",
//                              "userHandle"}]}]}   (binary values in base64url)
// Prints {"version", "results": [{"name", "registered", "fmt", "error", "assertions":
// [{"verified", "newCounter", "error"}]}]}. Exits 3 with {"error"} when the package cannot be
// loaded.
'use strict';
const path = require('path');

const peers = path.resolve(process.argv[2]);
let server, version;
try {
    const lib = path.join(peers, 'node_modules', '@simplewebauthn', 'server');
    server = require(lib);
    version = require(path.join(lib, 'package.json')).version;
} catch (error) {
    console.log(JSON.stringify({ error: String(error) }));
    process.exit(3);
}

// The PublicKeyCredential JSON a browser would send, around `response`.
function credentialJson(id, response) {
    return { id, rawId: id, type: 'public-key', clientExtensionResults: {}, response };
}

async function verifyCase(input, c) {
    const expected = {
        expectedOrigin: input.origin,
        expectedRPID: input.rpId,
        requireUserVerification: input.requireUserVerification,
    };
    const result = { name: c.name, registered: false, assertions: [] };
    let credential;
    try {
        const registration = await server.verifyRegistrationResponse({
            ...expected,
            expectedChallenge: c.registration.challenge,
            response: credentialJson(c.credentialId, {
                clientDataJSON: c.registration.clientDataJSON,
                attestationObject: c.registration.attestationObject,
            }),
        });
        result.registered = registration.verified;
        result.fmt = registration.registrationInfo && registration.registrationInfo.fmt;
        credential = registration.registrationInfo && registration.registrationInfo.credential;
    } catch (error) {
        result.error = String(error && error.message || error);
        return result;
    }
    for (const a of c.assertions) {
        const outcome = { verified: false };
        try {
            const answer = await server.verifyAuthenticationResponse({
                ...expected,
                expectedChallenge: a.challenge,
                credential,
                response: credentialJson(c.credentialId, {
                    clientDataJSON: a.clientDataJSON,
                    authenticatorData: a.authenticatorData,
                    signature: a.signature,
                    userHandle: a.userHandle,
                }),
            });
            outcome.verified = answer.verified;
            outcome.newCounter = answer.authenticationInfo.newCounter;
            if (answer.verified) {
                credential = { ...credential, counter: answer.authenticationInfo.newCounter };
            }
        } catch (error) {
            outcome.error = String(error && error.message || error);
        }
        result.assertions.push(outcome);
    }
    return result;
}

(async () => {
    const input = JSON.parse(require('fs').readFileSync(0, 'utf8'));
    const results = [];
    for (const c of input.cases) {
        results.push(await verifyCase(input, c));
    }
    console.log(JSON.stringify({ version, results }));
})();
