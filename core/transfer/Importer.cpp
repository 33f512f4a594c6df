// SPDX-License-Identifier: GPL-3.0-or-later
#include "Importer.h"

#include "AegisFormat.h"
#include "AndOtpFormat.h"
#include "AndroidPreferences.h"
#include "AuthenticatorPlusFormat.h"
#include "CsvFormats.h"
#include "FreeOtpFormat.h"
#include "GoogleMigration.h"
#include "ItemBuilder.h"
#include "PreferenceFormats.h"
#include "QrImageFormat.h"
#include "SimpleJsonFormats.h"
#include "SqliteFormats.h"
#include "StratumFormat.h"
#include "TwoFasFormat.h"
#include "UriListFormat.h"
#include "util/BoundedRead.h"
#include "vault/VaultFile.h"
#include "vault/VaultHeader.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTemporaryDir>

#include <cstring>

namespace tessera::transfer {

namespace {

// Larger files are not authenticator exports; refusing them keeps a mistaken path cheap.
constexpr qint64 kMaxFileSize = kMaxInputBytes;
// Accounts one file may bring in; see importData().
constexpr std::size_t kMaxImportItems = 10'000;

bool startsWith(QByteArrayView data, const char* prefix)
{
    return data.startsWith(QByteArrayView(prefix));
}

bool isTesseraVault(QByteArrayView data)
{
    return data.size() >= qsizetype(sizeof vault::kMagic) &&
           std::memcmp(data.data(), vault::kMagic, sizeof vault::kMagic) == 0;
}

// Formats Tessera recognises but cannot read: naming them beats "unrecognised".
QString unsupportedKind(QByteArrayView data)
{
    if (SqliteFormats::isSqlite(data)) {
        return Importer::tr("an SQLite database, but not one of Google Authenticator, Microsoft "
                            "Authenticator or Authenticator Pro");
    }
    if (startsWith(data, "PK\x03\x04")) {
        return Importer::tr(
            "a zip archive without the Accounts.txt of an Authenticator Plus export");
    }
    const QByteArray head =
        data.first(std::min<qsizetype>(data.size(), 512)).toByteArray().trimmed();
    if (head.startsWith("<?xml") || head.startsWith("<map")) {
        return Importer::tr(
            "an XML file that is none of FreeOTP, FreeOTP+, Authy, Battle.net or TOTP "
            "Authenticator");
    }
    return {};
}

// Formats whose content is not JSON or text lines, recognised by their magic or structure.
QString detectBinaryOrXml(QByteArrayView data)
{
    if (SqliteFormats::isSqlite(data)) {
        return SqliteFormats::detect(data);
    }
    if (QrImageFormat::recognises(data)) {
        return QStringLiteral("qr-image");
    }
    if (FreeOtpFormat::recognisesV2(data)) {
        return QStringLiteral("freeotp-v2");
    }
    if (StratumFormat::recognises(data)) {
        return QStringLiteral("stratum");
    }
    if (AuthenticatorPlusFormat::recognises(data)) {
        return QStringLiteral("authenticator-plus");
    }
    if (const auto preferences = AndroidPreferences::parse(data)) {
        QString format = PreferenceFormats::detect(*preferences);
        if (!format.isEmpty()) {
            return format;
        }
        return FreeOtpFormat::recognisesV1(*preferences) ? QStringLiteral("freeotp") : QString();
    }
    return {};
}

bool isMostlyText(QByteArrayView data)
{
    const auto sample = data.first(std::min<qsizetype>(data.size(), 4096));
    qsizetype control = 0;
    for (const char c : sample) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x20 && c != '\n' && c != '\r' && c != '\t') {
            ++control;
        }
    }
    return control == 0;
}

