// SPDX-License-Identifier: GPL-3.0-or-later
#include "Screenshot.h"
#include "TestVault.h"

#include "authenticator/AuthenticatorPage.h"
#include "authenticator/VaultSession.h"
#include "scan/QrDecoder.h"
#include "shell/MainWindow.h"
#include "authenticator/ExportDialog.h"
#include "transfer/Importer.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace tessera;
using namespace tessera::test;
using tessera::test::Screenshot;
using transfer::ExportFormat;
using ui::ExportDialog;

namespace {

const QString kExportPassword = QStringLiteral("export password 42");

// Twelve accounts Google Authenticator can hold (two codes of ten), then one it cannot.
QStringList sampleUris()
{
    QStringList uris;
    const QStringList secrets{
        QStringLiteral("JBSWY3DPEHPK3PXP"),
        QStringLiteral("KRSXG5CTMVRXEZLU"),
        QStringLiteral("MFRGGZDFMZTWQ2LK"),
        QStringLiteral("GEZDGNBVGY3TQOJQ"),
    };
    for (int i = 0; i < 12; ++i) {
        uris.append(QStringLiteral("otpauth://totp/Issuer%1:user%1@example.com?secret=%2%3"
                                   "&issuer=Issuer%1")
                        .arg(i)
                        .arg(secrets[i % secrets.size()], secrets[(i + 1) % secrets.size()]));
    }
    uris.append(QStringLiteral(
        "otpauth://steam/Steam:gamer?secret=JRZCL47CMXVOQMNPZR2F7J4RGI&issuer=Steam"));
    return uris;
}

// What an export must keep of each account, as one comparable line.
QString describe(const otp::OtpParameters& p)
{
    return QStringList{p.issuer(), p.account(),
                       QString::fromLatin1(p.secret().view().toByteArray().toHex())}
        .join(QLatin1Char('|'));
}

QStringList describe(const vault::Vault& vault)
{
    QStringList lines;
    for (const vault::Entry& entry : vault.entries()) {
        lines.append(describe(entry.parameters()));
    }
    std::sort(lines.begin(), lines.end());
    return lines;
}

QStringList describe(const transfer::ImportResult& result)
{
    QStringList lines;
    for (const transfer::ImportItem& item : result.items) {
        lines.append(item.ok() ? describe(*item.parameters)
                               : QStringLiteral("error: ") + item.error);
    }
    std::sort(lines.begin(), lines.end());
    return lines;
}

QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Cheap KDFs, and a fixed random source so the migration batch id can be computed again.
transfer::ExportOptions testOptions()
{
    transfer::ExportOptions options;
    options.aegisScrypt = crypto::ScryptParameters{1 << 10, 8, 1};
    options.tessera = cheapKdf();
    options.random = [](std::span<std::uint8_t> out) {
        std::fill(out.begin(), out.end(), std::uint8_t(0x5a));
        return true;
    };
    return options;
}

// Hooks that answer at once, as the user would in the confirmation box and the file dialog.
ExportDialog::ConfirmPlain answerConfirm(std::function<bool(ExportFormat)> decide)
{
    return [decide = std::move(decide)](ExportFormat format, std::function<void(bool)> answer) {
        answer(decide(format));
    };
}

ExportDialog::ChoosePath answerPath(std::function<QString(const QString&)> choose)
{
    return [choose = std::move(choose)](const QString& suggested,
                                        std::function<void(const QString&)> answer) {
        answer(choose(suggested));
    };
}

bool openSession(ui::VaultSession& session)
{
    session.open(bytes(kPassword));
    return QTest::qWaitFor([&] { return session.isOpen() && !session.isBusy(); }, 10000);
}

void typePasswords(ExportDialog& dialog, const QString& password, const QString& repeat)
{
    dialog.findChild<QLineEdit*>(QStringLiteral("exportPassword"))->setText(password);
    dialog.findChild<QLineEdit*>(QStringLiteral("repeatPassword"))->setText(repeat);
}

QString statusText(const ExportDialog& dialog)
{
    return dialog.findChild<QLabel*>(QStringLiteral("status"))->text();
}

QPushButton* exportButton(const ExportDialog& dialog)
{
    return dialog.findChild<QPushButton*>(QStringLiteral("exportButton"));
}

} // namespace

