// SPDX-License-Identifier: GPL-3.0-or-later
#include "RequestShape.h"

#include <QHash>
#include <QJsonArray>

#include <algorithm>
#include <climits>

namespace tessera::pool::shape {

namespace {

enum class Kind
{
    String,
    Integer,
    Boolean,
    Structure,     // members checked by this same table
    StringMap,     // AuthParameters, ChallengeResponses: any keys, string values
    StringList,    // ExplicitAuthFlows, DesiredDeliveryMediums
    NameList,      // AttributesToGet: attribute names
    StructureList, // HttpHeaders
    AttributeList, // UserAttributes: [{"Name": ..., "Value": ...}]
};

enum class Pattern
{
    None,
    Name,
    Digits
};

struct Rule
{
    Kind kind = Kind::String;
    int minLength = 0;
    int maxLength = 0; // 0: kDefaultLength
    Pattern pattern = Pattern::None;
};

constexpr int kNameLength = 32;
// Where Cognito documents no limit (context data, enum names, map values): Tessera's own, so
// that no member can carry megabytes into the store or a message. Tokens may be as long as
// Cognito's longest documented string (NextToken).
constexpr int kDefaultLength = 4096;
constexpr int kTokenLength = 131072;
constexpr int kValueLength = 2048;
const QString kNamePattern = QStringLiteral(R"([\p{L}\p{M}\p{S}\p{N}\p{P}]+)");

// The members the engines read, by name. Cognito spells a member the same way, with the same
// type, in every operation and structure that has it, so one table serves them all; members not
// listed are not read, and AWS ignores members it does not know. Lengths and patterns are those
// of Cognito's API reference.
const QHash<QString, Rule>& rules()
{
    static const QHash<QString, Rule> table = [] {
        QHash<QString, Rule> t;
        const auto add = [&t](std::initializer_list<const char*> names, Rule rule) {
            for (const char* name : names) {
                t.insert(QString::fromLatin1(name), rule);
            }
        };
        add({"UserPoolId", "DeviceKey"}, {Kind::String, 1, 55});
        add({"ClientId", "PoolName", "ClientName"}, {Kind::String, 1, 128});
        add({"Username"}, {Kind::String, 1, 128, Pattern::Name});
        add({"Filter"}, {Kind::String, 0, 256});
        add({"Password", "TemporaryPassword"}, {Kind::String, 0, 256});
        add({"Session"}, {Kind::String, 20, 2048});
        add({"UserCode"}, {Kind::String, 6, 6, Pattern::Digits});
        // The e-mail MFA message (6 to 20000 characters, checked by MfaConfig) fits.
        add({"Message"}, {Kind::String, 0, 20000});
        add({"PaginationToken", "NextToken", "AccessToken"}, {Kind::String, 0, kTokenLength});
        add({"MessageAction",
             "AuthFlow",
             "ChallengeName",
             "MfaConfiguration",
             "SmsAuthenticationMessage",
             "FriendlyDeviceName",
             "SnsCallerArn",
             "ExternalId",
             "SnsRegion",
             "Subject",
             "IpAddress",
             "EncodedData",
             "ServerName",
             "ServerPath",
             "headerName",
             "headerValue",
             "EventAction",
             "FederatedUserMfa",
             "SourceArn",
             "DeviceRememberedStatus"},
            {Kind::String});
        add({"Limit", "MaxResults", "AuthSessionValidity", "AccessTokenValidity", "IdTokenValidity",
             "RefreshTokenValidity", "MinimumLength", "TemporaryPasswordValidityDays",
             "RememberDeviceDays"},
            {Kind::Integer});
        add({"DeviceName"}, {Kind::String, 1, 1024});
        // DeviceSecretVerifierConfig's Base64 numbers (a 3072-bit verifier is 516 characters).
        add({"PasswordVerifier", "Salt"}, {Kind::String, 0, kDefaultLength});
        add({"Permanent", "GenerateSecret", "Enabled", "PreferredMfa", "RequireUppercase",
             "RequireLowercase", "RequireNumbers", "RequireSymbols", "Notify",
             "ChallengeRequiredOnNewDevice", "DeviceOnlyRememberedOnUserPrompt"},
            {Kind::Boolean});
        add({"Policies",
             "PasswordPolicy",
             "SmsConfiguration",
             "SmsMfaConfiguration",
             "SoftwareTokenMfaConfiguration",
             "EmailMfaConfiguration",
             "SMSMfaSettings",
             "SoftwareTokenMfaSettings",
             "EmailMfaSettings",
             "UserContextData",
             "ContextData",
             "AccountTakeoverRiskConfiguration",
             "Actions",
             "LowAction",
             "MediumAction",
             "HighAction",
             "RiskExceptionConfiguration",
             "NotifyConfiguration",
             "TesseraPolicies",
             "AnalyticsMetadata",
             "DeviceConfiguration",
             "DeviceSecretVerifierConfig"},
            {Kind::Structure});
        add({"AuthParameters", "ChallengeResponses", "ClientMetadata"}, {Kind::StringMap});
        add({"ExplicitAuthFlows", "DesiredDeliveryMediums", "BlockedIPRangeList",
             "SkippedIPRangeList"},
            {Kind::StringList});
        add({"AttributesToGet"}, {Kind::NameList, 1, kNameLength, Pattern::Name});
        add({"HttpHeaders"}, {Kind::StructureList});
        add({"UserAttributes", "ValidationData"}, {Kind::AttributeList});
        return t;
    }();
    return table;
}

// AWS names a member by its path with the first letter of each part in lower case.
QString memberPath(const QString& parent, const QString& name)
{
    QString part = name;
    if (!part.isEmpty()) {
        part[0] = part[0].toLower();
    }
    return parent.isEmpty() ? part : parent + QLatin1Char('.') + part;
}

// AWS's path of a list's n-th item (counted from 1).
QString itemPath(const QString& list, qsizetype index)
{
    return QStringLiteral("%1.%2.member").arg(list).arg(index + 1);
}

QString jsonTypeName(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::Bool:
        return QStringLiteral("true or false");
    case QJsonValue::Array:
        return QStringLiteral("a list");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    default:
        return QStringLiteral("null");
    }
}

PoolError wrongType(const QString& path, const QString& expected, const QJsonValue& value)
{
    return PoolError::serialization(QStringLiteral("Value at '%1' must be %2, not %3.")
                                        .arg(path, expected, jsonTypeName(value)));
}

// [\p{L}\p{M}\p{S}\p{N}\p{P}]+ over code points: an unpaired surrogate is not a character.
bool isNameText(const QString& text)
{
    if (text.isEmpty()) {
        return false;
    }
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t point = text.at(i).unicode();
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() &&
            text.at(i + 1).isLowSurrogate()) {
            point = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            ++i;
        }
        switch (QChar::category(point)) {
        case QChar::Letter_Uppercase:
        case QChar::Letter_Lowercase:
        case QChar::Letter_Titlecase:
        case QChar::Letter_Modifier:
        case QChar::Letter_Other:
        case QChar::Mark_NonSpacing:
        case QChar::Mark_SpacingCombining:
        case QChar::Mark_Enclosing:
        case QChar::Symbol_Math:
        case QChar::Symbol_Currency:
        case QChar::Symbol_Modifier:
        case QChar::Symbol_Other:
        case QChar::Number_DecimalDigit:
        case QChar::Number_Letter:
        case QChar::Number_Other:
        case QChar::Punctuation_Connector:
        case QChar::Punctuation_Dash:
        case QChar::Punctuation_Open:
        case QChar::Punctuation_Close:
        case QChar::Punctuation_InitialQuote:
        case QChar::Punctuation_FinalQuote:
        case QChar::Punctuation_Other:
            break;
        default:
            return false;
        }
    }
    return true;
}