ImportResult readTesseraVault(QByteArrayView data, const crypto::SecureBytes* password)
{
    const QString format = QStringLiteral("tessera");
    if (password == nullptr) {
        return ImportResult::failed(
            ImportFailure::PasswordRequired,
            Importer::tr("this is a Tessera vault or backup: give its password"), format);
    }
    // VaultFile opens paths; a private copy keeps the source's folder untouched.
    QTemporaryDir directory;
    QFile copy(directory.filePath(QStringLiteral("import.tessera")));
    if (!directory.isValid() || !copy.open(QIODevice::WriteOnly) ||
        copy.write(data.data(), data.size()) != data.size()) {
        return ImportResult::failed(
            ImportFailure::Unreadable,
            Importer::tr("could not stage the Tessera backup in a temporary folder"), format);
    }
    copy.close();
    auto opened = vault::VaultFile::open(copy.fileName(), *password, 0);
    if (!opened) {
        const vault::OpenError code = opened.failure().code;
        const ImportFailure failure =
            code == vault::OpenError::WrongPassword ? ImportFailure::WrongPassword
            : code == vault::OpenError::TooCostly   ? ImportFailure::TooCostly
                                                    : ImportFailure::Damaged;
        return ImportResult::failed(failure,
                                    failure == ImportFailure::WrongPassword
                                        ? Importer::tr("wrong password for this Tessera backup")
                                        : opened.error(),
                                    format);
    }
    ImportResult result;
    result.format = format;
    for (const vault::Entry& entry : opened->vault().entries()) {
        result.items.push_back(
            ItemBuilder::fromParameters(entry.displayName(), entry.parameters()));
    }
    return result;
}

} // namespace

QStringList Importer::formatNames()
{
    return {QStringLiteral("otpauth-list"),
            QStringLiteral("google-migration"),
            QStringLiteral("aegis"),
            QStringLiteral("2fas"),
            QStringLiteral("andotp"),
            QStringLiteral("bitwarden-json"),
            QStringLiteral("bitwarden-csv"),
            QStringLiteral("keepass-csv"),
            QStringLiteral("freeotp"),
            QStringLiteral("freeotp-v2"),
            QStringLiteral("freeotp-plus"),
            QStringLiteral("proton"),
            QStringLiteral("steam"),
            QStringLiteral("duo"),
            QStringLiteral("stratum"),
            QStringLiteral("authy"),
            QStringLiteral("battle-net"),
            QStringLiteral("totp-authenticator"),
            QStringLiteral("google-authenticator-db"),
            QStringLiteral("microsoft-authenticator-db"),
            QStringLiteral("authenticator-plus"),
            QStringLiteral("qr-image"),
            QStringLiteral("tessera")};
}

QString Importer::detectFormat(QByteArrayView data)
{
    if (isTesseraVault(data)) {
        return QStringLiteral("tessera");
    }
    QString binaryOrXml = detectBinaryOrXml(data);
    if (!binaryOrXml.isEmpty()) {
        return binaryOrXml;
    }
    if (!unsupportedKind(data).isEmpty()) {
        return {};
    }
    if (!isMostlyText(data)) {
        // andOTP's encrypted backups have no header to recognise; binary data is tried as one.
        return QStringLiteral("andotp");
    }
    const QJsonDocument document = QJsonDocument::fromJson(data.toByteArray());
    if (document.isObject()) {
        const QJsonObject root = document.object();
        if (AegisFormat::recognises(root)) {
            return QStringLiteral("aegis");
        }
        if (TwoFasFormat::recognises(root)) {
            return QStringLiteral("2fas");
        }
        return SimpleJsonFormats::detect(document);
    }
    if (document.isArray()) {
        if (AndOtpFormat::recognises(document.array())) {
            return QStringLiteral("andotp");
        }
        return SimpleJsonFormats::detect(document);
    }
    const QString text = QString::fromUtf8(data);
    if (UriListFormat::recognises(text)) {
        return GoogleMigration::isMigrationUri(text.trimmed()) ? QStringLiteral("google-migration")
                                                               : QStringLiteral("otpauth-list");
    }
    QString csv = CsvFormats::detect(text);
    if (!csv.isEmpty()) {
        return csv;
    }
    return PreferenceFormats::recognisesTotpAuthenticatorBackup(data)
               ? QStringLiteral("totp-authenticator")
               : QString();
}

ImportResult Importer::importData(QByteArrayView data, const ImportOptions& options)
{
    ImportResult result = readData(data, options);
    // Real exports hold tens to a few hundred accounts. A file of millions of tiny entries
    // (64 MiB of them fit) would make a vault of hundreds of MB that every save rewrites.
    if (result.items.size() > kMaxImportItems) {
        return ImportResult::failed(
            ImportFailure::Unsupported,
            tr("this file holds %1 accounts; Tessera imports at most %2 from one file, so that a "
               "hostile file cannot fill the vault: split it into smaller files")
                .arg(QLocale().toString(quint64(result.items.size())),
                     QLocale().toString(quint64(kMaxImportItems))),
            result.format);
    }
    return result;
}

