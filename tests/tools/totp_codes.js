// SPDX-License-Identifier: GPL-3.0-or-later
// TOTP codes for the Node.js peers of the pool serve tests (serve_*.js), computed here so that
// the peers need nothing beyond the client under test.
'use strict';
const crypto = require('crypto');

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

// RFC 6238 with SHA-1, 6 digits, 30-second steps, for the step holding `seconds`.
function totp(secret, seconds) {
    const counter = Buffer.alloc(8);
    counter.writeBigUInt64BE(BigInt(Math.floor(seconds / 30)));
    const mac = crypto.createHmac('sha1', base32Decode(secret)).update(counter).digest();
    const offset = mac[mac.length - 1] & 0x0f;
    const value = (mac.readUInt32BE(offset) & 0x7fffffff) % 1000000;
    return String(value).padStart(6, '0');
}

// Waits into the next step when fewer than `margin` seconds of this one are left, so that a code
// for the previous step and one for this step stay those steps while the calls run.
function waitForFreshStep(margin) {
    const left = 30 - (Date.now() / 1000) % 30;
    return left < margin ? new Promise((r) => setTimeout(r, (left + 0.5) * 1000)) : Promise.resolve();
}

module.exports = { totp, waitForFreshStep };
