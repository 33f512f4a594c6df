// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace tessera {

// The languages Tessera speaks, as the codes of its embedded .qm files ("de", "en", "pt_BR"),
// sorted; "en" is the language of the sources.
QStringList availableLanguages();

// Loads Tessera's translations into the running QCoreApplication, replacing the ones an earlier
// call loaded: English plural forms ("1 second", "2 seconds") always, then `language` ("de",
// "pt_BR"), or with an empty `language` the first of the system's languages Tessera has (on Unix
// from LANGUAGE, LC_ALL, LC_MESSAGES and LANG, as QLocale::system().uiLanguages() orders them);
// Qt's own texts (dialog buttons, --help) follow where Qt's translations are installed. Returns the
// language in use, "en" when none matched. Call after the application object exists, from its
// thread; installing sends QEvent::LanguageChange to every widget.
QString installTranslations(const QString& language = {});

} // namespace tessera
