// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliApplication.h"

#include "JsonOutput.h"
#include "PoolCommand.h"
#include "ScanCommand.h"
#include "TransferCommands.h"
#include "VaultCommands.h"
#include "core/Version.h"
#include "otp/OtpAuthUri.h"
#include "otp/OtpGenerator.h"
#include "vault/VaultLocation.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace tessera::cli {

namespace {

// An otpauth:// URI is a few hundred characters; this bounds a line read from a pipe.
constexpr qsizetype kMaxUriLineLength = qsizetype(64) * 1024;

const char* const kUsage = QT_TRANSLATE_NOOP(
    "tessera::cli::CliApplication",
    "Usage: tessera-cli [--help] [--version] [--vault PATH] [--password-file PATH] COMMAND "
    "[OPTIONS]\n"
    "\n"
    "Vault options:\n"
    "  --vault PATH          The vault file (default: vault.tessera in the platform data folder).\n"
    "  --password-file PATH  Read the password from the first line of PATH; without it, "
    "tessera-cli\n"
    "                        asks on the terminal with echo off.\n"
    "\n"
    "Vault commands (NAME is issuer:account, an account, or a UUID from 'list'):\n"
    "  create                Create a new, empty vault.\n"
    "  add -                 Add the otpauth:// URIs on standard input, one a line (blank\n"
    "                        lines and # comments skipped). All or nothing, one save.\n"
    "                        Prints the new entries' UUIDs.\n"
    "  add URI...            The same with URIs as arguments (see 'Secrets' below).\n"
    "  list                  One JSON object a line: uuid and the fields of 'parse' but secret.\n"
    "  code NAME [--at UNIX_SECONDS]\n"
    "                        Print an entry's code. HOTP: the counter moves on and is saved "
    "first.\n"
    "  remove NAME           Remove an entry.\n"
    "  passwd --new-password-file PATH\n"
    "                        Change the vault's password.\n"
    "  show-uri NAME         Print an entry's otpauth:// URI, secret included.\n"
    "  import FILE... [--format NAME] [--source-password-file PATH] [--dry-run]\n"
    "                        Import other apps' exports, or images of QR codes (format\n"
    "                        recognised from the content).\n"
    "                        One JSON object per account: file, source, the fields of 'parse'\n"
    "                        but secret, status (new, duplicate, error) and error. Without\n"
    "                        --dry-run the new ones are added in one save. See\n"
    "                        docs/import-export.md.\n"
    "  export --format tessera|aegis|uri-list|google-migration --output PATH\n"
    "         [--export-password-file PATH] [--plain]\n"
    "                        Write every entry to PATH. tessera and aegis with a password are\n"
    "                        encrypted; any unencrypted export needs --plain.\n"
    "\n"
    "Commands without a vault:\n"
    "  code --uri - [--at UNIX_SECONDS]\n"
    "      Print the current code for the otpauth:// URI on standard input: TOTP and Steam\n"
    "      at the given time (default: now), HOTP at the URI's counter. 'code --uri URI'\n"
    "      takes it as an argument (see 'Secrets' below).\n"
    "  parse URI\n"
    "      Print the URI's fields as one JSON object: type, issuer, account, secret,\n"
    "      algorithm, digits, period, counter.\n"
    "  scan IMAGE...\n"
    "      Read the QR codes in each image: one JSON object a line, {\"file\": PATH,\n"
    "      \"codes\": [TEXT, ...]}, or {\"file\": PATH, \"error\": REASON} when the image cannot\n"
    "      be read (exit status 2 after trying every image).\n"
    "\n"
    "Pool commands (a Cognito user pool: a local store, or AWS Cognito with --backend cognito;\n"
    "see docs/pool-engine.md and docs/cognito-backend.md):\n"
    "  pool OPERATION [--cli-input-json file://PATH|JSON] [--compact]\n"
    "                        Run one Cognito operation (CreateUserPool, ListUsers,\n"
    "                        AdminCreateUser, ...) with its request body; print the response\n"
    "                        as the AWS CLI prints it.\n"
    "  pool outbox           The local store's SMS and email messages, one JSON object a line.\n"
    "  pool signin --pool-id ID --client-id ID --username NAME --user-password-file PATH\n"
    "              [--entry NAME] [--new-password-file PATH] [--auth-flow USER_SRP_AUTH]\n"
    "              [--trace] [--remember-device] [--device-file PATH]\n"
    "                        Sign in (USER_PASSWORD_AUTH, or SRP with --auth-flow\n"
    "                        USER_SRP_AUTH: the password is proven, never sent) and answer\n"
    "                        each challenge: TOTP from the vault entry NAME, SMS and email\n"
    "                        codes from the outbox. One JSON line a step; tokens are never\n"
    "                        printed. --trace then prints the local engine's decision trace\n"
    "                        (risk signals, score, level, action, why MFA was or was not\n"
    "                        asked), one JSON line a step: {\"trace\": N, \"code\", \"text\"}.\n"
    "                        --remember-device confirms the device the pool gives the sign-in\n"
    "                        (ConfirmDevice, UpdateDeviceStatus) and keeps its key and password\n"
    "                        in an owner-only file (--device-file, default in the data folder);\n"
    "                        the next signin proves the device (DEVICE_SRP_AUTH), skipping MFA.\n"
    "  pool serve [--host 127.0.0.1] [--port 9229] [--region us-east-1]\n"
    "             [--access-key ID [--secret-key-file PATH]] [--max-connections N]\n"
    "                        Serve the local store as a Cognito endpoint (AWS JSON 1.1 over\n"
    "                        HTTP) until Ctrl+C, for the AWS CLI, SDKs and apps: it prints the\n"
    "                        URL for AWS_ENDPOINT_URL. Loopback only unless --host says\n"
    "                        otherwise. Admin operations need a SigV4 signature: any key, or\n"
    "                        only --access-key, whose secret comes from the file or\n"
    "                        AWS_SECRET_ACCESS_KEY. See docs/serve.md.\n"
    "  Where the pool is (any pool command):\n"
    "  --store PATH          The local store (default: pools.sqlite in the platform data\n"
    "                        folder). A new store, and any folder made for it, only you can\n"
    "                        read; a store others can read is warned of, with the fix.\n"
    "  --backend cognito [--profile NAME] [--region REGION] [--endpoint-url URL]\n"
    "                        AWS Cognito, or a Cognito-compatible endpoint. Credentials,\n"
    "                        region and endpoint are found as the AWS CLI finds them\n"
    "                        (AWS_* variables, ~/.aws/credentials, ~/.aws/config); the\n"
    "                        options override. No outbox with this backend.\n"
    "\n"
    "Secrets on the command line: every user of this computer can read a command's arguments\n"
    "while it runs (ps, /proc/PID/cmdline), and shells keep them in their history. Give\n"
    "secrets through standard input or a file only you can read: 'add -', 'code --uri -',\n"
    "--password-file, --cli-input-json file://PATH for requests holding passwords. A URI or\n"
    "a password written as an argument is exposed.\n"
    "\n"
    "Exit status: 0 on success, 2 for invalid input or usage, a wrong password, or a path that\n"
    "is not a vault (with the reason on stderr), 1 for other failures, 254 when a pool\n"
    "operation fails at the service (as the AWS CLI: a sentence, then the error as JSON on the\n"
    "last line of stderr); 'pool signin' exits 2 at a challenge it cannot answer.\n");

} // namespace

