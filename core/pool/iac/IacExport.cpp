// SPDX-License-Identifier: GPL-3.0-or-later
// Writes YAML, HCL and JSON as text: the documents are small and fixed in shape, and no YAML or
// HCL library is packaged for every platform Tessera builds on. Strings are always quoted and
// escaped, so no value can change a document's structure.
#include "IacExport.h"

#include "pool/PoolUser.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace tessera::pool::iac {

namespace {

// The translation context of this file's messages (lupdate records IacExportText::tr calls
// under it).
struct IacExportText
{
    Q_DECLARE_TR_FUNCTIONS(tessera::pool::iac::IacExport)
};

enum class Dialect
{
    Yaml, // a double-quoted scalar
    Hcl   // a quoted template: ${ and %{ doubled so they stay literal
};

// `text` as one quoted string of `dialect`: quotes, backslashes and control characters escaped,
// so no value can end the string or the line it is on.
QString quoted(const QString& text, Dialect dialect)
{
    QString out = QStringLiteral("\"");
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (dialect == Dialect::Hcl && (c == QLatin1Char('$') || c == QLatin1Char('%')) &&
            i + 1 < text.size() && text.at(i + 1) == QLatin1Char('{')) {
            out += c;
            out += c;
            continue;
        }
        switch (c.unicode()) {
        case '"':
            out += QLatin1String("\\\"");
            break;
        case '\\':
            out += QLatin1String("\\\\");
            break;
        case '\n':
            out += QLatin1String("\\n");
            break;
        case '\r':
            out += QLatin1String("\\r");
            break;
        case '\t':
            out += QLatin1String("\\t");
            break;
        default:
            if (c.unicode() >= 0x20 && c.unicode() != 0x7f) {
                out += c;
            } else if (dialect == Dialect::Yaml) {
                out += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
            } else {
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            }
        }
    }
    return out + QLatin1Char('"');
}

QString yamlString(const QString& text)
{
    return quoted(text, Dialect::Yaml);
}

QString hclString(const QString& text)
{
    return quoted(text, Dialect::Hcl);
}

QString boolText(bool value)
{
    return value ? QStringLiteral("true") : QStringLiteral("false");
}

// Cognito's factor names in the order the console lists them.
QStringList enabledFactors(const MfaConfig& mfa)
{
    QStringList names;
    if (mfa.softwareTokenEnabled) {
        names << QString::fromLatin1(factors::kSoftwareToken);
    }
    if (mfa.smsEnabled()) {
        names << QString::fromLatin1(factors::kSms);
    }
    if (mfa.emailEnabled()) {
        names << QString::fromLatin1(factors::kEmail);
    }
    return names;
}

std::optional<SmsConfiguration> smsConfiguration(const PoolMfaSnapshot& snapshot)
{
    if (snapshot.mfa.sms && snapshot.mfa.sms->smsConfiguration) {
        return snapshot.mfa.sms->smsConfiguration;
    }
    return snapshot.pool.smsConfiguration;
}

QString smsMessage(const PoolMfaSnapshot& snapshot)
{
    return snapshot.mfa.sms && !snapshot.mfa.sms->smsAuthenticationMessage.isEmpty()
               ? snapshot.mfa.sms->smsAuthenticationMessage
               : snapshot.pool.smsAuthenticationMessage;
}

// Tessera's own policies, which no AWS format has a field for.
QStringList tesseraOnly(const PoolMfaSnapshot& snapshot)
{
    QStringList omitted;
    if (snapshot.pool.federatedMfa != FederatedMfa::Optional) {
        omitted << QStringLiteral("TesseraPolicies.FederatedUserMfa = %1")
                       .arg(federatedMfaName(snapshot.pool.federatedMfa));
    }
    if (snapshot.pool.rememberDeviceDays != 0) {
        omitted << QStringLiteral("TesseraPolicies.RememberDeviceDays = %1")
                       .arg(snapshot.pool.rememberDeviceDays);
    }
    if (const auto& risk = snapshot.risk;
        risk && risk->notifySourceArn.isEmpty() &&
        (risk->lowNotify || risk->mediumNotify || risk->highNotify)) {
        omitted << QStringLiteral("AccountTakeoverRiskConfiguration.NotifyConfiguration: Notify "
                                  "is on but no SES identity (SourceArn) is set; the local "
                                  "engine mails through its outbox, Cognito needs one");
    }
    return omitted;
}