ImportResult Importer::readData(QByteArrayView data, const ImportOptions& options)
{
    if (data.trimmed().isEmpty()) {
        return ImportResult::failed(ImportFailure::Unrecognised, tr("the file is empty"));
    }
    if (!options.format.isEmpty() && !formatNames().contains(options.format)) {
        return ImportResult::failed(
            ImportFailure::Unrecognised,
            tr("unknown format '%1'; known formats: %2")
                .arg(options.format, formatNames().join(QLatin1String(", "))));
    }
    const QString format = options.format.isEmpty() ? detectFormat(data) : options.format;
    if (format.isEmpty()) {
        const QString kind = unsupportedKind(data);
        if (!kind.isEmpty()) {
            return ImportResult::failed(
                ImportFailure::Unsupported,
                tr("this looks like %1, which Tessera cannot import yet").arg(kind));
        }
        return ImportResult::failed(ImportFailure::Unrecognised,
                                    tr("not a format Tessera can import (it reads %1)")
                                        .arg(formatNames().join(QLatin1String(", "))));
    }
    if (format == QLatin1String("tessera")) {
        return readTesseraVault(data, options.password);
    }
    if (format == QLatin1String("qr-image")) {
        return QrImageFormat::read(data);
    }
    if (format == QLatin1String("freeotp-v2")) {
        return FreeOtpFormat::readV2(data, options.password);
    }
    if (format == QLatin1String("authenticator-plus")) {
        return AuthenticatorPlusFormat::read(data, options.password);
    }
    if (format == QLatin1String("google-authenticator-db") ||
        format == QLatin1String("microsoft-authenticator-db") ||
        (format == QLatin1String("stratum") && SqliteFormats::isSqlite(data))) {
        return SqliteFormats::read(format, data);
    }
    if (format == QLatin1String("stratum") && StratumFormat::recognises(data)) {
        return StratumFormat::readEncrypted(data, options.password);
    }
    if (format == QLatin1String("freeotp") || format == QLatin1String("authy") ||
        format == QLatin1String("battle-net") ||
        (format == QLatin1String("totp-authenticator") &&
         !PreferenceFormats::recognisesTotpAuthenticatorBackup(data))) {
        const auto preferences = AndroidPreferences::parse(data);
        if (!preferences) {
            return ImportResult::failed(ImportFailure::Damaged,
                                        tr("the file is not an Android preferences XML file"),
                                        format);
        }
        return format == QLatin1String("freeotp")
                   ? FreeOtpFormat::readV1(*preferences)
                   : PreferenceFormats::read(format, *preferences, options.password);
    }
    if (format == QLatin1String("totp-authenticator")) {
        return PreferenceFormats::readTotpAuthenticatorBackup(data, options.password);
    }
    if (format == QLatin1String("otpauth-list") || format == QLatin1String("google-migration")) {
        return UriListFormat::read(QString::fromUtf8(data));
    }
    if (format == QLatin1String("bitwarden-csv") || format == QLatin1String("keepass-csv")) {
        return CsvFormats::read(format, QString::fromUtf8(data));
    }
    if (format == QLatin1String("andotp") && !isMostlyText(data)) {
        return AndOtpFormat::readEncrypted(data, options.password);
    }
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(data.toByteArray(), &error);
    if (document.isNull()) {
        return ImportResult::failed(ImportFailure::Damaged,
                                    tr("the file is not valid JSON: %1 at byte %2")
                                        .arg(error.errorString())
                                        .arg(error.offset),
                                    format);
    }
    if (format == QLatin1String("aegis")) {
        return AegisFormat::read(document.object(), options.password);
    }
    if (format == QLatin1String("2fas")) {
        return TwoFasFormat::read(document.object(), options.password);
    }
    if (format == QLatin1String("andotp")) {
        return AndOtpFormat::read(document.array());
    }
    return SimpleJsonFormats::read(format, document);
}

ImportResult Importer::importFile(const QString& path, const ImportOptions& options)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return ImportResult::failed(ImportFailure::Unreadable,
                                    tr("cannot read %1: %2").arg(path, file.errorString()));
    }
    // Bounded by the bytes read, not QFile::size(): that is 0 for pipes and devices.
    auto data = readBounded(file, path, kMaxFileSize);
    if (!data) {
        return ImportResult::failed(ImportFailure::Unrecognised, data.error());
    }
    return importData(*data, options);
}

} // namespace tessera::transfer
