// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace tessera {

// Loads Tessera's translations into the running QCoreApplication: English plural forms ("1 second",
// "2 seconds") always, then the system language's file where one exists. Call once after the
// application object exists.
void installTranslations();

} // namespace tessera
