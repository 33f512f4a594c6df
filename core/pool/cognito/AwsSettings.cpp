// SPDX-License-Identifier: GPL-3.0-or-later
#include "AwsSettings.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <algorithm>
#include <functional>

namespace tessera::pool::cognito {

namespace {

using Section = QHash<QString, QString>;

// An INI file as the AWS CLI reads it: [section], key = value, # and ; comments.
QHash<QString, Section> readIni(const QString& path)
{
    QHash<QString, Section> sections;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        return sections;
    }
    QString current;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')) ||
            line.startsWith(QLatin1Char(';'))) {
            continue;
        }
        if (line.startsWith(QLatin1Char('[')) && line.endsWith(QLatin1Char(']'))) {
            current = line.mid(1, line.size() - 2).trimmed();
            sections[current];
            continue;
        }
        const qsizetype equals = line.indexOf(QLatin1Char('='));
        if (equals > 0 && !current.isEmpty()) {
            sections[current].insert(line.left(equals).trimmed(), line.mid(equals + 1).trimmed());
        }
    }
    return sections;
}

QString homeFile(const QProcessEnvironment& environment, const char* variable, const char* name)
{
    const QString set = environment.value(QString::fromLatin1(variable));
    if (!set.isEmpty()) {
        return set;
    }
    const QString home = environment.value(QStringLiteral("HOME"), QDir::homePath());
    return QDir(home).filePath(QStringLiteral(".aws/") + QString::fromLatin1(name));
}

// Keys from one source ("environment", "profile dev"): none when neither key is there, an error
// naming the missing key when only one is (as the AWS CLI's "Partial credentials found"). The
// secret is never part of the message.
Expected<std::shared_ptr<const AwsCredentials>>
makeCredentials(const QString& source, const QString& idName, const QString& id,
                const QString& secretName, const QString& secret, const QString& token)
{
    if (id.isEmpty() && secret.isEmpty()) {
        return std::shared_ptr<const AwsCredentials>();
    }
    if (id.isEmpty() || secret.isEmpty()) {
        return makeError(AwsSettings::tr("Partial credentials found in %1, missing: %2")
                             .arg(source, id.isEmpty() ? idName : secretName));
    }
    return std::make_shared<const AwsCredentials>(
        AwsCredentials{id, crypto::SecureBytes::fromView(secret.toUtf8()), token, {}});
}

// credential_process: a command printing {"Version": 1, "AccessKeyId", "SecretAccessKey",
// "SessionToken"?, "Expiration"?}. Its standard error passes through to ours, as the AWS CLI lets
// it. Credentials that have already expired are refused, as the AWS CLI refuses them.
Expected<std::shared_ptr<const AwsCredentials>> runCredentialProcess(const QString& command)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), command});
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0) {
        return makeError(AwsSettings::tr("credential_process '%1' failed (exit status %2)")
                             .arg(command)
                             .arg(process.exitCode()));
    }
    const QJsonObject object = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
    if (object.value(QStringLiteral("Version")).toInt() != 1) {
        return makeError(
            AwsSettings::tr("credential_process '%1' did not print a Version 1 JSON object")
                .arg(command));
    }
    const QString id = object.value(QStringLiteral("AccessKeyId")).toString();
    const QString secret = object.value(QStringLiteral("SecretAccessKey")).toString();
    if (id.isEmpty() || secret.isEmpty()) {
        return makeError(
            AwsSettings::tr("credential_process '%1' printed no AccessKeyId and SecretAccessKey")
                .arg(command));
    }
    QDateTime expiration;
    if (object.contains(QStringLiteral("Expiration"))) {
        const QString text = object.value(QStringLiteral("Expiration")).toString();
        expiration = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (!expiration.isValid()) {
            return makeError(
                AwsSettings::tr("credential_process '%1' printed an Expiration that is not an "
                                "ISO 8601 time: '%2'")
                    .arg(command, text));
        }
        if (expiration <= QDateTime::currentDateTimeUtc()) {
            return makeError(
                AwsSettings::tr("credential_process '%1' returned credentials that expired at %2")
                    .arg(command, expiration.toUTC().toString(Qt::ISODate)));
        }
    }
    return std::make_shared<const AwsCredentials>(
        AwsCredentials{id, crypto::SecureBytes::fromView(secret.toUtf8()),
                       object.value(QStringLiteral("SessionToken")).toString(), expiration});
}

} // namespace

QStringList AwsSettingsResolver::profiles(const QProcessEnvironment& environment)
{
    QStringList names;
    for (const auto& section :
         readIni(homeFile(environment, "AWS_SHARED_CREDENTIALS_FILE", "credentials")).keys()) {
        names << section;
    }
    // In config, profiles other than "default" are "[profile NAME]"; other sections (sso-session,
    // services) are not profiles.
    for (const auto& section : readIni(homeFile(environment, "AWS_CONFIG_FILE", "config")).keys()) {
        if (section == QLatin1String("default")) {
            names << section;
        } else if (section.startsWith(QLatin1String("profile "))) {
            names << section.mid(8).trimmed();
        }
    }
    names.removeDuplicates();
    std::sort(names.begin(), names.end(), [](const QString& a, const QString& b) {
        if ((a == QLatin1String("default")) != (b == QLatin1String("default"))) {
            return a == QLatin1String("default");
        }
        return a < b;
    });
    return names;
}

QUrl AwsSettingsResolver::defaultEndpoint(const QString& region)
{
    return QUrl(QStringLiteral("https://cognito-idp.%1.amazonaws.com/").arg(region));
}