// Text for a one-line comment: a line break in a pool name must not end the comment.
QString oneLine(QString text)
{
    for (QChar& c : text) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f || c == QChar::LineSeparator ||
            c == QChar::ParagraphSeparator) {
            c = QLatin1Char(' ');
        }
    }
    return text;
}

QString header(const PoolMfaSnapshot& snapshot, const QStringList& omitted, const QString& mark)
{
    QString text = mark + QStringLiteral(" MFA configuration of user pool %1 (%2), exported by "
                                         "Tessera.\n")
                              .arg(oneLine(snapshot.pool.name), oneLine(snapshot.pool.id));
    if (!omitted.isEmpty()) {
        text += mark + QStringLiteral(" Not expressible in this format, set by hand:\n");
        for (const auto& line : omitted) {
            text += mark + QStringLiteral("   ") + oneLine(line) + QLatin1Char('\n');
        }
    }
    return text;
}

QString riskActionYaml(const char* name, RiskAction action, bool notify, const QString& indent)
{
    return indent + QString::fromLatin1(name) + QStringLiteral(":\n") + indent +
           QStringLiteral("  EventAction: %1\n").arg(riskActionName(action)) + indent +
           QStringLiteral("  Notify: %1\n").arg(boolText(notify));
}

QString yamlList(const QStringList& items, const QString& indent)
{
    QString text;
    for (const auto& item : items) {
        text += indent + QStringLiteral("- ") + yamlString(item) + QLatin1Char('\n');
    }
    return text;
}

