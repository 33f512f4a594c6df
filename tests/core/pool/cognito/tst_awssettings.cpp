// SPDX-License-Identifier: GPL-3.0-or-later
#include "pool/cognito/CognitoClient.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace tessera::pool;
using namespace tessera::pool::cognito;

namespace {

// Every secret key in these fixtures contains this, so a message that leaks one is caught.
constexpr auto kSecretMarker = "SECRET-never-printed";

QString secret(const char* name)
{
    return QStringLiteral("%1/%2").arg(QLatin1String(name), QLatin1String(kSecretMarker));
}

// A credential_process script printing the AWS CLI's Version 1 JSON (`fields` go inside).
QString processScript(const QString& fields, int exitStatus = 0)
{
    return QStringLiteral("#!/bin/sh\nprintf '%s\\n' '{%1}'\nexit %2\n")
        .arg(fields)
        .arg(exitStatus);
}

QString processJson(const QString& id, const QString& secretKey, const QString& extra = {})
{
    return QStringLiteral(R"("Version": 1, "AccessKeyId": "%1", "SecretAccessKey": "%2"%3)")
        .arg(id, secretKey, extra);
}

// A temporary HOME holding the given files: pairs of path (relative to HOME) and content, where
// "@HOME@" stands for HOME itself. Files ending in .sh are made executable.
class Home
{
public:
    explicit Home(const QStringList& files)
    {
        for (qsizetype i = 0; i + 1 < files.size(); i += 2) {
            const QString path = m_dir.filePath(files.at(i));
            QDir().mkpath(QFileInfo(path).absolutePath());
            QFile file(path);
            if (!file.open(QIODevice::WriteOnly)) {
                qFatal("cannot write %s", qPrintable(path));
            }
            file.write(expand(files.at(i + 1)).toUtf8());
            file.close();
            if (path.endsWith(QLatin1String(".sh"))) {
                file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
            }
        }
    }

    QString expand(QString text) const
    {
        return text.replace(QLatin1String("@HOME@"), m_dir.path());
    }

    // Only what a row sets, plus HOME: the tester's own AWS_* variables must not leak in.
    QProcessEnvironment environment(const QStringList& variables) const
    {
        QProcessEnvironment environment;
        environment.insert(QStringLiteral("HOME"), m_dir.path());
        for (const QString& variable : variables) {
            const qsizetype equals = variable.indexOf(QLatin1Char('='));
            environment.insert(variable.left(equals), expand(variable.mid(equals + 1)));
        }
        return environment;
    }

    tessera::Expected<AwsSettings> resolve(const QStringList& variables, const QString& profile,
                                           const QString& region = {},
                                           const QString& endpoint = {}) const
    {
        return AwsSettingsResolver::resolve({profile, region, expand(endpoint)},
                                            environment(variables));
    }

private:
    QTemporaryDir m_dir;
};

QByteArray secretOf(const AwsCredentials& credentials)
{
    return QByteArray(reinterpret_cast<const char*>(credentials.secretAccessKey.data()),
                      qsizetype(credentials.secretAccessKey.size()));
}

// Everything about resolved settings a person or a log could see.
QString visibleText(const AwsSettings& settings)
{
    QStringList parts{settings.profile, settings.region, settings.endpoint.toString(),
                      settings.credentialSource};
    if (settings.credentials) {
        parts << settings.credentials->accessKeyId << settings.credentials->sessionToken;
    }
    return parts.join(QLatin1Char(' '));
}

} // namespace

