#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs cognito-local (npm) into PEERS_DIR if it is not there, then starts it on 127.0.0.1:PORT
# with DATA_DIR as its working (data) folder, in the foreground (the caller stops it).
# Usage: cognito_local.sh PEERS_DIR DATA_DIR PORT   (--install-only: PEERS_DIR only)
set -euo pipefail
peers="$1"
if [ ! -f "$peers/node_modules/cognito-local/lib/bin/start.js" ]; then
    command -v npm >/dev/null 2>&1 || { echo "cognito_local: npm is not installed" >&2; exit 3; }
    mkdir -p "$peers"
    npm install --no-audit --no-fund --prefix "$peers" cognito-local@5 >&2
fi
[ "${2:-}" = "--install-only" ] && exit 0
cd "$2"
export PORT="$3" HOST=127.0.0.1
exec node "$peers/node_modules/cognito-local/lib/bin/start.js"
