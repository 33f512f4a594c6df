// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "IssuerIconIndex.h"

namespace tessera::icons {

// The issuer icon set compiled in under :/issuer-icons/ (index.json and one SVG per key), read
// once. Empty if the resource is missing: every entry then keeps its initials.
const IssuerIconIndex& bundledIssuerIcons();

} // namespace tessera::icons