// The AWS CLI's settings chain (AwsSettingsResolver): environment variables, ~/.aws/credentials
// and ~/.aws/config profiles (or the files AWS_SHARED_CREDENTIALS_FILE and AWS_CONFIG_FILE name),
// credential_process, and explicit --profile/--region/--endpoint-url, each row in its own
// temporary HOME. Errors say what to do and never carry a secret key.
class TestAwsSettings : public QObject
{
    Q_OBJECT

private slots:
    void credentials_data()
    {
        QTest::addColumn<QStringList>("files");
        QTest::addColumn<QStringList>("environment");
        QTest::addColumn<QString>("profile");
        QTest::addColumn<QString>("accessKeyId");
        QTest::addColumn<QString>("secretKey");
        QTest::addColumn<QString>("sessionToken");
        QTest::addColumn<QString>("expiration");
        QTest::addColumn<QString>("source");

        const QStringList envKeys{
            QStringLiteral("AWS_ACCESS_KEY_ID=AKIDENV"),
            QStringLiteral("AWS_SECRET_ACCESS_KEY=") + secret("env"),
            QStringLiteral("AWS_SESSION_TOKEN=env-token"),
        };
        const QString defaultKeys =
            QStringLiteral(
                "[default]\naws_access_key_id = AKIDDEFAULT\naws_secret_access_key = %1\n")
                .arg(secret("default"));
        const QString devKeys =
            QStringLiteral("[dev]\naws_access_key_id=AKIDDEV\naws_secret_access_key=%1\n"
                           "aws_session_token=dev-token\n")
                .arg(secret("dev"));

        QTest::newRow("environment keys with a session token")
            << QStringList{} << envKeys << QString() << "AKIDENV" << secret("env") << "env-token"
            << QString() << "environment";
        QTest::newRow("environment keys beat the default profile's")
            << QStringList{".aws/credentials", defaultKeys} << envKeys << QString() << "AKIDENV"
            << secret("env") << "env-token" << QString() << "environment";
        // botocore keeps the environment provider first when the profile comes from AWS_PROFILE.
        QTest::newRow("AWS_PROFILE leaves environment keys first")
            << QStringList{".aws/credentials", devKeys}
            << envKeys + QStringList{QStringLiteral("AWS_PROFILE=dev")} << QString() << "AKIDENV"
            << secret("env") << "env-token" << QString() << "environment";
        QTest::newRow("--profile passes over environment keys")
            << QStringList{".aws/credentials", devKeys} << envKeys << "dev"
            << "AKIDDEV" << secret("dev") << "dev-token" << QString() << "profile dev";
        QTest::newRow("[default] in ~/.aws/credentials")
            << QStringList{".aws/credentials", defaultKeys} << QStringList{} << QString()
            << "AKIDDEFAULT" << secret("default") << QString() << QString() << "profile default";
        QTest::newRow("AWS_PROFILE picks [dev] in ~/.aws/credentials")
            << QStringList{".aws/credentials", defaultKeys + devKeys}
            << QStringList{QStringLiteral("AWS_PROFILE=dev")} << QString() << "AKIDDEV"
            << secret("dev") << "dev-token" << QString() << "profile dev";
        QTest::newRow("--profile beats AWS_PROFILE")
            << QStringList{".aws/credentials", defaultKeys + devKeys}
            << QStringList{QStringLiteral("AWS_PROFILE=default")} << "dev"
            << "AKIDDEV" << secret("dev") << "dev-token" << QString() << "profile dev";
        QTest::newRow("[profile ops] keys in ~/.aws/config")
            << QStringList{".aws/config",
                           QStringLiteral("[profile ops]\naws_access_key_id = AKIDOPS\n"
                                          "aws_secret_access_key = %1\n")
                               .arg(secret("ops"))}
            << QStringList{} << "ops"
            << "AKIDOPS" << secret("ops") << QString() << QString() << "profile ops";
        // In config a bare [ops] is no profile; in credentials "[profile ops]" is not ops: keys
        // in either would be misread.
        QTest::newRow("section names differ between the two files")
            << QStringList{".aws/config",
                           QStringLiteral("[ops]\naws_access_key_id = AKIDBARE\n"
                                          "aws_secret_access_key = %1\n"
                                          "[profile ops]\nregion = eu-west-1\n")
                               .arg(secret("bare")),
                           ".aws/credentials",
                           QStringLiteral("[profile ops]\naws_access_key_id = AKIDPREFIXED\n"
                                          "aws_secret_access_key = %1\n")
                               .arg(secret("prefixed"))}
            << QStringList{} << "ops" << QString() << QString() << QString() << QString()
            << QString();
        QTest::newRow("credentials file beats keys in config")
            << QStringList{".aws/config",
                           QStringLiteral("[profile dev]\naws_access_key_id = AKIDCONFIG\n"
                                          "aws_secret_access_key = %1\n")
                               .arg(secret("config")),
                           ".aws/credentials", devKeys}
            << QStringList{} << "dev"
            << "AKIDDEV" << secret("dev") << "dev-token" << QString() << "profile dev";
        QTest::newRow("AWS_SHARED_CREDENTIALS_FILE replaces ~/.aws/credentials")
            << QStringList{".aws/credentials", defaultKeys, "elsewhere/creds",
                           QStringLiteral("[default]\naws_access_key_id = AKIDELSEWHERE\n"
                                          "aws_secret_access_key = %1\n")
                               .arg(secret("elsewhere"))}
            << QStringList{QStringLiteral("AWS_SHARED_CREDENTIALS_FILE=@HOME@/elsewhere/creds")}
            << QString() << "AKIDELSEWHERE" << secret("elsewhere") << QString() << QString()
            << "profile default";
        QTest::newRow("AWS_CONFIG_FILE replaces ~/.aws/config")
            << QStringList{".aws/config",
                           QStringLiteral("[profile ops]\naws_access_key_id = AKIDHOME\n"
                                          "aws_secret_access_key = %1\n")
                               .arg(secret("home")),
                           "elsewhere/config",
                           QStringLiteral("[profile ops]\naws_access_key_id = AKIDELSEWHERE\n"
                                          "aws_secret_access_key = %1\n")
                               .arg(secret("elsewhere"))}
            << QStringList{QStringLiteral("AWS_CONFIG_FILE=@HOME@/elsewhere/config")} << "ops"
            << "AKIDELSEWHERE" << secret("elsewhere") << QString() << QString() << "profile ops";
        QTest::newRow("credential_process with session token and expiration")
            << QStringList{".aws/config",
                           "[profile ci]\ncredential_process = @HOME@/bin/creds.sh --role ci\n",
                           "bin/creds.sh",
                           processScript(processJson("ASIAPROCESS", secret("process"),
                                                     R"(, "SessionToken": "process-token", )"
                                                     R"("Expiration": "2999-01-02T03:04:05Z")"))}
            << QStringList{QStringLiteral("AWS_PROFILE=ci")} << QString() << "ASIAPROCESS"
            << secret("process") << "process-token"
            << "2999-01-02T03:04:05Z"
            << "credential_process";
        QTest::newRow("credential_process without expiration in [default]")
            << QStringList{".aws/config", "[default]\ncredential_process = @HOME@/creds.sh\n",
                           "creds.sh", processScript(processJson("AKIDPROCESS", secret("process")))}
            << QStringList{} << QString() << "AKIDPROCESS" << secret("process") << QString()
            << QString() << "credential_process";
        QTest::newRow("credentials file beats credential_process")
            << QStringList{".aws/config",
                           "[profile dev]\ncredential_process = @HOME@/creds.sh\n",
                           "creds.sh",
                           processScript(processJson("AKIDPROCESS", secret("process"))),
                           ".aws/credentials",
                           devKeys}
            << QStringList{} << "dev"
            << "AKIDDEV" << secret("dev") << "dev-token" << QString() << "profile dev";
        QTest::newRow("credential_process beats keys in config")
            << QStringList{".aws/config",
                           QStringLiteral("[profile dev]\ncredential_process = @HOME@/creds.sh\n"
                                          "aws_access_key_id = AKIDCONFIG\n"
                                          "aws_secret_access_key = %1\n")
                               .arg(secret("config")),
                           "creds.sh", processScript(processJson("AKIDPROCESS", secret("process")))}
            << QStringList{} << "dev"
            << "AKIDPROCESS" << secret("process") << QString() << QString() << "credential_process";
        QTest::newRow("no credentials anywhere (token calls still work)")
            << QStringList{".aws/config", "[default]\nregion = eu-west-1\n"} << QStringList{}
            << QString() << QString() << QString() << QString() << QString() << QString();
    }