bool isDigits(const QString& text)
{
    return std::all_of(text.begin(), text.end(),
                       [](QChar c) { return c >= QLatin1Char('0') && c <= QLatin1Char('9'); });
}

Expected<void, PoolError> checkText(const QString& text, const Rule& rule, const QString& path)
{
    if (text.size() < rule.minLength) {
        return PoolError::validation(
            text, path,
            QStringLiteral("Member must have length greater than or equal to %1")
                .arg(rule.minLength));
    }
    const int maxLength = rule.maxLength > 0 ? rule.maxLength : kDefaultLength;
    if (text.size() > maxLength) {
        return PoolError::validation(
            text, path,
            QStringLiteral("Member must have length less than or equal to %1").arg(maxLength));
    }
    if (rule.pattern == Pattern::Name && !isNameText(text)) {
        return PoolError::validation(
            text, path,
            QStringLiteral("Member must satisfy regular expression pattern: %1").arg(kNamePattern));
    }
    if (rule.pattern == Pattern::Digits && !isDigits(text)) {
        return PoolError::validation(
            text, path, QStringLiteral("Member must satisfy regular expression pattern: [0-9]+"));
    }
    return {};
}

Expected<void, PoolError> checkObject(const QJsonObject& object, const QString& path);

Expected<void, PoolError> checkMember(const QJsonValue& value, const Rule& rule,
                                      const QString& path)
{
    if (value.isNull() || value.isUndefined()) {
        return {};
    }
    switch (rule.kind) {
    case Kind::String:
        if (!value.isString()) {
            return wrongType(path, QStringLiteral("a string"), value);
        }
        return checkText(value.toString(), rule, path);
    case Kind::Integer: {
        const double number = value.toDouble();
        if (!value.isDouble() || number != double(qint64(number)) || number < INT_MIN ||
            number > INT_MAX) {
            return wrongType(path, QStringLiteral("an integer"), value);
        }
        return {};
    }
    case Kind::Boolean:
        if (!value.isBool()) {
            return wrongType(path, QStringLiteral("true or false"), value);
        }
        return {};
    case Kind::Structure:
        if (!value.isObject()) {
            return wrongType(path, QStringLiteral("an object"), value);
        }
        return checkObject(value.toObject(), path);
    case Kind::StringMap: {
        if (!value.isObject()) {
            return wrongType(path, QStringLiteral("an object"), value);
        }
        const QJsonObject map = value.toObject();
        for (auto it = map.begin(); it != map.end(); ++it) {
            // The key is the caller's text too: quoted short like any value.
            const QString entry = path + QLatin1Char('.') + PoolError::quotedPrefix(it.key());
            if (!it.value().isString() && !it.value().isNull()) {
                return wrongType(entry, QStringLiteral("a string"), it.value());
            }
            if (auto done = checkText(it.value().toString(), Rule{}, entry); !done) {
                return done;
            }
        }
        return {};
    }
    case Kind::StringList:
    case Kind::NameList:
    case Kind::StructureList: {
        if (!value.isArray()) {
            return wrongType(path, QStringLiteral("a list"), value);
        }
        const QJsonArray items = value.toArray();
        const Rule itemRule = rule.kind == Kind::StructureList ? Rule{Kind::Structure}
                              : rule.kind == Kind::NameList
                                  ? Rule{Kind::String, rule.minLength, rule.maxLength, rule.pattern}
                                  : Rule{Kind::String};
        for (qsizetype i = 0; i < items.size(); ++i) {
            if (items.at(i).isNull()) {
                return wrongType(itemPath(path, i),
                                 itemRule.kind == Kind::String ? QStringLiteral("a string")
                                                               : QStringLiteral("an object"),
                                 items.at(i));
            }
            if (auto done = checkMember(items.at(i), itemRule, itemPath(path, i)); !done) {
                return done;
            }
        }
        return {};
    }
    case Kind::AttributeList: {
        if (!value.isArray()) {
            return wrongType(path, QStringLiteral("a list"), value);
        }
        const QJsonArray items = value.toArray();
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QString item = itemPath(path, i);
            if (!items.at(i).isObject()) {
                return wrongType(item, QStringLiteral("an object"), items.at(i));
            }
            const QJsonObject attribute = items.at(i).toObject();
            const QJsonValue name = attribute.value(QStringLiteral("Name"));
            const QJsonValue text = attribute.value(QStringLiteral("Value"));
            if (name.isNull() || name.isUndefined()) {
                return PoolError::validation(item + QStringLiteral(".name"),
                                             QStringLiteral("Member must not be null"));
            }
            if (!name.isString()) {
                return wrongType(item + QStringLiteral(".name"), QStringLiteral("a string"), name);
            }
            if (!text.isString() && !text.isNull() && !text.isUndefined()) {
                return wrongType(item + QStringLiteral(".value"), QStringLiteral("a string"), text);
            }
            if (auto done = checkAttribute(name.toString(), text.toString(), item); !done) {
                return done;
            }
        }
        return {};
    }
    }
    return {};
}