Document cloudFormation(const PoolMfaSnapshot& snapshot)
{
    Document document;
    document.omitted = tesseraOnly(snapshot);
    const MfaConfig& mfa = snapshot.mfa;
    QString body;
    body += QStringLiteral("AWSTemplateFormatVersion: \"2010-09-09\"\n");
    body += QStringLiteral("Resources:\n  UserPool:\n    Type: AWS::Cognito::UserPool\n"
                           "    Properties:\n");
    const QString p = QStringLiteral("      ");
    body += p + QStringLiteral("UserPoolName: %1\n").arg(yamlString(snapshot.pool.name));
    body += p + QStringLiteral("MfaConfiguration: %1\n").arg(yamlString(mfaModeName(mfa.mode)));
    if (const QStringList enabled = enabledFactors(mfa); !enabled.isEmpty()) {
        body += p + QStringLiteral("EnabledMfas:\n") + yamlList(enabled, p + QStringLiteral("  "));
    }
    if (const QString message = smsMessage(snapshot); !message.isEmpty()) {
        body += p + QStringLiteral("SmsAuthenticationMessage: %1\n").arg(yamlString(message));
    }
    if (const auto sms = smsConfiguration(snapshot)) {
        body += p + QStringLiteral("SmsConfiguration:\n");
        body += p + QStringLiteral("  SnsCallerArn: %1\n").arg(yamlString(sms->snsCallerArn));
        if (!sms->externalId.isEmpty()) {
            body += p + QStringLiteral("  ExternalId: %1\n").arg(yamlString(sms->externalId));
        }
        if (!sms->snsRegion.isEmpty()) {
            body += p + QStringLiteral("  SnsRegion: %1\n").arg(yamlString(sms->snsRegion));
        }
    }
    if (mfa.email) {
        if (!mfa.email->message.isEmpty()) {
            body += p + QStringLiteral("EmailAuthenticationMessage: %1\n")
                            .arg(yamlString(mfa.email->message));
        }
        if (!mfa.email->subject.isEmpty()) {
            body += p + QStringLiteral("EmailAuthenticationSubject: %1\n")
                            .arg(yamlString(mfa.email->subject));
        }
    }
    if (const auto& devices = snapshot.pool.deviceConfiguration) {
        body += p + QStringLiteral("DeviceConfiguration:\n");
        body += p + QStringLiteral("  ChallengeRequiredOnNewDevice: %1\n")
                        .arg(boolText(devices->challengeRequiredOnNewDevice));
        body += p + QStringLiteral("  DeviceOnlyRememberedOnUserPrompt: %1\n")
                        .arg(boolText(devices->deviceOnlyRememberedOnUserPrompt));
    }
    if (const auto& webAuthn = mfa.webAuthn) {
        if (!webAuthn->relyingPartyId.isEmpty()) {
            body += p + QStringLiteral("WebAuthnRelyingPartyID: %1\n")
                            .arg(yamlString(webAuthn->relyingPartyId));
        }
        body += p + QStringLiteral("WebAuthnUserVerification: %1\n")
                        .arg(yamlString(userVerificationName(webAuthn->userVerification)));
    }
    if (snapshot.pool.signInPolicy != SignInPolicy{}) {
        body += p + QStringLiteral("Policies:\n") + p + QStringLiteral("  SignInPolicy:\n") + p +
                QStringLiteral("    AllowedFirstAuthFactors:\n") +
                yamlList(snapshot.pool.signInPolicy.allowedFirstAuthFactors,
                         p + QStringLiteral("      "));
    }
    if (const auto& risk = snapshot.risk) {
        body += QStringLiteral("  UserPoolRiskConfiguration:\n"
                               "    Type: AWS::Cognito::UserPoolRiskConfigurationAttachment\n"
                               "    Properties:\n");
        body += p + QStringLiteral("UserPoolId: !Ref UserPool\n");
        body += p + QStringLiteral("ClientId: %1\n")
                        .arg(yamlString(risk->clientId.isEmpty() ? QStringLiteral("ALL")
                                                                 : risk->clientId));
        body += p + QStringLiteral("AccountTakeoverRiskConfiguration:\n") + p +
                QStringLiteral("  Actions:\n");
        const QString a = p + QStringLiteral("    ");
        body += riskActionYaml("LowAction", risk->lowAction, risk->lowNotify, a);
        body += riskActionYaml("MediumAction", risk->mediumAction, risk->mediumNotify, a);
        body += riskActionYaml("HighAction", risk->highAction, risk->highNotify, a);
        if (!risk->notifySourceArn.isEmpty()) {
            body += p + QStringLiteral("  NotifyConfiguration:\n") + p +
                    QStringLiteral("    SourceArn: %1\n").arg(yamlString(risk->notifySourceArn));
        }
        if (!risk->blockedIpRangeList.isEmpty() || !risk->skippedIpRangeList.isEmpty()) {
            body += p + QStringLiteral("RiskExceptionConfiguration:\n");
            if (!risk->blockedIpRangeList.isEmpty()) {
                body += p + QStringLiteral("  BlockedIPRangeList:\n") +
                        yamlList(risk->blockedIpRangeList, p + QStringLiteral("    "));
            }
            if (!risk->skippedIpRangeList.isEmpty()) {
                body += p + QStringLiteral("  SkippedIPRangeList:\n") +
                        yamlList(risk->skippedIpRangeList, p + QStringLiteral("    "));
            }
        }
    }
    document.text = header(snapshot, document.omitted, QStringLiteral("#")) + body;
    return document;
}

QString hclList(const QStringList& items)
{
    QStringList quoted;
    for (const auto& item : items) {
        quoted << hclString(item);
    }
    return QLatin1Char('[') + quoted.join(QLatin1String(", ")) + QLatin1Char(']');
}

QString riskActionHcl(const char* name, RiskAction action, bool notify)
{
    return QStringLiteral("      %1 {\n        event_action = \"%2\"\n        notify       = %3\n"
                          "      }\n")
        .arg(QString::fromLatin1(name), riskActionName(action), boolText(notify));
}

