// SPDX-License-Identifier: GPL-3.0-or-later
#include "Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

#include <array>

namespace tessera {

namespace {

const QString kResourceFolder = QStringLiteral(":/i18n");
const QString kPrefix = QStringLiteral("tessera_");

// The translators installed last, so that a new choice replaces them. They are parented to the
// application, which frees them at exit; QPointer notices when an application object went away.
std::array<QPointer<QTranslator>, 3>& installed()
{
    static std::array<QPointer<QTranslator>, 3> translators;
    return translators;
}

QTranslator* loaded(const QLocale& locale, const QString& name, const QString& folder)
{
    auto* translator = new QTranslator(QCoreApplication::instance());
    if (translator->load(locale, name, QStringLiteral("_"), folder) && !translator->isEmpty()) {
        return translator;
    }
    delete translator;
    return nullptr;
}

} // namespace

QStringList availableLanguages()
{
    QStringList languages;
    const QStringList files =
        QDir(kResourceFolder).entryList({kPrefix + QStringLiteral("*.qm")}, QDir::Files);
    for (const QString& file : files) {
        languages << file.mid(kPrefix.size(), file.size() - kPrefix.size() - 3);
    }
    languages.sort();
    return languages;
}

QString installTranslations(const QString& language)
{
    for (QPointer<QTranslator>& translator : installed()) {
        if (translator) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }
    installed() = {};

    // A language the user chose must be one Tessera has; anything else falls back to the system's.
    const QLocale locale = !language.isEmpty() && availableLanguages().contains(language)
                               ? QLocale(language)
                               : QLocale::system();
    // Later translators are asked first: the chosen language, then the English plural forms.
    auto* english = new QTranslator(QCoreApplication::instance());
    if (english->load(kPrefix + QStringLiteral("en.qm"), kResourceFolder)) {
        QCoreApplication::installTranslator(english);
        installed()[0] = english;
    } else {
        delete english;
    }
    QString inUse = QStringLiteral("en");
    if (QTranslator* own = loaded(locale, QStringLiteral("tessera"), kResourceFolder)) {
        const QString code = QFileInfo(own->filePath()).completeBaseName().mid(kPrefix.size());
        if (code != QStringLiteral("en")) {
            inUse = code;
            QCoreApplication::installTranslator(own);
            installed()[1] = own;
            // Qt's own texts only beside a Tessera translation: never German buttons in English.
            if (QTranslator* qt = loaded(QLocale(inUse), QStringLiteral("qtbase"),
                                         QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
                QCoreApplication::installTranslator(qt);
                installed()[2] = qt;
            }
        } else {
            delete own;
        }
    }
    return inUse;
}

} // namespace tessera
