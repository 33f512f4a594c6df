#!/usr/bin/env node
// SPDX-License-Identifier: GPL-3.0-or-later
// amazon-cognito-identity-js (npm), the library Amplify apps sign in with, as a peer for
// tests/app/tst_serve_cognito_identity_js.cpp: SRP sign-ins against `tessera-cli pool serve`,
// with the mfaSetup and totpRequired callbacks answered by TOTP codes computed here.
//
// Usage: serve_cognito_identity_js.js PEERS_DIR ENDPOINT POOL_ID CLIENT_ID PASSWORD
// The pool has MFA ON with TOTP; users "amy" (no factor yet) and "wrong" exist with PASSWORD.
// Prints one JSON object per step: {"step", "ok", "detail"}. Exits 3 with {"error"} when the
// package cannot be loaded.
'use strict';
const path = require('path');
const crypto = require('crypto');

const [peers, endpoint, poolId, clientId, password] = process.argv.slice(2);
let identity;
try {
    identity = require(path.join(path.resolve(peers), 'node_modules', 'amazon-cognito-identity-js'));
} catch (error) {
    console.log(JSON.stringify({ error: String(error) }));
    process.exit(3);
}

function report(step, ok, detail) {
    console.log(JSON.stringify({ step, ok: Boolean(ok), detail: detail === undefined ? null : detail }));
}

function base32Decode(text) {
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
    let bits = '';
    for (const c of text.replace(/=+$/, '').toUpperCase()) {
        bits += alphabet.indexOf(c).toString(2).padStart(5, '0');
    }
    const bytes = [];
    for (let i = 0; i + 8 <= bits.length; i += 8) {
        bytes.push(parseInt(bits.slice(i, i + 8), 2));
    }
    return Buffer.from(bytes);
}

// RFC 6238 with SHA-1, 6 digits, 30-second steps.
function totp(secret, seconds) {
    const counter = Buffer.alloc(8);
    counter.writeBigUInt64BE(BigInt(Math.floor(seconds / 30)));
    const mac = crypto.createHmac('sha1', base32Decode(secret)).update(counter).digest();
    const offset = mac[mac.length - 1] & 0x0f;
    const value = (mac.readUInt32BE(offset) & 0x7fffffff) % 1000000;
    return String(value).padStart(6, '0');
}

const pool = new identity.CognitoUserPool({ UserPoolId: poolId, ClientId: clientId, endpoint });
// The TOTP secret the mfaSetup step was given, for the codes of later sign-ins.
let totpSecret = null;

function signIn(username, secret, code) {
    return new Promise((resolve) => {
        const user = new identity.CognitoUser({ Username: username, Pool: pool });
        const seen = [];
        const details = new identity.AuthenticationDetails({ Username: username, Password: secret });
        const callbacks = {
            onSuccess: (session) => resolve({ seen, session }),
            onFailure: (error) => resolve({ seen, error }),
            totpRequired: () => {
                seen.push('totpRequired');
                user.sendMFACode(code(), callbacks, 'SOFTWARE_TOKEN_MFA');
            },
            mfaSetup: () => {
                seen.push('mfaSetup');
                user.associateSoftwareToken({
                    associateSecretCode: (secretCode) => {
                        seen.push('associateSecretCode');
                        totpSecret = secretCode;
                        user.verifySoftwareToken(totp(secretCode, Date.now() / 1000 - 30), 'node',
                                                 callbacks);
                    },
                    onFailure: (error) => resolve({ seen, error }),
                });
            },
            mfaRequired: () => { seen.push('mfaRequired'); resolve({ seen, error: 'unexpected SMS MFA' }); },
            newPasswordRequired: () => { seen.push('newPasswordRequired'); resolve({ seen, error: 'unexpected' }); },
        };
        // SRP, as Amplify does by default.
        user.setAuthenticationFlowType('USER_SRP_AUTH');
        user.authenticateUser(details, callbacks);
    });
}

function waitForFreshStep(margin) {
    const left = 30 - (Date.now() / 1000) % 30;
    return left < margin ? new Promise((r) => setTimeout(r, (left + 0.5) * 1000)) : Promise.resolve();
}

(async () => {
    // The setup's code is for the previous step, the sign-in's for this one: a code is used once.
    await waitForFreshStep(12);
    const now = Date.now() / 1000;
    // First sign-in: SRP, then MFA_SETUP answered through associateSoftwareToken and
    // verifySoftwareToken (a code for the previous step).
    const first = await signIn('amy', password, () => '000000');
    report('srp_then_mfa_setup', first.session && first.seen.includes('mfaSetup') &&
           first.seen.includes('associateSecretCode'),
           { seen: first.seen, error: first.error && String(first.error.code || first.error) });
    report('id_token', first.session &&
           first.session.getIdToken().payload['cognito:username'] === 'amy',
           first.session ? first.session.getIdToken().payload['cognito:username'] : null);
    // Second sign-in: SRP, then totpRequired answered with this step's code.
    const second = await signIn('amy', password, () => totp(totpSecret, now));
    report('srp_then_totp', second.session && second.seen.includes('totpRequired'),
           { seen: second.seen, error: second.error && String(second.error.code || second.error) });
    // A wrong password: the SRP claim does not check out.
    const wrong = await signIn('wrong', password + 'x', () => '000000');
    report('wrong_password_refused', wrong.error && wrong.error.code === 'NotAuthorizedException',
           wrong.error ? { code: wrong.error.code, message: wrong.error.message } : null);
})().catch((error) => { report('script', false, String(error.stack || error)); process.exit(1); });