Document terraform(const PoolMfaSnapshot& snapshot)
{
    Document document;
    document.omitted = tesseraOnly(snapshot);
    const MfaConfig& mfa = snapshot.mfa;
    QString body = QStringLiteral("resource \"aws_cognito_user_pool\" \"pool\" {\n");
    body += QStringLiteral("  name              = %1\n").arg(hclString(snapshot.pool.name));
    body += QStringLiteral("  mfa_configuration = \"%1\"\n").arg(mfaModeName(mfa.mode));
    if (const QString message = smsMessage(snapshot); !message.isEmpty()) {
        body += QStringLiteral("  sms_authentication_message = %1\n").arg(hclString(message));
    }
    body += QStringLiteral("\n  software_token_mfa_configuration {\n    enabled = %1\n  }\n")
                .arg(boolText(mfa.softwareTokenEnabled));
    if (const auto sms = smsConfiguration(snapshot)) {
        body += QStringLiteral("\n  sms_configuration {\n");
        body += QStringLiteral("    sns_caller_arn = %1\n").arg(hclString(sms->snsCallerArn));
        body += QStringLiteral("    external_id    = %1\n").arg(hclString(sms->externalId));
        if (!sms->snsRegion.isEmpty()) {
            body += QStringLiteral("    sns_region     = %1\n").arg(hclString(sms->snsRegion));
        }
        body += QStringLiteral("  }\n");
    }
    if (mfa.email) {
        body += QStringLiteral("\n  email_mfa_configuration {\n");
        if (!mfa.email->message.isEmpty()) {
            body += QStringLiteral("    message = %1\n").arg(hclString(mfa.email->message));
        }
        if (!mfa.email->subject.isEmpty()) {
            body += QStringLiteral("    subject = %1\n").arg(hclString(mfa.email->subject));
        }
        body += QStringLiteral("  }\n");
    }
    if (const auto& devices = snapshot.pool.deviceConfiguration) {
        body += QStringLiteral("\n  device_configuration {\n");
        body += QStringLiteral("    challenge_required_on_new_device      = %1\n")
                    .arg(boolText(devices->challengeRequiredOnNewDevice));
        body += QStringLiteral("    device_only_remembered_on_user_prompt = %1\n")
                    .arg(boolText(devices->deviceOnlyRememberedOnUserPrompt));
        body += QStringLiteral("  }\n");
    }
    if (const auto& webAuthn = mfa.webAuthn) {
        body += QStringLiteral("\n  web_authn_configuration {\n");
        if (!webAuthn->relyingPartyId.isEmpty()) {
            body += QStringLiteral("    relying_party_id  = %1\n")
                        .arg(hclString(webAuthn->relyingPartyId));
        }
        body += QStringLiteral("    user_verification = %1\n")
                    .arg(hclString(userVerificationName(webAuthn->userVerification)));
        body += QStringLiteral("  }\n");
    }
    if (snapshot.pool.signInPolicy != SignInPolicy{}) {
        body += QStringLiteral("\n  sign_in_policy {\n    allowed_first_auth_factors = %1\n  }\n")
                    .arg(hclList(snapshot.pool.signInPolicy.allowedFirstAuthFactors));
    }
    body += QStringLiteral("}\n");
    if (const auto& risk = snapshot.risk) {
        body += QStringLiteral("\nresource \"aws_cognito_risk_configuration\" \"pool\" {\n");
        body += QStringLiteral("  user_pool_id = aws_cognito_user_pool.pool.id\n");
        if (!risk->clientId.isEmpty()) {
            body += QStringLiteral("  client_id    = %1\n").arg(hclString(risk->clientId));
        }
        body += QStringLiteral("\n  account_takeover_risk_configuration {\n    actions {\n");
        body += riskActionHcl("low_action", risk->lowAction, risk->lowNotify);
        body += riskActionHcl("medium_action", risk->mediumAction, risk->mediumNotify);
        body += riskActionHcl("high_action", risk->highAction, risk->highNotify);
        body += QStringLiteral("    }\n");
        if (risk->notifySourceArn.isEmpty()) {
            body += QStringLiteral("    # The AWS provider wants a notify_configuration block "
                                   "here (source_arn: an SES\n    # identity); Cognito needs "
                                   "one only when an action notifies. Add one before applying.\n");
        } else {
            body += QStringLiteral("\n    notify_configuration {\n      source_arn = %1\n    }\n")
                        .arg(hclString(risk->notifySourceArn));
        }
        body += QStringLiteral("  }\n");
        if (!risk->blockedIpRangeList.isEmpty() || !risk->skippedIpRangeList.isEmpty()) {
            body += QStringLiteral("\n  risk_exception_configuration {\n");
            if (!risk->blockedIpRangeList.isEmpty()) {
                body += QStringLiteral("    blocked_ip_range_list = %1\n")
                            .arg(hclList(risk->blockedIpRangeList));
            }
            if (!risk->skippedIpRangeList.isEmpty()) {
                body += QStringLiteral("    skipped_ip_range_list = %1\n")
                            .arg(hclList(risk->skippedIpRangeList));
            }
            body += QStringLiteral("  }\n");
        }
        body += QStringLiteral("}\n");
    }
    document.text = header(snapshot, document.omitted, QStringLiteral("#")) + body;
    return document;
}

