// SPDX-License-Identifier: GPL-3.0-or-later
// The embedded English plural forms: "%n" messages read "1 account", not "1 accounts".
#include "util/Translations.h"

#include <QCoreApplication>
#include <QTest>

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { tessera::installTranslations(); }

    void pluralForms_data()
    {
        QTest::addColumn<QString>("context");
        QTest::addColumn<QString>("source");
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("expected");
        QTest::newRow("one-account") << "tessera::ui::ImportDialog"
                                     << "Import %n accounts" << 1 << "Import 1 account";
        QTest::newRow("two-accounts") << "tessera::ui::ImportDialog"
                                      << "Import %n accounts" << 2 << "Import 2 accounts";
        QTest::newRow("one-second") << "tessera::ui::QrCodeDialog"
                                    << "Hides in %n seconds" << 1 << "Hides in 1 second";
        QTest::newRow("core-one-byte")
            << "tessera::scan::QrEncoder"
            << "the text is too long for a QR code (%n bytes; at most 2953 fit)" << 1
            << "the text is too long for a QR code (1 byte; at most 2953 fit)";
        QTest::newRow("kdf-one-minute") << "tessera::crypto::KdfCost"
                                        << "about %n minutes" << 1 << "about 1 minute";
        QTest::newRow("kdf-two-hours") << "tessera::crypto::KdfCost"
                                       << "about %n hours" << 2 << "about 2 hours";
        QTest::newRow("qr-one-character")
            << "tessera::transfer::QrImageFormat"
            << "this QR code holds %n characters of text that is not an account (an account's "
               "code starts with otpauth:// or otpauth-migration://)"
            << 1
            << "this QR code holds 1 character of text that is not an account (an account's code "
               "starts with otpauth:// or otpauth-migration://)";
    }

    void pluralForms()
    {
        QFETCH(QString, context);
        QFETCH(QString, source);
        QFETCH(int, count);
        QFETCH(QString, expected);
        QCOMPARE(QCoreApplication::translate(context.toLatin1().constData(),
                                             source.toLatin1().constData(), nullptr, count),
                 expected);
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
