#!/usr/bin/env node
// SPDX-License-Identifier: GPL-3.0-or-later
// amazon-cognito-identity-js (npm) as the SRP peer for tests/core/pool/tst_cognitosrp.cpp: computes
// the client's side of Cognito's SRP with the library's own AuthenticationHelper, for a given
// secret a, so that Tessera's client and server can be checked against it.
//
// Usage: cognito_srp_peer.js PEERS_DIR < cases.json
// cases.json: {"cases": [{"a", "salt", "B", "poolName", "userId", "password", "secretBlock",
//              "timestamp", "epochMs"}, ...]} (numbers in hex)
// Prints {"version", "results": [{"A", "signature", "timestamp"}, ...]}: A = g^a, the
// PASSWORD_CLAIM_SIGNATURE the library's CognitoUser would send, and the library's TIMESTAMP
// for epochMs. Exits 3 with {"error"} when the package cannot be loaded.
'use strict';
const path = require('path');
const crypto = require('crypto');

const peers = path.resolve(process.argv[2]);
let AuthenticationHelper, BigInteger, DateHelper, version;
try {
    const lib = path.join(peers, 'node_modules', 'amazon-cognito-identity-js');
    AuthenticationHelper = require(path.join(lib, 'lib', 'AuthenticationHelper.js')).default;
    BigInteger = require(path.join(lib, 'lib', 'BigInteger.js')).default;
    DateHelper = require(path.join(lib, 'lib', 'DateHelper.js')).default;
    version = require(path.join(lib, 'package.json')).version;
} catch (error) {
    console.log(JSON.stringify({ error: String(error) }));
    process.exit(3);
}

const input = JSON.parse(require('fs').readFileSync(0, 'utf8'));
const results = [];
for (const c of input.cases) {
    const helper = new AuthenticationHelper(c.poolName);
    // The library draws a itself; the case gives it instead, and A follows as the library computes it.
    helper.smallAValue = new BigInteger(c.a, 16);
    let A = null;
    helper.calculateA(helper.smallAValue, (error, value) => { A = value; });
    helper.largeAValue = A;
    let key = null;
    helper.getPasswordAuthenticationKey(c.userId, c.password, new BigInteger(c.B, 16),
                                        new BigInteger(c.salt, 16), (error, value) => { key = value; });
    // As CognitoUser.authenticateUserDefaultAuth builds the claim.
    const message = Buffer.concat([Buffer.from(c.poolName, 'utf8'), Buffer.from(c.userId, 'utf8'),
                                   Buffer.from(c.secretBlock, 'base64'), Buffer.from(c.timestamp, 'utf8')]);
    const signature = crypto.createHmac('sha256', key).update(message).digest('base64');
    const RealDate = Date;
    global.Date = class extends RealDate { constructor() { super(c.epochMs); } };
    const timestamp = new DateHelper().getNowString();
    global.Date = RealDate;
    results.push({ A: A.toString(16), signature, timestamp });
}
console.log(JSON.stringify({ version, results }));
