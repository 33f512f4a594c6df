// SPDX-License-Identifier: GPL-3.0-or-later
#include "VaultCommands.h"

#include "CliApplication.h"
#include "CliVault.h"
#include "JsonOutput.h"
#include "otp/OtpAuthUri.h"
#include "otp/OtpGenerator.h"
#include "util/BoundedRead.h"
#include "util/TextLimits.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>

namespace tessera::cli {

namespace {

// An otpauth:// URI with the longest labels and secret fits many times over.
constexpr qsizetype kMaxAddLineLength = qsizetype(64) * 1024;

} // namespace

VaultCommands::VaultCommands(QTextStream& out, QTextStream& err, QTextStream& in, otp::Clock clock,
                             QString vaultPath, QString passwordFile)
    : m_out(out), m_err(err), m_in(in), m_clock(std::move(clock)),
      m_vaultPath(std::move(vaultPath)), m_password(std::move(passwordFile))
{}

int VaultCommands::fail(int exitCode, const QString& message)
{
    m_err << "tessera-cli: " << message << Qt::endl;
    return exitCode;
}

Expected<vault::VaultFile, CliVaultFailure> VaultCommands::openVault()
{
    auto opened = openCliVault(m_vaultPath, m_password);
    if (!opened) {
        fail(opened.failure().exitCode, opened.error());
    }
    return opened;
}

int VaultCommands::save(vault::VaultFile& file)
{
    if (const Status saved = file.save(); !saved) {
        return fail(kExitFailure, saved.error());
    }
    return kExitOk;
}

std::optional<QUuid> VaultCommands::resolve(const vault::Vault& vault, const QString& name)
{
    const QList<QUuid> matches = vault.find(name);
    if (matches.isEmpty()) {
        fail(kExitBadInput,
             tr("no entry is named '%1' ('tessera-cli list' shows them)").arg(shortened(name)));
        return std::nullopt;
    }
    if (matches.size() > 1) {
        QString listing;
        for (const QUuid& id : matches) {
            listing += QStringLiteral("\n  %1  %2")
                           .arg(id.toString(QUuid::WithoutBraces), vault.entry(id)->displayName());
        }
        fail(kExitBadInput, tr("'%1' names %2 entries; name one by issuer:account or UUID:%3")
                                .arg(shortened(name))
                                .arg(matches.size())
                                .arg(listing));
        return std::nullopt;
    }
    return matches.first();
}

std::optional<QString> VaultCommands::singleName(const QStringList& arguments,
                                                 const QString& command)
{
    QCommandLineParser parser;
    if (!parser.parse(arguments)) {
        fail(kExitBadInput, parser.errorText());
        return std::nullopt;
    }
    if (parser.positionalArguments().size() != 1) {
        fail(kExitBadInput,
             tr("%1 takes exactly one NAME (issuer:account, account or UUID)").arg(command));
        return std::nullopt;
    }
    return parser.positionalArguments().first();
}

int VaultCommands::create(const QStringList& arguments)
{
    QCommandLineParser parser;
    if (!parser.parse(arguments)) {
        return fail(kExitBadInput, parser.errorText());
    }
    if (!parser.positionalArguments().isEmpty()) {
        return fail(kExitBadInput, tr("create takes no arguments; name the file with --vault"));
    }
    const auto password = m_password.read(tr("New password for %1: ").arg(m_vaultPath), true);
    if (!password) {
        return fail(kExitBadInput, password.error());
    }
    const auto created = vault::VaultFile::create(m_vaultPath, *password, {});
    if (!created) {
        return fail(kExitFailure, created.error());
    }
    m_out << m_vaultPath << Qt::endl;
    return kExitOk;
}

int VaultCommands::add(const QStringList& arguments)
{
    QCommandLineParser parser;
    if (!parser.parse(arguments)) {
        return fail(kExitBadInput, parser.errorText());
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        return fail(
            kExitBadInput,
            tr("add needs one or more otpauth:// URIs, or '-' to read them from standard input"));
    }
    // Parse everything before unlocking: one bad URI means nothing is added.
    std::vector<vault::Entry> entries;
    const QDateTime now = QDateTime::fromSecsSinceEpoch(m_clock(), Qt::UTC);
    if (positional == QStringList{QStringLiteral("-")}) {
        int lineNumber = 0;
        qint64 charactersRead = 0;
        QString line;
        // Bounded line by line and in total: a pipe of /dev/zero has no line end, and one of
        // endless empty lines has no end at all.
        while (m_in.readLineInto(&line, kMaxAddLineLength + 1)) {
            ++lineNumber;
            if (line.size() > kMaxAddLineLength) {
                return fail(kExitBadInput,
                            tr("line %1 is longer than %2 characters; nothing was added")
                                .arg(lineNumber)
                                .arg(kMaxAddLineLength));
            }
            charactersRead += line.size() + 1;
            if (charactersRead > kMaxInputBytes) {
                return fail(kExitBadInput,
                            tr("standard input is larger than the %1 MiB Tessera reads; nothing "
                               "was added")
                                .arg(kMaxInputBytes / 1024 / 1024));
            }
            const QString trimmed = line.trimmed();
            if (trimmed.isEmpty() || trimmed.startsWith(QLatin1Char('#'))) {
                continue;
            }
            auto parameters = otp::otpauth::parse(trimmed);
            if (!parameters) {
                return fail(
                    kExitBadInput,
                    tr("line %1: %2; nothing was added").arg(lineNumber).arg(parameters.error()));
            }
            entries.emplace_back(std::move(*parameters), QUuid::createUuid(), now);
        }
        if (entries.empty()) {
            return fail(kExitBadInput,
                        tr("standard input held no otpauth:// URI; nothing was added"));
        }
    } else {
        for (qsizetype i = 0; i < positional.size(); ++i) {
            auto parameters = otp::otpauth::parse(positional[i]);
            if (!parameters) {
                return fail(kExitBadInput,
                            tr("URI %1: %2; nothing was added").arg(i + 1).arg(parameters.error()));
            }
            entries.emplace_back(std::move(*parameters), QUuid::createUuid(), now);
        }
    }
    auto file = openVault();
    if (!file) {
        return file.failure().exitCode;
    }
    QStringList ids;
    for (vault::Entry& entry : entries) {
        ids.append(entry.id().toString(QUuid::WithoutBraces));
        file->vault().addEntry(std::move(entry));
    }
    if (const int saved = save(*file); saved != kExitOk) {
        return saved;
    }
    for (const QString& id : ids) {
        m_out << id << '\n';
    }
    m_out.flush();
    return kExitOk;
}

int VaultCommands::list(const QStringList& arguments)
{
    QCommandLineParser parser;
    if (!parser.parse(arguments)) {
        return fail(kExitBadInput, parser.errorText());
    }
    if (!parser.positionalArguments().isEmpty()) {
        return fail(kExitBadInput, tr("list takes no arguments"));
    }
    const auto file = openVault();
    if (!file) {
        return file.failure().exitCode;
    }
    for (const vault::Entry& entry : file->vault().entries()) {
        auto fields = parameterFields(entry.parameters(), false);
        fields.prepend({QStringLiteral("uuid"), entry.id().toString(QUuid::WithoutBraces)});
        m_out << orderedJsonObject(fields) << '\n';
    }
    m_out.flush();
    return kExitOk;
}

int VaultCommands::code(const QString& name, qint64 at)
{
    auto file = openVault();
    if (!file) {
        return file.failure().exitCode;
    }
    const auto id = resolve(file->vault(), name);
    if (!id) {
        return kExitBadInput;
    }
    vault::Entry& entry = *file->vault().entry(*id);
    const QString code = otp::code(entry.parameters(), at);
    if (code.isEmpty()) {
        return fail(kExitFailure, tr("could not compute the code (OpenSSL failed)"));
    }
    if (entry.parameters().type() == otp::OtpType::Hotp) {
        // The counter moves on and is on disk before anyone sees the code, so a crash can never
        // show the same HOTP code twice.
        entry.setCounter(entry.parameters().counter() + 1);
        entry.setLastUsed(QDateTime::fromSecsSinceEpoch(m_clock(), Qt::UTC));
        if (const int saved = save(*file); saved != kExitOk) {
            return saved;
        }
    }
    m_out << code << Qt::endl;
    return kExitOk;
}

int VaultCommands::remove(const QStringList& arguments)
{
    const auto name = singleName(arguments, QStringLiteral("remove"));
    if (!name) {
        return kExitBadInput;
    }
    auto file = openVault();
    if (!file) {
        return file.failure().exitCode;
    }
    const auto id = resolve(file->vault(), *name);
    if (!id) {
        return kExitBadInput;
    }
    file->vault().removeEntry(*id);
    if (const int saved = save(*file); saved != kExitOk) {
        return saved;
    }
    m_out << id->toString(QUuid::WithoutBraces) << Qt::endl;
    return kExitOk;
}

int VaultCommands::passwd(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption newFile(QStringLiteral("new-password-file"),
                                     tr("File whose first line is the new password."),
                                     QStringLiteral("PATH"));
    parser.addOption(newFile);
    if (!parser.parse(arguments)) {
        return fail(kExitBadInput, parser.errorText());
    }
    if (!parser.positionalArguments().isEmpty()) {
        return fail(
            kExitBadInput,
            tr("passwd takes no arguments; give the new password with --new-password-file"));
    }
    // Read the new password first, so a missing file is reported before the slow unlock.
    const auto newPassword = parser.isSet(newFile)
                                 ? PasswordInput::fromFile(parser.value(newFile))
                                 : PasswordInput(QString()).read(tr("New password: "), true);
    if (!newPassword) {
        return fail(kExitBadInput, newPassword.error());
    }
    auto file = openVault();
    if (!file) {
        return file.failure().exitCode;
    }
    if (const Status changed = file->changePassword(*newPassword); !changed) {
        return fail(kExitFailure, changed.error());
    }
    return kExitOk;
}

int VaultCommands::showUri(const QStringList& arguments)
{
    const auto name = singleName(arguments, QStringLiteral("show-uri"));
    if (!name) {
        return kExitBadInput;
    }
    const auto file = openVault();
    if (!file) {
        return file.failure().exitCode;
    }
    const auto id = resolve(file->vault(), *name);
    if (!id) {
        return kExitBadInput;
    }
    m_out << otp::otpauth::format(file->vault().entry(*id)->parameters()) << Qt::endl;
    return kExitOk;
}

} // namespace tessera::cli