Document cliJson(const PoolMfaSnapshot& snapshot)
{
    Document document;
    document.omitted = tesseraOnly(snapshot);
    if (snapshot.pool.deviceConfiguration) {
        document.omitted << IacExportText::tr(
            "DeviceConfiguration (set with aws cognito-idp update-user-pool)");
    }
    if (snapshot.pool.signInPolicy != SignInPolicy{}) {
        document.omitted << IacExportText::tr("Policies.SignInPolicy (set with aws cognito-idp "
                                              "update-user-pool)");
    }
    if (snapshot.risk) {
        document.omitted << IacExportText::tr("the risk configuration (set with aws cognito-idp "
                                              "set-risk-configuration)");
    }
    // The request SetUserPoolMfaConfig takes, as the AWS CLI's input skeleton lays it out.
    QJsonObject request{{QStringLiteral("UserPoolId"), snapshot.pool.id}};
    const QJsonObject config = snapshot.mfa.toJson();
    for (auto it = config.begin(); it != config.end(); ++it) {
        request.insert(it.key(), it.value());
    }
    if (snapshot.mfa.sms && !snapshot.mfa.sms->smsConfiguration) {
        if (const auto sms = smsConfiguration(snapshot)) {
            QJsonObject block = request.value(QStringLiteral("SmsMfaConfiguration")).toObject();
            block.insert(QStringLiteral("SmsConfiguration"), sms->toJson());
            request.insert(QStringLiteral("SmsMfaConfiguration"), block);
        }
    }
    document.text = QString::fromUtf8(QJsonDocument(request).toJson(QJsonDocument::Indented));
    return document;
}

} // namespace

QString formatName(Format format)
{
    switch (format) {
    case Format::Terraform:
        return QStringLiteral("terraform");
    case Format::CliJson:
        return QStringLiteral("cli-json");
    case Format::CloudFormation:
        break;
    }
    return QStringLiteral("cloudformation");
}

std::optional<Format> formatFromName(const QString& name)
{
    for (const auto format : {Format::CloudFormation, Format::Terraform, Format::CliJson}) {
        if (formatName(format) == name) {
            return format;
        }
    }
    return std::nullopt;
}

QStringList formatNames()
{
    return {formatName(Format::CloudFormation), formatName(Format::Terraform),
            formatName(Format::CliJson)};
}

QString fileSuffix(Format format)
{
    switch (format) {
    case Format::Terraform:
        return QStringLiteral(".tf");
    case Format::CliJson:
        return QStringLiteral(".json");
    case Format::CloudFormation:
        break;
    }
    return QStringLiteral(".yaml");
}

Document exportSnapshot(const PoolMfaSnapshot& snapshot, Format format)
{
    switch (format) {
    case Format::Terraform:
        return terraform(snapshot);
    case Format::CliJson:
        return cliJson(snapshot);
    case Format::CloudFormation:
        break;
    }
    return cloudFormation(snapshot);
}

} // namespace tessera::pool::iac