Expected<void, PoolError> checkObject(const QJsonObject& object, const QString& path)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        const auto rule = rules().constFind(it.key());
        if (rule == rules().constEnd()) {
            continue;
        }
        if (auto done = checkMember(it.value(), *rule, memberPath(path, it.key())); !done) {
            return done;
        }
    }
    return {};
}

} // namespace

Expected<QJsonObject, PoolError> checked(const QJsonObject& request)
{
    if (auto done = checkObject(request, {}); !done) {
        return done.failure();
    }
    QJsonObject cleaned = request;
    for (auto it = cleaned.begin(); it != cleaned.end();) {
        it = it.value().isNull() ? cleaned.erase(it) : std::next(it);
    }
    return cleaned;
}

Expected<void, PoolError> checkUsername(const QString& username, const QString& member)
{
    return checkText(username, rules().value(QStringLiteral("Username")), member);
}

Expected<void, PoolError> checkAttribute(const QString& name, const QString& value,
                                         const QString& member)
{
    if (auto done = checkText(name, {Kind::String, 1, kNameLength, Pattern::Name},
                              member + QStringLiteral(".name"));
        !done) {
        return done;
    }
    return checkText(value, {Kind::String, 0, kValueLength}, member + QStringLiteral(".value"));
}

Expected<void, PoolError> checkRange(qint64 value, const QString& member, qint64 minimum,
                                     qint64 maximum)
{
    if (value < minimum) {
        return PoolError::validation(
            QString::number(value), member,
            QStringLiteral("Member must have value greater than or equal to %1").arg(minimum));
    }
    if (value > maximum) {
        return PoolError::validation(
            QString::number(value), member,
            QStringLiteral("Member must have value less than or equal to %1").arg(maximum));
    }
    return {};
}

} // namespace tessera::pool::shape