CliApplication::CliApplication(QTextStream& out, QTextStream& err, otp::Clock clock)
    : m_out(out), m_err(err), m_clock(std::move(clock))
{}

int CliApplication::usageError(const QString& message)
{
    m_err << "tessera-cli: " << message << Qt::endl;
    return kExitBadInput;
}

void CliApplication::printHelp()
{
    m_out << tr(kUsage) << Qt::flush;
}

int CliApplication::run(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, tr("Show help."));
    const QCommandLineOption version(QStringLiteral("version"), tr("Show the version."));
    const QCommandLineOption vaultOption(QStringLiteral("vault"), tr("The vault file."),
                                         QStringLiteral("PATH"));
    const QCommandLineOption passwordFileOption(QStringLiteral("password-file"),
                                                tr("File whose first line is the password."),
                                                QStringLiteral("PATH"));
    parser.addOptions({help, version, vaultOption, passwordFileOption});
    if (!parser.parse(arguments)) {
        return usageError(parser.errorText());
    }
    if (parser.isSet(help)) {
        printHelp();
        return kExitOk;
    }
    if (parser.isSet(version)) {
        m_out << "tessera-cli " << kVersion << Qt::endl;
        return kExitOk;
    }
    QStringList rest = parser.positionalArguments();
    if (rest.isEmpty()) {
        printHelp();
        return usageError(tr("no command given"));
    }
    const QString command = rest.takeFirst();
    rest.prepend(arguments.value(0) + QLatin1Char(' ') + command);
    m_vaultPath = parser.isSet(vaultOption) ? parser.value(vaultOption) : vault::defaultVaultPath();
    m_passwordFile = parser.value(passwordFileOption);
    QTextStream standardInput(stdin);
    VaultCommands vaultCommands(m_out, m_err, m_in != nullptr ? *m_in : standardInput, m_clock,
                                m_vaultPath, m_passwordFile);
    if (command == QLatin1String("code")) {
        return runCode(rest);
    }
    if (command == QLatin1String("create")) {
        return vaultCommands.create(rest);
    }
    if (command == QLatin1String("add")) {
        return vaultCommands.add(rest);
    }
    if (command == QLatin1String("list")) {
        return vaultCommands.list(rest);
    }
    if (command == QLatin1String("remove")) {
        return vaultCommands.remove(rest);
    }
    if (command == QLatin1String("passwd")) {
        return vaultCommands.passwd(rest);
    }
    if (command == QLatin1String("show-uri")) {
        return vaultCommands.showUri(rest);
    }
    if (command == QLatin1String("parse")) {
        return runParse(rest);
    }
    if (command == QLatin1String("import") || command == QLatin1String("export")) {
        TransferCommands transfer(m_out, m_err, m_vaultPath, m_passwordFile);
        return command == QLatin1String("import") ? transfer.importFiles(rest)
                                                  : transfer.exportVault(rest);
    }
    if (command == QLatin1String("scan")) {
        return ScanCommand(m_out, m_err).run(rest);
    }
    if (command == QLatin1String("pool")) {
        return PoolCommand(m_out, m_err, m_vaultPath, m_passwordFile, m_clock).run(rest);
    }
    if (command == QLatin1String("help")) {
        printHelp();
        return kExitOk;
    }
    return usageError(tr("unknown command '%1' (try --help)").arg(command));
}

