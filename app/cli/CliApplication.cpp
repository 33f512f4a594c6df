// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliApplication.h"

#include "JsonOutput.h"
#include "core/Version.h"
#include "otp/OtpAuthUri.h"
#include "otp/OtpGenerator.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace tessera::cli {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("tessera-cli", text);
}

const char* const kUsage = QT_TRANSLATE_NOOP("tessera-cli",
    "Usage: tessera-cli [--help] [--version] COMMAND [OPTIONS]\n"
    "\n"
    "Commands:\n"
    "  code --uri URI [--at UNIX_SECONDS]\n"
    "      Print the current code for an otpauth:// URI: TOTP and Steam at the given time\n"
    "      (default: now), HOTP at the URI's counter.\n"
    "  parse URI\n"
    "      Print the URI's fields as one JSON object: type, issuer, account, secret,\n"
    "      algorithm, digits, period, counter.\n"
    "\n"
    "Exit status: 0 on success, 2 for invalid input or usage (with the reason on stderr),\n"
    "1 for other failures.\n");

} // namespace

CliApplication::CliApplication(QTextStream& out, QTextStream& err, otp::Clock clock)
    : m_out(out), m_err(err), m_clock(std::move(clock))
{
}

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
    parser.addOptions({help, version});
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
    if (command == QLatin1String("code")) {
        return runCode(rest);
    }
    if (command == QLatin1String("parse")) {
        return runParse(rest);
    }
    if (command == QLatin1String("help")) {
        printHelp();
        return kExitOk;
    }
    return usageError(tr("unknown command '%1' (try --help)").arg(command));
}

int CliApplication::runCode(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption uriOption(QStringLiteral("uri"), tr("The otpauth:// URI."), QStringLiteral("URI"));
    const QCommandLineOption atOption(QStringLiteral("at"), tr("Unix time in seconds."), QStringLiteral("UNIX_SECONDS"));
    parser.addOptions({uriOption, atOption});
    if (!parser.parse(arguments)) {
        return usageError(parser.errorText());
    }
    if (!parser.positionalArguments().isEmpty()) {
        return usageError(tr("code takes no positional arguments; give the URI with --uri"));
    }
    if (!parser.isSet(uriOption)) {
        return usageError(tr("code needs --uri URI"));
    }
    qint64 at = m_clock();
    if (parser.isSet(atOption)) {
        bool ok = false;
        const QString text = parser.value(atOption);
        at = text.toLongLong(&ok);
        if (!ok || at < 0) {
            return usageError(tr("--at must be a whole number of seconds since 1970-01-01 UTC "
                                 "(0 or more), not '%1'").arg(text));
        }
    }
    const auto parameters = otp::otpauth::parse(parser.value(uriOption));
    if (!parameters) {
        return usageError(parameters.error());
    }
    const QString code = otp::code(*parameters, at);
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