class TestExportDialog : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void writesFileThatImportsBack_data();
    void writesFileThatImportsBack();
    void declinedPlainExportWritesNothing();
    void existingFileIsNotReplaced();
    void passwordsMustMatch();
    void confirmationDefaultsToCancel();
    void googleCodesShowOneByOne();
    void codesHideAfterAMinute();
    void accountsMenuOffersExportWhenUnlocked();

private:
    QTemporaryDir m_dir;
    QString m_vaultPath;
};

void TestExportDialog::init()
{
    QVERIFY(m_dir.isValid());
    QFile::remove(m_dir.filePath(QStringLiteral("test.tessera")));
    m_vaultPath = makeVault(m_dir, sampleUris());
}

void TestExportDialog::writesFileThatImportsBack_data()
{
    QTest::addColumn<ExportFormat>("format");
    QTest::addColumn<bool>("encrypted");
    QTest::addColumn<QString>("fileName");
    QTest::newRow("tessera backup") << ExportFormat::Tessera << true << "out.tessera";
    QTest::newRow("aegis encrypted") << ExportFormat::Aegis << true << "out.aegis.json";
    QTest::newRow("aegis plain") << ExportFormat::Aegis << false << "plain.aegis.json";
    QTest::newRow("otpauth list") << ExportFormat::UriList << false << "out.txt";
    QTest::newRow("printable page") << ExportFormat::Html << false << "out.html";
}

void TestExportDialog::writesFileThatImportsBack()
{
    QFETCH(ExportFormat, format);
    QFETCH(bool, encrypted);
    QFETCH(QString, fileName);
    ui::VaultSession session(m_vaultPath);
    QVERIFY(openSession(session));

    ExportDialog dialog(session);
    dialog.setBaseOptions(testOptions());
    int confirmations = 0;
    dialog.setConfirmPlain(answerConfirm([&](ExportFormat) {
        ++confirmations;
        return true;
    }));
    QString suggested;
    const QString path = m_dir.filePath(fileName);
    dialog.setChoosePath(answerPath([&](const QString& offered) {
        suggested = offered;
        return path;
    }));
    dialog.setFormat(format);
    dialog.show();
    if (format == ExportFormat::Aegis) {
        auto* encrypt = dialog.findChild<QCheckBox*>(QStringLiteral("encrypt"));
        QVERIFY2(encrypt->isChecked(), "Aegis exports are encrypted unless the user says not");
        encrypt->setChecked(encrypted);
    }
    if (encrypted) {
        QVERIFY2(!exportButton(dialog)->isEnabled(), "an encrypted export waits for a password");
        typePasswords(dialog, kExportPassword, kExportPassword);
    }
    QVERIFY2(exportButton(dialog)->isEnabled(), qPrintable(statusText(dialog)));

    if (format == ExportFormat::Aegis && encrypted) {
        const QImage shot = Screenshot::grab(&dialog);
        QVERIFY2(Screenshot::distinctColours(shot) > 8, "the form was painted");
        QVERIFY(Screenshot::saveIfAsked(shot, QStringLiteral("export-dialog-light.png")));
    }

    QSignalSpy exported(&dialog, &ExportDialog::exported);
    exportButton(dialog)->click();
    QCOMPARE(confirmations, encrypted ? 0 : 1);
    QVERIFY2(suggested.contains(QStringLiteral("tessera-export-")), qPrintable(suggested));
    QVERIFY2(dialog.isBusy(), "the export runs off the UI thread");
    QVERIFY2(!exportButton(dialog)->isEnabled(), "no second export while one runs");
    QVERIFY2(dialog.findChild<QLineEdit*>(QStringLiteral("exportPassword"))->text().isEmpty(),
             "the password field is cleared once it was used");
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), 30000);
    QCOMPARE(exported.count(), 1);
    QVERIFY2(statusText(dialog).contains(QStringLiteral("Wrote 13 accounts")),
             qPrintable(statusText(dialog)));

    const QStringList expected = describe(*session.vault());
    if (format == ExportFormat::Html) {
        // No importer reads the printable page back; it must be what core makes of this vault.
        const auto page =
            transfer::Exporter::exportData(*session.vault(), ExportFormat::Html, testOptions());
        QVERIFY(page.hasValue());
        QCOMPARE(fileBytes(path), page->data);
        QVERIFY(QString::fromUtf8(fileBytes(path)).contains(QStringLiteral("Issuer11")));
        return;
    }
    transfer::ImportOptions options;
    const crypto::SecureBytes password = bytes(kExportPassword);
    const transfer::ImportResult plainRead = transfer::Importer::importFile(path, options);
    if (encrypted) {
        QVERIFY2(!plainRead.ok(), "an encrypted export does not read without its password");
        options.password = &password;
    }
    const transfer::ImportResult read = transfer::Importer::importFile(path, options);
    QVERIFY2(read.ok(), qPrintable(read.error));
    QCOMPARE(describe(read), expected);
}