    void credentials()
    {
        QFETCH(QStringList, files);
        QFETCH(QStringList, environment);
        QFETCH(QString, profile);
        QFETCH(QString, accessKeyId);
        QFETCH(QString, secretKey);
        QFETCH(QString, sessionToken);
        QFETCH(QString, expiration);
        QFETCH(QString, source);

        const Home home(files);
        const auto settings = home.resolve(environment, profile, QStringLiteral("eu-west-1"));
        QVERIFY2(settings, qPrintable(settings.error()));
        QCOMPARE(settings->credentialSource, source);
        if (accessKeyId.isEmpty()) {
            QVERIFY2(!settings->credentials, "no credentials are made up");
            return;
        }
        QVERIFY2(settings->credentials, "credentials are found");
        QCOMPARE(settings->credentials->accessKeyId, accessKeyId);
        QCOMPARE(secretOf(*settings->credentials), secretKey.toUtf8());
        QCOMPARE(settings->credentials->sessionToken, sessionToken);
        QCOMPARE(settings->credentials->expiration,
                 expiration.isEmpty() ? QDateTime()
                                      : QDateTime::fromString(expiration, Qt::ISODate));
        QVERIFY2(!visibleText(*settings).contains(QLatin1String(kSecretMarker)),
                 "no visible field carries the secret key");
    }

