#!/usr/bin/env node
// SPDX-License-Identifier: GPL-3.0-or-later
// The AWS SDK for JavaScript v3 (@aws-sdk/client-cognito-identity-provider, npm) as a peer for
// tests/app/tst_serve_aws_sdk_js.cpp: one whole flow against `tessera-cli pool serve`, as a
// Node.js back end would run it: SigV4-signed admin calls (pool, client, MFA ON with TOTP, a user
// with a temporary password), then USER_PASSWORD_AUTH through NEW_PASSWORD_REQUIRED and
// MFA_SETUP (AssociateSoftwareToken, VerifySoftwareToken), a second sign-in answering
// SOFTWARE_TOKEN_MFA, REFRESH_TOKEN_AUTH, the ListUsers paginator, and the SDK's own error
// classes for a wrong password and a wrong secret key.
//
// Usage: serve_aws_sdk_js.js PEERS_DIR ENDPOINT   (keys and region from AWS_* variables)
// Prints one JSON object per step: {"step", "ok", "detail"}, going on after a failed step where
// it can. Exits 3 with {"error"} when the package cannot be loaded.
'use strict';
const path = require('path');
const { totp, waitForFreshStep } = require('./totp_codes');

const [peers, endpoint] = process.argv.slice(2);
let sdk;
try {
    sdk = require(path.join(path.resolve(peers), 'node_modules',
                            '@aws-sdk', 'client-cognito-identity-provider'));
} catch (error) {
    console.log(JSON.stringify({ error: String(error) }));
    process.exit(3);
}

const TEMPORARY = 'Temporary-horse-1';
const PASSWORD = 'Correct-horse-1';

function report(step, ok, detail) {
    console.log(JSON.stringify({ step, ok: Boolean(ok), detail: detail === undefined ? null : detail }));
}

function clientWith(secretAccessKey) {
    return new sdk.CognitoIdentityProviderClient({
        endpoint,
        region: process.env.AWS_DEFAULT_REGION || 'us-east-1',
        credentials: { accessKeyId: process.env.AWS_ACCESS_KEY_ID, secretAccessKey },
        maxAttempts: 1,
    });
}

const idp = clientWith(process.env.AWS_SECRET_ACCESS_KEY);
const send = (name, input) => idp.send(new sdk[`${name}Command`](input));

// The error a call fails with, or null when it succeeds.
async function failure(call) {
    try {
        await call();
        return null;
    } catch (error) {
        return error;
    }
}

(async () => {
    const poolId = (await send('CreateUserPool', { PoolName: 'sdk-v3' })).UserPool.Id;
    await send('SetUserPoolMfaConfig', {
        UserPoolId: poolId, MfaConfiguration: 'ON',
        SoftwareTokenMfaConfiguration: { Enabled: true },
    });
    const clientId = (await send('CreateUserPoolClient', {
        UserPoolId: poolId, ClientName: 'backend',
        ExplicitAuthFlows: ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
    })).UserPoolClient.ClientId;
    for (const name of ['tina', 'dan', 'eve']) {
        await send('AdminCreateUser', {
            UserPoolId: poolId, Username: name, TemporaryPassword: TEMPORARY,
            MessageAction: 'SUPPRESS',
            UserAttributes: [{ Name: 'email', Value: `${name}@example.com` }],
        });
    }
    report('setup', true, { poolId, clientId });

    const signIn = (username, password) => send('InitiateAuth', {
        ClientId: clientId, AuthFlow: 'USER_PASSWORD_AUTH',
        AuthParameters: { USERNAME: username, PASSWORD: password },
    });
    const respond = (challenge, responses) => send('RespondToAuthChallenge', {
        ClientId: clientId, ChallengeName: challenge.ChallengeName, Session: challenge.Session,
        ChallengeResponses: { USERNAME: 'tina', ...responses },
    });

    // The setup's code is for the previous step, the sign-in's for this one: a code is used once.
    await waitForFreshStep(12);
    const now = Date.now() / 1000;
    const first = await signIn('tina', TEMPORARY);
    report('new_password_required', first.ChallengeName === 'NEW_PASSWORD_REQUIRED',
           first.ChallengeName);
    const setup = await respond(first, { NEW_PASSWORD: PASSWORD });
    report('mfa_setup_challenge', setup.ChallengeName === 'MFA_SETUP', setup.ChallengeName);
    const associated = await send('AssociateSoftwareToken', { Session: setup.Session });
    const verified = await send('VerifySoftwareToken', {
        Session: associated.Session, UserCode: totp(associated.SecretCode, now - 30),
        FriendlyDeviceName: 'sdk-v3',
    });
    report('verify_software_token', verified.Status === 'SUCCESS', verified.Status);
    const afterSetup = await respond({ ChallengeName: 'MFA_SETUP', Session: verified.Session }, {});
    report('mfa_setup_signed_in', afterSetup.AuthenticationResult &&
           afterSetup.AuthenticationResult.IdToken, Object.keys(afterSetup));

    const second = await signIn('tina', PASSWORD);
    report('totp_challenge', second.ChallengeName === 'SOFTWARE_TOKEN_MFA', second.ChallengeName);
    const signedIn = await respond(second, { SOFTWARE_TOKEN_MFA_CODE: totp(associated.SecretCode, now) });
    const tokens = signedIn.AuthenticationResult || {};
    report('totp_signed_in', tokens.AccessToken && tokens.RefreshToken && tokens.TokenType === 'Bearer',
           Object.keys(tokens));

    const refreshed = await send('InitiateAuth', {
        ClientId: clientId, AuthFlow: 'REFRESH_TOKEN_AUTH',
        AuthParameters: { REFRESH_TOKEN: tokens.RefreshToken },
    });
    report('refresh_token_auth', refreshed.AuthenticationResult &&
           refreshed.AuthenticationResult.AccessToken && !refreshed.AuthenticationResult.RefreshToken,
           Object.keys(refreshed.AuthenticationResult || {}));

    const user = await send('AdminGetUser', { UserPoolId: poolId, Username: 'tina' });
    report('admin_get_user', user.UserStatus === 'CONFIRMED' &&
           (user.UserMFASettingList || []).includes('SOFTWARE_TOKEN_MFA') &&
           user.UserCreateDate instanceof Date,
           { status: user.UserStatus, mfa: user.UserMFASettingList,
             created: String(user.UserCreateDate) });

    const names = [];
    for await (const page of sdk.paginateListUsers({ client: idp, pageSize: 1 },
                                                   { UserPoolId: poolId })) {
        names.push(...page.Users.map((u) => u.Username));
    }
    report('list_users_paginator', names.join(',') === 'dan,eve,tina', names);

    const wrong = await failure(() => signIn('dan', 'Wrong-horse-1'));
    report('wrong_password_error_class', wrong instanceof sdk.NotAuthorizedException &&
           wrong.$metadata.httpStatusCode === 400,
           wrong && { name: wrong.name, message: wrong.message });

    const forged = await failure(() => clientWith('not-the-secret').send(
        new sdk.ListUserPoolsCommand({ MaxResults: 10 })));
    report('wrong_secret_refused', forged && forged.name === 'InvalidSignatureException',
           forged && { name: forged.name, message: forged.message });
})().catch((error) => { report('script', false, String(error.stack || error)); process.exit(1); });