void TestExportDialog::declinedPlainExportWritesNothing()
{
    ui::VaultSession session(m_vaultPath);
    QVERIFY(openSession(session));
    ExportDialog dialog(session);
    dialog.setBaseOptions(testOptions());
    ExportFormat asked = ExportFormat::Tessera;
    dialog.setConfirmPlain(answerConfirm([&](ExportFormat format) {
        asked = format;
        return false;
    }));
    bool pathAsked = false;
    const QString path = m_dir.filePath(QStringLiteral("declined.txt"));
    dialog.setChoosePath(answerPath([&](const QString&) {
        pathAsked = true;
        return path;
    }));
    dialog.setFormat(ExportFormat::UriList);
    QVERIFY(dialog.startExport());
    QVERIFY2(asked == ExportFormat::UriList, "the plain export asked first");
    QVERIFY2(!pathAsked && !dialog.isBusy(), "declining stops before anything is chosen");
    QVERIFY(!QFile::exists(path));
    QVERIFY2(statusText(dialog).contains(QStringLiteral("Nothing was exported")),
             qPrintable(statusText(dialog)));
}

void TestExportDialog::existingFileIsNotReplaced()
{
    ui::VaultSession session(m_vaultPath);
    QVERIFY(openSession(session));
    const QString path = m_dir.filePath(QStringLiteral("taken.txt"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("my shopping list\n");
    }
    ExportDialog dialog(session);
    dialog.setBaseOptions(testOptions());
    dialog.setConfirmPlain(answerConfirm([](ExportFormat) { return true; }));
    dialog.setChoosePath(answerPath([&](const QString&) { return path; }));
    dialog.setFormat(ExportFormat::UriList);
    QVERIFY(dialog.startExport());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), 30000);
    QCOMPARE(fileBytes(path), QByteArray("my shopping list\n"));
    QVERIFY2(statusText(dialog).contains(QStringLiteral("already exists")) &&
                 statusText(dialog).contains(QStringLiteral("Nothing was exported")),
             qPrintable(statusText(dialog)));
}

void TestExportDialog::passwordsMustMatch()
{
    ui::VaultSession session(m_vaultPath);
    QVERIFY(openSession(session));
    ExportDialog dialog(session);
    dialog.setChoosePath(answerPath([](const QString&) { return QString(); }));
    dialog.setFormat(ExportFormat::Tessera);
    auto* message = dialog.findChild<QLabel*>(QStringLiteral("passwordMessage"));
    QVERIFY2(!exportButton(dialog)->isEnabled(), "a Tessera backup needs a password");
    typePasswords(dialog, kExportPassword, kExportPassword + QLatin1Char('!'));
    QVERIFY2(!exportButton(dialog)->isEnabled() && !dialog.canExport(),
             "mismatched passwords keep Export disabled");
    QVERIFY2(message->text().contains(QStringLiteral("do not match")), qPrintable(message->text()));
    QVERIFY(!dialog.startExport());
    typePasswords(dialog, kExportPassword, kExportPassword);
    QVERIFY(exportButton(dialog)->isEnabled());
    typePasswords(dialog, QString(), QString());
    QVERIFY2(!exportButton(dialog)->isEnabled(), "an empty password is not one");

    // An unencrypted Aegis export needs no password but will ask before writing.
    dialog.setFormat(ExportFormat::Aegis);
    QVERIFY(!exportButton(dialog)->isEnabled());
    dialog.findChild<QCheckBox*>(QStringLiteral("encrypt"))->setChecked(false);
    QVERIFY(exportButton(dialog)->isEnabled());
}