    void region_data()
    {
        QTest::addColumn<QStringList>("files");
        QTest::addColumn<QStringList>("environment");
        QTest::addColumn<QString>("profile");
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("expected");

        const QStringList config{".aws/config", "[default]\nregion = eu-west-1\n"
                                                "[profile dev]\nregion = ap-south-1\n"};
        const QStringList both{QStringLiteral("AWS_REGION=us-west-2"),
                               QStringLiteral("AWS_DEFAULT_REGION=eu-central-1")};
        QTest::newRow("--region beats the environment")
            << config << both << QString() << "sa-east-1"
            << "sa-east-1";
        QTest::newRow("AWS_REGION beats AWS_DEFAULT_REGION")
            << config << both << QString() << QString() << "us-west-2";
        QTest::newRow("AWS_DEFAULT_REGION beats the profile")
            << config << QStringList{QStringLiteral("AWS_DEFAULT_REGION=eu-central-1")} << QString()
            << QString() << "eu-central-1";
        QTest::newRow("the default profile's region")
            << config << QStringList{} << QString() << QString() << "eu-west-1";
        QTest::newRow("AWS_PROFILE's region")
            << config << QStringList{QStringLiteral("AWS_PROFILE=dev")} << QString() << QString()
            << "ap-south-1";
        QTest::newRow("--profile's region")
            << config << QStringList{} << "dev" << QString() << "ap-south-1";
        QTest::newRow("an explicit endpoint without a region signs for us-east-1")
            << QStringList{} << QStringList{QStringLiteral("AWS_ENDPOINT_URL=http://127.0.0.1:9/")}
            << QString() << QString() << "us-east-1";
    }

    void region()
    {
        QFETCH(QStringList, files);
        QFETCH(QStringList, environment);
        QFETCH(QString, profile);
        QFETCH(QString, region);
        QFETCH(QString, expected);

        const Home home(files);
        const auto settings = home.resolve(environment, profile, region);
        QVERIFY2(settings, qPrintable(settings.error()));
        QCOMPARE(settings->region, expected);
    }

    void endpoint_data()
    {
        QTest::addColumn<QStringList>("files");
        QTest::addColumn<QStringList>("environment");
        QTest::addColumn<QString>("profile");
        QTest::addColumn<QString>("endpointUrl");
        QTest::addColumn<QString>("expected");

        const QStringList config{".aws/config", "[default]\nregion = eu-west-1\n"
                                                "[profile local]\nregion = us-east-1\n"
                                                "endpoint_url = http://127.0.0.1:9229/\n"};
        const QStringList both{
            QStringLiteral("AWS_ENDPOINT_URL=http://127.0.0.1:1111/"),
            QStringLiteral("AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER=http://127.0.0.1:2222/")};
        QTest::newRow("--endpoint-url beats the environment") << config << both << "local"
                                                              << "http://127.0.0.1:3333/"
                                                              << "http://127.0.0.1:3333/";
        QTest::newRow("the service's variable beats AWS_ENDPOINT_URL")
            << config << both << "local" << QString() << "http://127.0.0.1:2222/";
        QTest::newRow("AWS_ENDPOINT_URL beats the profile")
            << config << both.mid(0, 1) << "local" << QString() << "http://127.0.0.1:1111/";
        QTest::newRow("the profile's endpoint_url")
            << config << QStringList{} << "local" << QString() << "http://127.0.0.1:9229/";
        QTest::newRow("AWS's endpoint for the region")
            << config << QStringList{} << QString() << QString()
            << "https://cognito-idp.eu-west-1.amazonaws.com/";
    }

