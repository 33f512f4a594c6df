// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pool/MfaConfig.h"
#include "pool/RiskConfig.h"
#include "pool/UserPool.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace tessera::pool::iac {

// The infrastructure-as-code formats a pool's MFA configuration is exported to.
enum class Format
{
    CloudFormation, // AWS::Cognito::UserPool (+ UserPoolRiskConfigurationAttachment), YAML
    Terraform,      // aws_cognito_user_pool (+ aws_cognito_risk_configuration), HCL
    CliJson         // the --cli-input-json of `aws cognito-idp set-user-pool-mfa-config`
};
// "cloudformation", "terraform", "cli-json".
QString formatName(Format format);
std::optional<Format> formatFromName(const QString& name);
QStringList formatNames();
// The usual file name suffix: ".yaml", ".tf", ".json".
QString fileSuffix(Format format);

// What is exported: a pool, its MFA configuration, and its risk configuration when it has one.
struct PoolMfaSnapshot
{
    UserPool pool;
    MfaConfig mfa;
    std::optional<RiskConfig> risk;
};

// An exported document, and the settings the format cannot hold. YAML and HCL also name them in
// a comment at the top; JSON has no comments, so a caller must show `omitted` beside it.
struct Document
{
    QString text;
    QStringList omitted;
};

Document exportSnapshot(const PoolMfaSnapshot& snapshot, Format format);

} // namespace tessera::pool::iac
