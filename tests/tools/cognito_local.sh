#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs cognito-local, amazon-cognito-identity-js and @aws-sdk/client-cognito-identity-provider
# (npm) into PEERS_DIR if they are not there, then starts cognito-local on 127.0.0.1:PORT with DATA_DIR as its working (data) folder,
# in the foreground (the caller stops it).
# Usage: cognito_local.sh PEERS_DIR DATA_DIR PORT   (--install-only: PEERS_DIR only)
set -euo pipefail
peers="$1"
# amazon-cognito-identity-js rides along: the SRP tests (tst_cognitosrp) check Tessera against it;
# so do the AWS SDK for JavaScript v3's Cognito client (tst_serve_aws_sdk_js) and
# @simplewebauthn/server, which checks what Tessera's software authenticator makes (tst_webauthnpeers).
missing=()
[ -f "$peers/node_modules/cognito-local/lib/bin/start.js" ] || missing+=(cognito-local@5)
[ -f "$peers/node_modules/amazon-cognito-identity-js/package.json" ] || missing+=(amazon-cognito-identity-js@6)
[ -f "$peers/node_modules/@aws-sdk/client-cognito-identity-provider/package.json" ] ||
    missing+=(@aws-sdk/client-cognito-identity-provider@3)
[ -f "$peers/node_modules/@simplewebauthn/server/package.json" ] || missing+=(@simplewebauthn/server@13)
if [ ${#missing[@]} -gt 0 ]; then
    command -v npm >/dev/null 2>&1 || { echo "cognito_local: npm is not installed" >&2; exit 3; }
    mkdir -p "$peers"
    npm install --no-audit --no-fund --prefix "$peers" "${missing[@]}" >&2
fi
[ "${2:-}" = "--install-only" ] && exit 0
cd "$2"
export PORT="$3" HOST=127.0.0.1
exec node "$peers/node_modules/cognito-local/lib/bin/start.js"