    void endpoint()
    {
        QFETCH(QStringList, files);
        QFETCH(QStringList, environment);
        QFETCH(QString, profile);
        QFETCH(QString, endpointUrl);
        QFETCH(QString, expected);

        const Home home(files);
        const auto settings = home.resolve(environment, profile, {}, endpointUrl);
        QVERIFY2(settings, qPrintable(settings.error()));
        QCOMPARE(settings->endpoint.toString(), expected);
    }

    void errorsSayWhatToDo_data()
    {
        QTest::addColumn<QStringList>("files");
        QTest::addColumn<QStringList>("environment");
        QTest::addColumn<QString>("profile");
        QTest::addColumn<QString>("endpointUrl");
        QTest::addColumn<QStringList>("mentions");

        const QString keys = QStringLiteral("aws_access_key_id = AKIDFILE\n"
                                            "aws_secret_access_key = %1\n")
                                 .arg(secret("file"));
        const QStringList files{".aws/config", "[profile dev]\nregion = eu-west-1\n" + keys,
                                ".aws/credentials", "[default]\n" + keys};
        const QStringList region{QStringLiteral("AWS_REGION=eu-west-1")};
        QTest::newRow("--profile names a missing profile")
            << files << region << "ghost" << QString()
            << QStringList{"The config profile (ghost) could not be found", "[ghost]",
                           "[profile ghost]", "/.aws/config", "/.aws/credentials"};
        QTest::newRow("AWS_PROFILE names a missing profile")
            << files << region + QStringList{QStringLiteral("AWS_PROFILE=ghost")} << QString()
            << QString() << QStringList{"The config profile (ghost) could not be found"};
        QTest::newRow("a bare [ops] in config is no profile")
            << QStringList{".aws/config", "[ops]\nregion = eu-west-1\n" + keys} << region << "ops"
            << QString()
            << QStringList{"The config profile (ops) could not be found", "[profile ops]"};
        QTest::newRow("the missing profile is looked for in AWS_CONFIG_FILE")
            << files
            << region + QStringList{QStringLiteral("AWS_CONFIG_FILE=@HOME@/other/config"),
                                    QStringLiteral("AWS_SHARED_CREDENTIALS_FILE=@HOME@/other/"
                                                   "creds")}
            << "dev" << QString()
            << QStringList{"The config profile (dev) could not be found", "/other/config",
                           "/other/creds"};
        QTest::newRow("no region anywhere")
            << QStringList{".aws/credentials", "[default]\n" + keys} << QStringList{} << QString()
            << QString() << QStringList{"You must specify a region", "--region"};
        QTest::newRow("environment has the secret key but no key id")
            << QStringList{}
            << region + QStringList{QStringLiteral("AWS_SECRET_ACCESS_KEY=") + secret("env")}
            << QString() << QString()
            << QStringList{"Partial credentials found in environment", "AWS_ACCESS_KEY_ID"};
        QTest::newRow("credentials file has a key id but no secret key")
            << QStringList{".aws/credentials", "[default]\naws_access_key_id = AKIDHALF\n"}
            << region << QString() << QString()
            << QStringList{"Partial credentials found in profile default",
                           "missing: aws_secret_access_key"};
        QTest::newRow("credential_process fails")
            << QStringList{".aws/config", "[default]\ncredential_process = @HOME@/creds.sh\n",
                           "creds.sh", processScript(processJson("AKID", secret("process")), 3)}
            << region << QString() << QString()
            << QStringList{"credential_process", "creds.sh", "failed (exit status 3)"};
        QTest::newRow("credential_process prints Version 2")
            << QStringList{".aws/config", "[default]\ncredential_process = @HOME@/creds.sh\n",
                           "creds.sh",
                           processScript(processJson("AKID", secret("process"))
                                             .replace(QLatin1String("1,"), QLatin1String("2,")))}
            << region << QString() << QString() << QStringList{"did not print a Version 1"};
        QTest::newRow("credential_process prints no secret key")
            << QStringList{".aws/config", "[default]\ncredential_process = @HOME@/creds.sh\n",
                           "creds.sh", processScript(R"("Version": 1, "AccessKeyId": "AKID")")}
            << region << QString() << QString()
            << QStringList{"printed no AccessKeyId and SecretAccessKey"};
        QTest::newRow("credential_process credentials already expired")
            << QStringList{".aws/config", "[default]\ncredential_process = @HOME@/creds.sh\n",
                           "creds.sh",
                           processScript(processJson("ASIA", secret("process"),
                                                     R"(, "SessionToken": "t", )"
                                                     R"("Expiration": "2001-02-03T04:05:06Z")"))}
            << region << QString() << QString() << QStringList{"expired at 2001-02-03T04:05:06Z"};
        QTest::newRow("credential_process expiration not a time")
            << QStringList{".aws/config", "[default]\ncredential_process = @HOME@/creds.sh\n",
                           "creds.sh",
                           processScript(processJson("ASIA", secret("process"),
                                                     R"(, "Expiration": "next tuesday")"))}
            << region << QString() << QString()
            << QStringList{"Expiration that is not an ISO 8601 time", "next tuesday"};
        QTest::newRow("endpoint that is not http(s)")
            << files << region << QString() << "ftp://127.0.0.1/"
            << QStringList{"'ftp://127.0.0.1/' is not an http(s) URL"};
    }

