// SPDX-License-Identifier: GPL-3.0-or-later
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

} // namespace

// `tessera-cli pool`, run as the real executable on a store in a temporary folder.
class TestCliPool : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    Run pool(const QStringList& arguments)
    {
        QProcess process;
        process.start(QStringLiteral(TESSERA_CLI),
                      QStringList{QStringLiteral("pool"), QStringLiteral("--store"),
                                  m_dir.filePath(QStringLiteral("pools.sqlite"))} +
                          arguments);
        if (!process.waitForFinished(60000)) {
            qFatal("tessera-cli did not finish");
        }
        return {process.exitCode(), process.readAllStandardOutput(),
                process.readAllStandardError()};
    }

    static QJsonObject object(const QByteArray& text)
    {
        return QJsonDocument::fromJson(text).object();
    }

private slots:
    void operationPrintsResponse()
    {
        const Run created =
            pool({QStringLiteral("CreateUserPool"), QStringLiteral("--cli-input-json"),
                  QStringLiteral(R"({"PoolName":"cli"})")});
        QCOMPARE(created.exitCode, 0);
        QVERIFY2(created.out.contains("\n    \"UserPool\""),
                 "pretty-printed with four spaces, as the AWS CLI prints");
        const QString poolId =
            object(created.out).value("UserPool").toObject().value("Id").toString();
        QVERIFY(poolId.startsWith(QLatin1String("local-1_")));
        const Run config = pool({QStringLiteral("GetUserPoolMfaConfig"),
                                 QStringLiteral("--compact"), QStringLiteral("--cli-input-json"),
                                 QStringLiteral(R"({"UserPoolId":"%1"})").arg(poolId)});
        QCOMPARE(config.exitCode, 0);
        QCOMPARE(object(config.out).value("MfaConfiguration").toString(), QStringLiteral("OFF"));
    }

    void errorIsLastLineOnStderr_data()
    {
        QTest::addColumn<QString>("operation");
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("type");
        QTest::newRow("missing pool") << "DescribeUserPool"
                                      << R"({"UserPoolId":"local-1_none"})"
                                      << "ResourceNotFoundException";
        QTest::newRow("unknown operation") << "GlobalSignOut"
                                           << "{}"
                                           << "UnsupportedOperationException";
    }

    void errorIsLastLineOnStderr()
    {
        QFETCH(QString, operation);
        QFETCH(QString, input);
        QFETCH(QString, type);
        const Run run = pool({operation, QStringLiteral("--cli-input-json"), input});
        QCOMPARE(run.exitCode, 254);
        const QList<QByteArray> lines = run.err.trimmed().split('\n');
        QCOMPARE(object(lines.last()).value("__type").toString(), type);
        QVERIFY(!object(lines.last()).value("message").toString().isEmpty());
        QVERIFY(run.out.isEmpty());
    }

    // --help is where a person finds the pool commands and the Cognito options.
    void helpListsPoolCommands_data()
    {
        QTest::addColumn<QString>("mention");
        for (const char* mention :
             {"pool OPERATION", "--cli-input-json", "pool outbox", "pool signin", "--entry NAME",
              "--store PATH", "--backend cognito", "--profile NAME", "--region REGION",
              "--endpoint-url URL", "254"}) {
            QTest::newRow(mention) << QString::fromLatin1(mention);
        }
    }

    void helpListsPoolCommands()
    {
        QFETCH(QString, mention);
        QProcess process;
        process.start(QStringLiteral(TESSERA_CLI), {QStringLiteral("--help")});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 0);
        const QString help = QString::fromUtf8(process.readAllStandardOutput());
        QVERIFY2(help.contains(mention),
                 qPrintable(QStringLiteral("tessera-cli --help mentions '%1'").arg(mention)));
    }

    void badJsonIsUsageError()
    {
        const Run run = pool({QStringLiteral("ListUserPools"), QStringLiteral("--cli-input-json"),
                              QStringLiteral("{nope")});
        QCOMPARE(run.exitCode, 2);
    }

    void outboxOneObjectPerLine()
    {
        const QString poolId =
            object(pool({QStringLiteral("CreateUserPool"), QStringLiteral("--cli-input-json"),
                         QStringLiteral(R"({"PoolName":"o"})")})
                       .out)
                .value("UserPool")
                .toObject()
                .value("Id")
                .toString();
        QCOMPARE(
            pool(
                {QStringLiteral("AdminCreateUser"), QStringLiteral("--cli-input-json"),
                 QStringLiteral(
                     R"({"UserPoolId":"%1","Username":"zoe","UserAttributes":[{"Name":"email","Value":"zoe@example.com"}]})")
                     .arg(poolId)})
                .exitCode,
            0);
        const Run outbox = pool({QStringLiteral("outbox")});
        QCOMPARE(outbox.exitCode, 0);
        const QJsonObject line = object(outbox.out.trimmed().split('\n').last());
        QCOMPARE(line.value("destination").toString(), QStringLiteral("zoe@example.com"));
        QVERIFY(line.value("message").toString().startsWith(QLatin1String("Your username is zoe")));
        QVERIFY(line.contains(QStringLiteral("time")));
    }
};

QTEST_GUILESS_MAIN(TestCliPool)
#include "tst_cli_pool.moc"
