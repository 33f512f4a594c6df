// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AwsCredentials.h"
#include "util/Expected.h"

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>

namespace tessera::pool::cognito {

// What a person asked for on the command line or in the console; empty means "as the AWS CLI
// would decide".
struct AwsSettingsRequest
{
    QString profile;
    QString region;
    QString endpointUrl;
};

// Where requests go and what signs them.
struct AwsSettings
{
    QString profile;
    QString region;
    QUrl endpoint;
    // Null when no credentials were found: token-authorised operations still work.
    std::shared_ptr<const AwsCredentials> credentials;
    // Where the credentials came from ("environment", "profile dev", "credential_process"), never
    // the key itself.
    QString credentialSource;

    // The struct's messages are translated under its own name; the macro ends in private:.
    Q_DECLARE_TR_FUNCTIONS(tessera::pool::cognito::AwsSettings)
};

// The AWS CLI's settings chain: explicit options, then AWS_* environment variables, then the
// profile (AWS_PROFILE or "default") in ~/.aws/credentials and ~/.aws/config (region,
// endpoint_url, credential_process). Files are found through AWS_SHARED_CREDENTIALS_FILE and
// AWS_CONFIG_FILE as the CLI finds them.
class AwsSettingsResolver
{
public:
    static Expected<AwsSettings>
    resolve(const AwsSettingsRequest& request,
            const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment());

    // The profiles configured on this computer (~/.aws/credentials and ~/.aws/config, found as
    // the AWS CLI finds them), sorted, "default" first when present.
    static QStringList
    profiles(const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment());

    // cognito-idp's public endpoint for `region`.
    static QUrl defaultEndpoint(const QString& region);
};

} // namespace tessera::pool::cognito
