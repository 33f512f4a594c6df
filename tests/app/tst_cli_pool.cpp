// SPDX-License-Identifier: GPL-3.0-or-later
#include <QFile>
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

    // `tessera-cli pool --store STORE ARGUMENTS...`, on this test's store unless given another.
    Run pool(const QStringList& arguments, const QString& store = {})
    {
        QProcess process;
        process.start(
            QStringLiteral(TESSERA_CLI),
            QStringList{QStringLiteral("pool"), QStringLiteral("--store"),
                        store.isEmpty() ? m_dir.filePath(QStringLiteral("pools.sqlite")) : store} +
                arguments);
        if (!process.waitForFinished(60000)) {
            qFatal("tessera-cli did not finish");
        }
        return {process.exitCode(), process.readAllStandardOutput(),
                process.readAllStandardError()};
    }

    // A new pool's id.
    QString createPool(const QString& name)
    {
        return object(pool({QStringLiteral("CreateUserPool"), QStringLiteral("--cli-input-json"),
                            QStringLiteral(R"({"PoolName":"%1"})").arg(name)})
                          .out)
            .value("UserPool")
            .toObject()
            .value("Id")
            .toString();
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

    // Valid JSON that is not an object has no parse error to report: the message says what
    // the input must be instead of "no error occurred".
    void nonObjectInputSaysObject_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("said");
        QTest::newRow("list") << "[]"
                              << "must be a JSON object ({\"Name\": value, ...}), not a list";
        QTest::newRow("broken") << "{\"a\":"
                                << "is not valid JSON";
    }

    void nonObjectInputSaysObject()
    {
        QFETCH(QString, input);
        QFETCH(QString, said);
        const Run run =
            pool({QStringLiteral("ListUserPools"), QStringLiteral("--cli-input-json"), input});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(QString::fromUtf8(run.err).contains(said), run.err.constData());
        QVERIFY2(!run.err.contains("no error occurred"), run.err.constData());
    }

    // The store and the folder the CLI creates for it are owner-only; a store others can read
    // is reported with the command that fixes it.
    void storeModes()
    {
        QTemporaryDir dir;
        const QString folder = dir.filePath(QStringLiteral("made/here"));
        const QString path = folder + QStringLiteral("/s.sqlite");
        const QStringList create{QStringLiteral("CreateUserPool"),
                                 QStringLiteral("--cli-input-json"),
                                 QStringLiteral(R"({"PoolName":"modes"})")};
        const Run created = pool(create, path);
        QCOMPARE(created.exitCode, 0);
        QVERIFY2(created.err.isEmpty(), created.err.constData());
        // The User flags say what this process may do; the Owner, Group and Other ones are the
        // mode.
        const auto mode = [](const QString& name) {
            return QFile::permissions(name) &
                   ~(QFile::ReadUser | QFile::WriteUser | QFile::ExeUser);
        };
        QCOMPARE(mode(path), QFile::ReadOwner | QFile::WriteOwner);
        QCOMPARE(mode(folder), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner |
                                                QFile::ReadGroup | QFile::ReadOther));
        const Run warned = pool(create, path);
        QCOMPARE(warned.exitCode, 0);
        QVERIFY2(QString::fromUtf8(warned.err).contains(QStringLiteral("chmod 600 %1").arg(path)),
                 warned.err.constData());
    }

    // A megabyte username is refused with a short prefix of it, never echoed in full.
    void hugeUsernameIsNotEchoed()
    {
        const QString poolId = createPool(QStringLiteral("big"));
        QFile input(m_dir.filePath(QStringLiteral("huge.json")));
        QVERIFY(input.open(QIODevice::WriteOnly));
        input.write(QJsonDocument(QJsonObject{{"UserPoolId", poolId},
                                              {"Username", QString(1 << 20, QLatin1Char('u'))}})
                        .toJson(QJsonDocument::Compact));
        input.close();
        const Run run = pool({QStringLiteral("AdminCreateUser"), QStringLiteral("--cli-input-json"),
                              QStringLiteral("file://") + input.fileName()});
        QCOMPARE(run.exitCode, 254);
        QVERIFY2(
            run.err.size() < 2048,
            qPrintable(QStringLiteral("stderr should be short, is %1 bytes").arg(run.err.size())));
        QVERIFY2(run.err.contains("Member must have length less than or equal to 128"),
                 run.err.constData());
    }

    void outboxOneObjectPerLine()
    {
        const QString poolId = createPool(QStringLiteral("o"));
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