Expected<AwsSettings> AwsSettingsResolver::resolve(const AwsSettingsRequest& request,
                                                   const QProcessEnvironment& environment)
{
    AwsSettings settings;
    const bool explicitProfile = !request.profile.isEmpty();
    const QString profileVariable = environment.value(QStringLiteral("AWS_PROFILE"));
    settings.profile = explicitProfile             ? request.profile
                       : profileVariable.isEmpty() ? QStringLiteral("default")
                                                   : profileVariable;
    const QString credentialsPath =
        homeFile(environment, "AWS_SHARED_CREDENTIALS_FILE", "credentials");
    const QString configPath = homeFile(environment, "AWS_CONFIG_FILE", "config");
    const auto credentialsFile = readIni(credentialsPath);
    const auto configFile = readIni(configPath);
    const Section stored = credentialsFile.value(settings.profile);
    const Section config = configFile.value(settings.profile == QLatin1String("default")
                                                ? settings.profile
                                                : QStringLiteral("profile ") + settings.profile);
    const bool profileExists =
        credentialsFile.contains(settings.profile) ||
        configFile.contains(QStringLiteral("profile ") + settings.profile) ||
        (settings.profile == QLatin1String("default") && configFile.contains(settings.profile));
    if ((explicitProfile || !profileVariable.isEmpty()) && !profileExists) {
        return makeError(
            AwsSettings::tr("The config profile (%1) could not be found: add [%1] to %2 or "
                            "[profile %1] to %3")
                .arg(settings.profile, QDir::toNativeSeparators(credentialsPath),
                     QDir::toNativeSeparators(configPath)));
    }

    // The AWS CLI's order: the environment's keys (unless --profile named a profile), the
    // credentials file, credential_process, then keys in the config file.
    const QString profileSource = QStringLiteral("profile %1").arg(settings.profile);
    const auto keysIn = [&](const Section& section, const QString& file) {
        return makeCredentials(QStringLiteral("%1 (%2)").arg(profileSource, file),
                               QStringLiteral("aws_access_key_id"),
                               section.value(QStringLiteral("aws_access_key_id")),
                               QStringLiteral("aws_secret_access_key"),
                               section.value(QStringLiteral("aws_secret_access_key")),
                               section.value(QStringLiteral("aws_session_token")));
    };
    const QString process = stored.value(QStringLiteral("credential_process"),
                                         config.value(QStringLiteral("credential_process")));
    const std::function<Expected<std::shared_ptr<const AwsCredentials>>()> sources[] = {
        [&] {
            if (explicitProfile) {
                return Expected<std::shared_ptr<const AwsCredentials>>(nullptr);
            }
            return makeCredentials(QStringLiteral("environment"),
                                   QStringLiteral("AWS_ACCESS_KEY_ID"),
                                   environment.value(QStringLiteral("AWS_ACCESS_KEY_ID")),
                                   QStringLiteral("AWS_SECRET_ACCESS_KEY"),
                                   environment.value(QStringLiteral("AWS_SECRET_ACCESS_KEY")),
                                   environment.value(QStringLiteral("AWS_SESSION_TOKEN")));
        },
        [&] { return keysIn(stored, QDir::toNativeSeparators(credentialsPath)); },
        [&] {
            if (process.isEmpty()) {
                return Expected<std::shared_ptr<const AwsCredentials>>(nullptr);
            }
            return runCredentialProcess(process);
        },
        [&] { return keysIn(config, QDir::toNativeSeparators(configPath)); },
    };
    const QString sourceNames[] = {QStringLiteral("environment"), profileSource,
                                   QStringLiteral("credential_process"), profileSource};
    for (std::size_t i = 0; i < std::size(sources) && !settings.credentials; ++i) {
        auto found = sources[i]();
        if (!found) {
            return makeError(found.error());
        }
        if (*found) {
            settings.credentials = *found;
            settings.credentialSource = sourceNames[i];
        }
    }

    settings.region = request.region;
    for (const char* variable : {"AWS_REGION", "AWS_DEFAULT_REGION"}) {
        if (settings.region.isEmpty()) {
            settings.region = environment.value(QString::fromLatin1(variable));
        }
    }
    if (settings.region.isEmpty()) {
        settings.region = config.value(QStringLiteral("region"));
    }

    QString endpoint = request.endpointUrl;
    for (const char* variable :
         {"AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER", "AWS_ENDPOINT_URL"}) {
        if (endpoint.isEmpty()) {
            endpoint = environment.value(QString::fromLatin1(variable));
        }
    }
    if (endpoint.isEmpty()) {
        endpoint = config.value(QStringLiteral("endpoint_url"));
    }
    if (settings.region.isEmpty()) {
        if (endpoint.isEmpty()) {
            return makeError(
                AwsSettings::tr("You must specify a region: --region, AWS_REGION, or 'region' in "
                                "the profile (%1)")
                    .arg(settings.profile));
        }
        // A Cognito-compatible endpoint still needs a region in the signature's scope.
        settings.region = QStringLiteral("us-east-1");
    }
    settings.endpoint = endpoint.isEmpty() ? defaultEndpoint(settings.region) : QUrl(endpoint);
    if (!settings.endpoint.isValid() || settings.endpoint.host().isEmpty() ||
        (settings.endpoint.scheme() != QLatin1String("https") &&
         settings.endpoint.scheme() != QLatin1String("http"))) {
        return makeError(AwsSettings::tr("endpoint URL '%1' is not an http(s) URL").arg(endpoint));
    }
    return settings;
}

} // namespace tessera::pool::cognito