    void errorsSayWhatToDo()
    {
        QFETCH(QStringList, files);
        QFETCH(QStringList, environment);
        QFETCH(QString, profile);
        QFETCH(QString, endpointUrl);
        QFETCH(QStringList, mentions);

        const Home home(files);
        const auto settings = home.resolve(environment, profile, {}, endpointUrl);
        QVERIFY2(!settings, "the settings are refused");
        for (const QString& mention : mentions) {
            QVERIFY2(settings.error().contains(mention),
                     qPrintable(QStringLiteral("the message '%1' mentions '%2'")
                                    .arg(settings.error(), mention)));
        }
        QVERIFY2(!settings.error().contains(QLatin1String(kSecretMarker)),
                 "the message never carries a secret key");
    }

    // No credentials is not an error until a signed call needs them; then the refusal says how
    // to give them, and nothing goes out.
    void missingCredentialsSayWhatToDo_data()
    {
        QTest::addColumn<QStringList>("files");
        QTest::addColumn<QString>("profile");

        QTest::newRow("no files") << QStringList{} << QString();
        QTest::newRow("a profile with a region only")
            << QStringList{".aws/config", "[profile dev]\nregion = eu-west-1\n"} << "dev";
    }

    void missingCredentialsSayWhatToDo()
    {
        QFETCH(QStringList, files);
        QFETCH(QString, profile);

        const Home home(files);
        const auto settings = home.resolve({}, profile, QStringLiteral("eu-west-1"),
                                           QStringLiteral("http://127.0.0.1:9/"));
        QVERIFY2(settings, qPrintable(settings.error()));
        QVERIFY2(!settings->credentials, "no credentials are found");
        CognitoClient client(*settings);
        const QFuture<PoolResult> future =
            client.send(QStringLiteral("ListUserPools"), {{"MaxResults", 60}});
        QVERIFY2(future.isFinished(), "the refusal is immediate");
        const PoolResult result = future.result();
        QVERIFY2(!result, "a signed call without credentials is refused");
        QCOMPARE(result.failure().type, QStringLiteral("NoCredentialsError"));
        for (const char* mention : {"ListUserPools", "AWS_ACCESS_KEY_ID", "--profile"}) {
            QVERIFY2(result.failure().message.contains(QLatin1String(mention)),
                     qPrintable(QStringLiteral("the message '%1' mentions '%2'")
                                    .arg(result.failure().message, QLatin1String(mention))));
        }
        QCOMPARE(client.requestsSent(), 0);
    }
};

QTEST_GUILESS_MAIN(TestAwsSettings)
#include "tst_awssettings.moc"