// The box the user sees before a plain export: it says what the file means, and Enter cancels.
void TestExportDialog::confirmationDefaultsToCancel()
{
    ui::VaultSession session(m_vaultPath);
    QVERIFY(openSession(session));
    ExportDialog dialog(session);
    bool pathAsked = false;
    dialog.setChoosePath(answerPath([&](const QString&) {
        pathAsked = true;
        return m_dir.filePath(QStringLiteral("never.html"));
    }));
    dialog.setFormat(ExportFormat::Html);
    dialog.show();
    QVERIFY(dialog.startExport());
    QMessageBox* box = nullptr;
    QTRY_VERIFY((box = dialog.findChild<QMessageBox*>(QStringLiteral("confirmPlain"))) != nullptr &&
                box->isVisible());
    const QString said = box->text() + QLatin1Char(' ') + box->informativeText();
    QVERIFY2(
        said.contains(QStringLiteral("Anyone who can read the file can generate your codes")) &&
            said.contains(QStringLiteral("offline")) && said.contains(QStringLiteral("delete")),
        qPrintable(said));
    QCOMPARE(box->defaultButton(), box->button(QMessageBox::Cancel));
    QVERIFY2(!exportButton(dialog)->isEnabled(), "no second export while the box is open");
    QTest::keyClick(box, Qt::Key_Return);
    QTRY_VERIFY(dialog.findChild<QMessageBox*>(QStringLiteral("confirmPlain")) == nullptr);
    QVERIFY2(!pathAsked && !QFile::exists(m_dir.filePath(QStringLiteral("never.html"))),
             "Enter in the box cancels the export");
    QVERIFY(exportButton(dialog)->isEnabled());
}

void TestExportDialog::googleCodesShowOneByOne()
{
    ui::VaultSession session(m_vaultPath);
    QVERIFY(openSession(session));
    ExportDialog dialog(session);
    dialog.setBaseOptions(testOptions());
    int confirmations = 0;
    dialog.setConfirmPlain(answerConfirm([&](ExportFormat format) {
        confirmations += format == ExportFormat::GoogleMigration ? 1 : 100;
        return true;
    }));
    dialog.setChoosePath(answerPath([](const QString&) {
        QTest::qFail("the QR codes are not written to a file", __FILE__, __LINE__);
        return QString();
    }));
    dialog.setFormat(ExportFormat::GoogleMigration);
    dialog.show();
    QVERIFY(dialog.startExport());
    QCOMPARE(confirmations, 1);
    QVERIFY(dialog.isShowingCodes());
    QCOMPARE(dialog.codeCount(), 2);

    const auto expected = transfer::Exporter::exportData(
        *session.vault(), ExportFormat::GoogleMigration, testOptions());
    QVERIFY(expected.hasValue());
    const QStringList uris =
        QString::fromUtf8(expected->data).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(uris.size(), 2);

    auto* position = dialog.findChild<QLabel*>(QStringLiteral("codePosition"));
    auto* next = dialog.findChild<QPushButton*>(QStringLiteral("nextCode"));
    auto* previous = dialog.findChild<QPushButton*>(QStringLiteral("previousCode"));
    auto* shown = dialog.findChild<QLabel*>(QStringLiteral("qrImage"));
    for (int page = 0; page < 2; ++page) {
        QCOMPARE(dialog.currentCode(), page);
        QCOMPARE(position->text(), QStringLiteral("Code %1 of 2").arg(page + 1));
        const QImage image = shown->pixmap().toImage();
        QVERIFY2(!image.isNull(), "a QR code is shown");
        const auto area = [&dialog](const QWidget* widget) {
            return QRect(widget->mapTo(&dialog, QPoint()), widget->size());
        };
        // Laid out once the posted layout requests ran, as they do before the first paint.
        QTRY_VERIFY2(shown->width() >= image.width() && shown->height() >= image.height() &&
                         dialog.rect().contains(area(shown)) && !area(shown).intersects(area(next)),
                     "the code is neither clipped nor covered, quiet zone included");
        // What the screen shows, read back as a phone would read it.
        const auto decoded = scan::QrDecoder::decode(shown->grab().toImage());
        QVERIFY2(decoded, qPrintable(decoded.error()));
        QCOMPARE(*decoded, QStringList{uris.at(page)});
        if (page == 0) {
            const QImage shot = Screenshot::grab(&dialog);
            QVERIFY2(Screenshot::distinctColours(shot) > 8, "the codes view was painted");
            QVERIFY(Screenshot::saveIfAsked(shot, QStringLiteral("export-google-light.png")));
            QVERIFY2(!previous->isEnabled() && next->isEnabled(), "the first of two codes");
            next->click();
        }
    }
    QVERIFY2(previous->isEnabled() && !next->isEnabled(), "the last of two codes");
    auto* skipped = dialog.findChild<QLabel*>(QStringLiteral("skipped"));
    QVERIFY2(skipped->text().contains(QStringLiteral("Steam:gamer")) &&
                 !skipped->text().contains(QStringLiteral("Issuer")),
             qPrintable(skipped->text()));
    QVERIFY2(dialog.findChild<QLabel*>(QStringLiteral("codesWarning"))
                 ->text()
                 .contains(QStringLiteral("secrets")),
             "the screen says it shows secrets");

    previous->click();
    QCOMPARE(dialog.currentCode(), 0);
    dialog.findChild<QPushButton*>(QStringLiteral("hideCodes"))->click();
    QVERIFY(!dialog.isShowingCodes());
    QVERIFY2(shown->pixmap().isNull() && dialog.currentCodeImage().isNull(), "nothing stays shown");
}

