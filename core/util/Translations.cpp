// SPDX-License-Identifier: GPL-3.0-or-later
#include "Translations.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

namespace tessera {

void installTranslations()
{
    // The translators live as long as the application; parenting them to it frees them at exit.
    auto* english = new QTranslator(QCoreApplication::instance());
    if (english->load(QStringLiteral(":/i18n/tessera_en.qm"))) {
        QCoreApplication::installTranslator(english);
    }
    auto* local = new QTranslator(QCoreApplication::instance());
    if (local->load(QLocale::system(), QStringLiteral("tessera"), QStringLiteral("_"),
                    QStringLiteral(":/i18n")) &&
        !local->isEmpty()) {
        QCoreApplication::installTranslator(local);
    }
}

} // namespace tessera