std::optional<qint64> CliApplication::parseAt(const QString& text, bool isSet)
{
    if (!isSet) {
        return m_clock();
    }
    bool ok = false;
    const qint64 at = text.toLongLong(&ok);
    if (!ok || at < 0) {
        usageError(tr("--at must be a whole number of seconds since 1970-01-01 UTC "
                      "(0 or more), not '%1'")
                       .arg(text));
        return std::nullopt;
    }
    return at;
}

int CliApplication::runCode(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption uriOption(QStringLiteral("uri"), tr("The otpauth:// URI."),
                                       QStringLiteral("URI"));
    const QCommandLineOption atOption(QStringLiteral("at"), tr("Unix time in seconds."),
                                      QStringLiteral("UNIX_SECONDS"));
    parser.addOptions({uriOption, atOption});
    if (!parser.parse(arguments)) {
        return usageError(parser.errorText());
    }
    const auto at = parseAt(parser.value(atOption), parser.isSet(atOption));
    if (!at) {
        return kExitBadInput;
    }
    if (!parser.isSet(uriOption)) {
        // The vault form: code NAME.
        if (parser.positionalArguments().size() != 1) {
            return usageError(tr("code needs a NAME from the vault, or --uri URI"));
        }
        QTextStream standardInput(stdin);
        VaultCommands vaultCommands(m_out, m_err, m_in != nullptr ? *m_in : standardInput, m_clock,
                                    m_vaultPath, m_passwordFile);
        return vaultCommands.code(parser.positionalArguments().first(), *at);
    }
    if (!parser.positionalArguments().isEmpty()) {
        return usageError(tr("code takes no positional arguments with --uri"));
    }
    QString uri = parser.value(uriOption);
    if (uri == QLatin1String("-")) {
        // The safe form: a URI on the command line is readable by every user of the computer
        // (ps, /proc/PID/cmdline) for as long as tessera-cli runs; standard input is not.
        QTextStream standardInput(stdin);
        QTextStream& in = m_in != nullptr ? *m_in : standardInput;
        uri = in.readLine(kMaxUriLineLength + 1).trimmed();
        if (uri.size() > kMaxUriLineLength) {
            return usageError(tr("the URI on standard input is longer than %n characters", nullptr,
                                 int(kMaxUriLineLength)));
        }
        if (uri.isEmpty()) {
            return usageError(tr("code --uri - reads one otpauth:// URI from standard input, "
                                 "and got none"));
        }
    }
    const auto parameters = otp::otpauth::parse(uri);
    if (!parameters) {
        return usageError(parameters.error());
    }
    const QString code = otp::code(*parameters, *at);
    if (code.isEmpty()) {
        m_err << "tessera-cli: " << tr("could not compute the code (OpenSSL failed)") << Qt::endl;
        return kExitFailure;
    }
    m_out << code << Qt::endl;
    return kExitOk;
}

int CliApplication::runParse(const QStringList& arguments)
{
    QCommandLineParser parser;
    if (!parser.parse(arguments)) {
        return usageError(parser.errorText());
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        return usageError(tr("parse takes exactly one URI"));
    }
    const auto parameters = otp::otpauth::parse(positional.first());
    if (!parameters) {
        return usageError(parameters.error());
    }
    m_out << orderedJsonObject(parameterFields(*parameters, true)) << Qt::endl;
    return kExitOk;
}

} // namespace tessera::cli