void TestExportDialog::codesHideAfterAMinute()
{
    ui::VaultSession session(m_vaultPath);
    QVERIFY(openSession(session));
    ExportDialog dialog(session);
    dialog.setConfirmPlain(answerConfirm([](ExportFormat) { return true; }));
    dialog.setFormat(ExportFormat::GoogleMigration);
    QVERIFY(dialog.startExport());
    auto* timer = dialog.findChild<QTimer*>(QStringLiteral("hideTimer"));
    QVERIFY(timer && timer->isActive());
    auto* next = dialog.findChild<QPushButton*>(QStringLiteral("nextCode"));
    // The clock is the timer: each timeout is a second that passed.
    for (int second = 0; second < ExportDialog::kShowSeconds - 5; ++second) {
        QMetaObject::invokeMethod(timer, "timeout");
    }
    next->click();
    for (int second = 0; second < ExportDialog::kShowSeconds - 5; ++second) {
        QMetaObject::invokeMethod(timer, "timeout");
    }
    QVERIFY2(dialog.isShowingCodes(), "stepping to the next code started the minute again");
    for (int second = 0; second < 5; ++second) {
        QMetaObject::invokeMethod(timer, "timeout");
    }
    QVERIFY2(!dialog.isShowingCodes() && !timer->isActive(), "a minute without use hides them");
    QVERIFY2(statusText(dialog).contains(QStringLiteral("hidden")), qPrintable(statusText(dialog)));
}

void TestExportDialog::accountsMenuOffersExportWhenUnlocked()
{
    ui::MainWindow window(new ui::AuthenticatorPage(m_vaultPath, [] { return kNow; }));
    QMenu* accounts = nullptr;
    const QList<QAction*> menus = window.menuBar()->actions();
    for (QAction* menu : menus) {
        if (menu->text() == QStringLiteral("&Accounts")) {
            accounts = menu->menu();
        }
    }
    QVERIFY(accounts);
    auto* import = window.findChild<QAction*>(QStringLiteral("actionImport"));
    auto* exportAction = window.findChild<QAction*>(QStringLiteral("actionExport"));
    QVERIFY(import && exportAction);
    const QList<QAction*> items = accounts->actions();
    QVERIFY2(items.indexOf(exportAction) == items.indexOf(import) + 1,
             "Export… follows Import… in the Accounts menu");

    auto* page = window.findChild<ui::AuthenticatorPage*>();
    QVERIFY2(!exportAction->isEnabled() && page->openExportDialog() == nullptr,
             "no export while the vault is locked");
    QVERIFY(openSession(page->session()));
    QTRY_VERIFY(page->model() != nullptr);
    QVERIFY(exportAction->isEnabled());
    exportAction->trigger();
    auto* dialog = page->findChild<ExportDialog*>();
    QVERIFY2(dialog && dialog->isVisible(), "Export… opens the dialog");
    page->lock();
    QTRY_VERIFY2(page->findChild<ExportDialog*>() == nullptr, "locking closes the export dialog");
}

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
