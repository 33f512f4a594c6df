#!/usr/bin/env node
// SPDX-License-Identifier: GPL-3.0-or-later
// amazon-cognito-identity-js (npm), the library Amplify apps sign in with, as a peer for
// tests/app/tst_serve_cognito_identity_js.cpp: SRP sign-ins against `tessera-cli pool serve`,
// with the mfaSetup and totpRequired callbacks answered by TOTP codes computed here, then a
// remembered device: ConfirmDevice (done by the library after a sign-in that gets
// NewDeviceMetadata), setDeviceStatusRemembered, and a sign-in that skips MFA through
// DEVICE_SRP_AUTH and DEVICE_PASSWORD_VERIFIER; ListDevices, GetDevice and ForgetDevice, after
// which the device is asked for TOTP again.
//
// Usage: serve_cognito_identity_js.js PEERS_DIR ENDPOINT POOL_ID CLIENT_ID PASSWORD
// The pool has MFA ON with TOTP and remembers devices when the user says so
// (DeviceOnlyRememberedOnUserPrompt); users "amy" (no factor yet) and "wrong" exist with PASSWORD.
// Prints one JSON object per step: {"step", "ok", "detail"}. Exits 3 with {"error"} when the
// package cannot be loaded.
'use strict';
const path = require('path');
const { totp, waitForFreshStep } = require('./totp_codes');

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


// The library keeps the device key, group key and random password in Storage: a map here, so a
// step can spoil the device's password.
const stored = new Map();
const storage = {
    setItem: (key, value) => stored.set(key, String(value)),
    getItem: (key) => (stored.has(key) ? stored.get(key) : null),
    removeItem: (key) => stored.delete(key),
    clear: () => stored.clear(),
};
const pool = new identity.CognitoUserPool({ UserPoolId: poolId, ClientId: clientId, endpoint,
                                            Storage: storage });
// The challenges each sign-in answered, as sent: the library answers DEVICE_SRP_AUTH itself.
let answered = [];
const request = pool.client.request.bind(pool.client);
pool.client.request = (operation, params, callback) => {
    if (operation === 'RespondToAuthChallenge') {
        answered.push(params.ChallengeName);
    }
    return request(operation, params, callback);
};
// The TOTP secret the mfaSetup step was given, for the codes of later sign-ins.
let totpSecret = null;

function signIn(username, secret, code) {
    return new Promise((resolve) => {
        const user = new identity.CognitoUser({ Username: username, Pool: pool, Storage: storage });
        const seen = [];
        answered = seen;
        const details = new identity.AuthenticationDetails({ Username: username, Password: secret });
        const callbacks = {
            onSuccess: (session, confirmationNecessary) =>
                resolve({ seen, session, user, confirmationNecessary }),
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
    // The second sign-in got NewDeviceMetadata, which the library confirmed (ConfirmDevice with
    // the device's SRP verifier); the pool waits for the user's word before remembering it.
    const deviceKey = second.user && second.user.deviceKey;
    report('device_confirmed', deviceKey && second.confirmationNecessary === true,
           { deviceKey, confirmationNecessary: second.confirmationNecessary });
    const remembered = second.user ? await new Promise((resolve) => second.user.setDeviceStatusRemembered({
        onSuccess: (result) => resolve({ result }),
        onFailure: (error) => resolve({ error }),
    })) : { error: 'no second sign-in' };
    report('device_remembered', remembered.result === 'SUCCESS',
           remembered.error && String(remembered.error.code || remembered.error));
    // Third sign-in from the remembered device: SRP, then DEVICE_SRP_AUTH answered by the
    // library with the device's password instead of a TOTP code.
    const third = await signIn('amy', password, () => '000000');
    report('remembered_device_skips_mfa', third.session && !third.seen.includes('totpRequired') &&
           third.seen.includes('DEVICE_SRP_AUTH') && third.seen.includes('DEVICE_PASSWORD_VERIFIER') &&
           third.session.getAccessToken().payload.device_key === deviceKey,
           { seen: third.seen, error: third.error && String(third.error.code || third.error),
             deviceKey: third.session ? third.session.getAccessToken().payload.device_key : null });
    // The same device key with a wrong device password: DEVICE_PASSWORD_VERIFIER refused.
    const passwordKey = [...stored.keys()].find((key) => key.endsWith('.randomPasswordKey'));
    const devicePassword = passwordKey && stored.get(passwordKey);
    if (passwordKey) {
        stored.set(passwordKey, devicePassword + 'x');
    }
    const spoiled = await signIn('amy', password, () => '000000');
    report('wrong_device_password_refused', passwordKey && spoiled.error &&
           spoiled.error.code === 'NotAuthorizedException' && !spoiled.seen.includes('totpRequired'),
           spoiled.error ? { code: spoiled.error.code, message: spoiled.error.message }
                         : { seen: spoiled.seen });
    if (passwordKey) {
        stored.set(passwordKey, devicePassword);
    }
    // ListDevices one at a time (Limit, PaginationToken) and GetDevice with the access token:
    // the remembered device is there, with its status and dates.
    const call = (method, ...args) => new Promise((resolve) => third.user[method](...args, {
        onSuccess: (result) => resolve({ result }),
        onFailure: (error) => resolve({ error }),
    }));
    const listed = [];
    let pages = 0;
    let token = null;
    let listError = null;
    do {
        const page = third.user ? await call('listDevices', 1, token) : { error: 'no third sign-in' };
        if (page.error) {
            listError = String(page.error.code || page.error);
            break;
        }
        pages += 1;
        listed.push(...page.result.Devices);
        token = page.result.PaginationToken || null;
    } while (token && pages < 10);
    const mine = listed.find((device) => device.DeviceKey === deviceKey);
    const status = mine && mine.DeviceAttributes.find((a) => a.Name === 'device_status');
    report('list_devices_paged', !listError && pages === listed.length && listed.length >= 1 &&
           status && status.Value === 'remembered' && mine.DeviceCreateDate &&
           mine.DeviceLastAuthenticatedDate && mine.DeviceLastModifiedDate,
           { listError, pages, devices: listed.map((device) => device.DeviceKey) });
    const got = third.user ? await call('getDevice') : { error: 'no third sign-in' };
    report('get_device', got.result && got.result.Device && got.result.Device.DeviceKey === deviceKey,
           got.error ? String(got.error.code || got.error) : got.result);
    // ForgetDevice; then the device, its key and password put back as they were, signs in
    // again: the pool asks for TOTP, as AWS does for a forgotten device.
    const kept = new Map(stored);
    const forgot = third.user ? await call('forgetDevice') : { error: 'no third sign-in' };
    for (const [key, value] of kept) {
        stored.set(key, value);
    }
    const fourth = await signIn('amy', password, () => totp(totpSecret, now + 30));
    report('forgotten_device_asks_totp', forgot.result === 'SUCCESS' && fourth.session &&
           fourth.seen.includes('totpRequired') && !fourth.seen.includes('DEVICE_SRP_AUTH'),
           { forgot: forgot.error ? String(forgot.error.code || forgot.error) : forgot.result,
             seen: fourth.seen, error: fourth.error && String(fourth.error.code || fourth.error) });
    // A wrong password: the SRP claim does not check out.
    const wrong = await signIn('wrong', password + 'x', () => '000000');
    report('wrong_password_refused', wrong.error && wrong.error.code === 'NotAuthorizedException',
           wrong.error ? { code: wrong.error.code, message: wrong.error.message } : null);
})().catch((error) => { report('script', false, String(error.stack || error)); process.exit(1); });
