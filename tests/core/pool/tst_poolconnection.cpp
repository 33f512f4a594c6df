// SPDX-License-Identifier: GPL-3.0-or-later
// PoolConnection: opening each kind, the names a person reads, saved connections (never a
// secret), and the AWS profiles found as the AWS CLI finds them.
#include "pool/PoolConnection.h"
#include "pool/cognito/AwsSettings.h"
#include "pool/local/LocalPoolEngine.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace tessera::pool;

namespace {

void writeFile(const QString& path, const QByteArray& text)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(text);
}

} // namespace

class TestPoolConnection : public QObject
{
    Q_OBJECT

private slots:
    void localOpensAndCreatesTheStoreOwnerOnly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("new/folder/pools.sqlite"));
        const auto connection = PoolConnection::local(path);
        auto opened = connection.open();
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error()));
        QVERIFY(opened->local != nullptr);
        QCOMPARE(opened->backend.get(), static_cast<PoolBackend*>(opened->local));
        QVERIFY(opened->warning.isEmpty());
        QVERIFY(QFileInfo::exists(path));
        QCOMPARE(QFileInfo(path).permissions() & (QFile::ReadOther | QFile::ReadGroup),
                 QFileDevice::Permissions{});
        QVERIFY(opened->backend->supports(QStringLiteral("SetUserPoolMfaConfig")));
        QCOMPARE(connection.key(), QStringLiteral("local:") + QDir::cleanPath(path));
        QVERIFY(connection.description().contains(QDir::toNativeSeparators(path)));
    }

    void localStoreThatCannotOpenSaysWhy()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("not-a-store"));
        writeFile(path, "this is not SQLite, and it is long enough to have a header....");
        auto opened = PoolConnection::local(path).open();
        QVERIFY(!opened);
        QVERIFY2(!opened.error().isEmpty(), "an empty message helps nobody");
    }

    void cognitoWithAMissingProfileNamesIt()
    {
        QTemporaryDir home;
        QProcessEnvironment environment;
        environment.insert(QStringLiteral("HOME"), home.path());
        auto opened = PoolConnection::cognito(QStringLiteral("nosuch"), QStringLiteral("eu-west-1"))
                          .open(environment);
        QVERIFY(!opened);
        QVERIFY2(opened.error().contains(QStringLiteral("nosuch")), qPrintable(opened.error()));
    }

    void cognitoOpensWithAnEndpoint()
    {
        QTemporaryDir home;
        QProcessEnvironment environment;
        environment.insert(QStringLiteral("HOME"), home.path());
        environment.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), QStringLiteral("AKIDEXAMPLE"));
        environment.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), QStringLiteral("secret"));
        const auto connection = PoolConnection::cognito({}, QStringLiteral("us-east-1"),
                                                        QStringLiteral("http://127.0.0.1:9229"));
        auto opened = connection.open(environment);
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error()));
        QVERIFY(opened->local == nullptr);
        QCOMPARE(connection.displayName(), QStringLiteral("http://127.0.0.1:9229 (us-east-1)"));
    }

    void displayNames()
    {
        QCOMPARE(PoolConnection::local().displayName(), QStringLiteral("This computer"));
        QCOMPARE(PoolConnection::cognito(QStringLiteral("dev"), QStringLiteral("eu-west-1"))
                     .displayName(),
                 QStringLiteral("AWS profile dev (eu-west-1)"));
        QCOMPARE(PoolConnection::cognito({}).displayName(), QStringLiteral("AWS profile default"));
    }

    void savedConnectionsRoundTripWithoutSecrets()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("settings.ini"));
        const QList<PoolConnection> connections{
            PoolConnection::local(),
            PoolConnection::local(dir.filePath(QStringLiteral("other.sqlite"))),
            PoolConnection::cognito(QStringLiteral("dev"), QStringLiteral("eu-west-1")),
            PoolConnection::cognito({}, QStringLiteral("us-east-1"),
                                    QStringLiteral("http://127.0.0.1:9229"))};
        {
            QSettings settings(file, QSettings::IniFormat);
            savedConnections::save(settings, connections);
        }
        QSettings settings(file, QSettings::IniFormat);
        QCOMPARE(savedConnections::load(settings), connections);
        QFile written(file);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QByteArray text = written.readAll();
        QVERIFY(!text.contains("secret"));
        QVERIFY(!text.contains("AKID"));
        // Saving fewer replaces the list.
        savedConnections::save(settings, {connections.at(2)});
        QCOMPARE(savedConnections::load(settings), QList<PoolConnection>{connections.at(2)});
    }

    void profilesAsTheAwsCliFindsThem()
    {
        QTemporaryDir home;
        QDir(home.path()).mkdir(QStringLiteral(".aws"));
        writeFile(home.filePath(QStringLiteral(".aws/credentials")),
                  "[zeta]\naws_access_key_id = A\n[default]\naws_access_key_id = B\n");
        writeFile(home.filePath(QStringLiteral(".aws/config")),
                  "[default]\nregion = eu-west-1\n[profile alpha]\nregion = us-east-1\n"
                  "[sso-session corp]\nsso_region = us-east-1\n[profile zeta]\n");
        QProcessEnvironment environment;
        environment.insert(QStringLiteral("HOME"), home.path());
        QCOMPARE(cognito::AwsSettingsResolver::profiles(environment),
                 (QStringList{QStringLiteral("default"), QStringLiteral("alpha"),
                              QStringLiteral("zeta")}));
        // The variables the AWS CLI honours move the files.
        QProcessEnvironment moved;
        moved.insert(QStringLiteral("HOME"), home.path());
        moved.insert(QStringLiteral("AWS_CONFIG_FILE"), home.filePath(QStringLiteral("none")));
        moved.insert(QStringLiteral("AWS_SHARED_CREDENTIALS_FILE"),
                     home.filePath(QStringLiteral("none")));
        QVERIFY(cognito::AwsSettingsResolver::profiles(moved).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPoolConnection)
#include "tst_poolconnection.moc"
