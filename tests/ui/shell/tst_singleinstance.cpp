// SPDX-License-Identifier: GPL-3.0-or-later
#include "../authenticator/TestVault.h"

#include "authenticator/AddEntryDialog.h"
#include "authenticator/AuthenticatorPage.h"
#include "authenticator/VaultSession.h"
#include "shell/MainWindow.h"
#include "shell/SingleInstance.h"

#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QLocalSocket>
#include <QSignalSpy>
#include <QTest>
#include <QtConcurrent>

#include <sys/stat.h>

using tessera::ui::AddEntryDialog;
using tessera::ui::AuthenticatorPage;
using tessera::ui::MainWindow;
using tessera::ui::SingleInstance;
using Request = tessera::ui::SingleInstance::Request;

class TestSingleInstance : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void nobodyRunningMeansNoForward();
    void secondLaunchHandsItsRequestOver_data();
    void secondLaunchHandsItsRequestOver();
    void otherVaultsDoNotMeet();
    void socketIsPrivateToTheUser();
    void secondListenerIsRefused();
    void socketLeftByACrashIsReplaced();
    void garbageIsDroppedWithoutARequest();

    void lockRequestLocksTheVault();
    void scanRequestWhileLockedWaitsForTheUnlock();

private:
    // Runs forward() on a worker, as a second process would: the listener answers on this
    // thread's event loop, so a blocking forward() here would wait on itself.
    static bool forwardFromElsewhere(const SingleInstance& instance, Request request)
    {
        QFuture<bool> future =
            QtConcurrent::run([&instance, request] { return instance.forward(request); });
        while (!future.isFinished()) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        }
        return future.result();
    }

    QTemporaryDir m_runtime;
    QTemporaryDir m_dir;
};

void TestSingleInstance::initTestCase()
{
    QVERIFY(m_runtime.isValid());
    QFile::setPermissions(m_runtime.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    // Qt's runtime location; the sockets of this test live in a folder it owns.
    qputenv("XDG_RUNTIME_DIR", m_runtime.path().toLocal8Bit());
}

void TestSingleInstance::nobodyRunningMeansNoForward()
{
    const SingleInstance second(m_dir.filePath(QStringLiteral("alone.tessera")));
    QVERIFY(second.serverName().startsWith(m_runtime.path() + QLatin1Char('/')));
    QVERIFY(!second.forward(Request::Show, 500));
}

void TestSingleInstance::secondLaunchHandsItsRequestOver_data()
{
    QTest::addColumn<Request>("request");
    QTest::newRow("show") << Request::Show;
    QTest::newRow("scan-screen") << Request::ScanScreen;
    QTest::newRow("lock") << Request::Lock;
}

void TestSingleInstance::secondLaunchHandsItsRequestOver()
{
    QFETCH(Request, request);
    const QString vault = m_dir.filePath(QStringLiteral("vault.tessera"));
    SingleInstance first(vault);
    const tessera::Status listening = first.listen();
    QVERIFY2(listening.ok(), qPrintable(listening.error()));
    QSignalSpy spy(&first, &SingleInstance::requested);

    const SingleInstance second(vault);
    QCOMPARE(second.serverName(), first.serverName());
    QVERIFY(forwardFromElsewhere(second, request));
    QTRY_COMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).value<Request>(), request);
}

void TestSingleInstance::otherVaultsDoNotMeet()
{
    SingleInstance first(m_dir.filePath(QStringLiteral("one.tessera")));
    QVERIFY(first.listen().ok());
    QSignalSpy spy(&first, &SingleInstance::requested);
    const SingleInstance other(m_dir.filePath(QStringLiteral("two.tessera")));
    QVERIFY(other.serverName() != first.serverName());
    QVERIFY(!forwardFromElsewhere(other, Request::Lock));
    QCOMPARE(spy.count(), 0);
}

void TestSingleInstance::socketIsPrivateToTheUser()
{
    SingleInstance first(m_dir.filePath(QStringLiteral("private.tessera")));
    QVERIFY(first.listen().ok());
    struct stat info = {};
    QCOMPARE(::stat(QFile::encodeName(first.serverName()).constData(), &info), 0);
    QVERIFY(S_ISSOCK(info.st_mode));
    QCOMPARE(info.st_uid, ::getuid());
    // Neither the group nor others may connect (connecting needs write permission).
    QCOMPARE(info.st_mode & (S_IRWXG | S_IRWXO), mode_t(0));
}

void TestSingleInstance::secondListenerIsRefused()
{
    const QString vault = m_dir.filePath(QStringLiteral("busy.tessera"));
    SingleInstance first(vault);
    QVERIFY(first.listen().ok());
    // The second instance lives on a worker, as in another process, so the first one answers its
    // probe from this thread's event loop.
    QFuture<tessera::Status> future = QtConcurrent::run([&vault] {
        SingleInstance second(vault);
        return second.listen();
    });
    while (!future.isFinished()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    }
    const tessera::Status refused = future.result();
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(QStringLiteral("already running")),
             qPrintable(refused.error()));
    // The first instance still answers.
    QSignalSpy spy(&first, &SingleInstance::requested);
    QVERIFY(forwardFromElsewhere(SingleInstance(vault), Request::Show));
    QTRY_COMPARE(spy.count(), 1);
}

void TestSingleInstance::socketLeftByACrashIsReplaced()
{
    const QString vault = m_dir.filePath(QStringLiteral("crashed.tessera"));
    SingleInstance first(vault);
    // What a killed instance leaves: the name taken by a file nobody listens on.
    QFile stale(first.serverName());
    QVERIFY(stale.open(QIODevice::WriteOnly));
    stale.close();
    const tessera::Status listening = first.listen();
    QVERIFY2(listening.ok(), qPrintable(listening.error()));
    QSignalSpy spy(&first, &SingleInstance::requested);
    QVERIFY(forwardFromElsewhere(SingleInstance(vault), Request::Lock));
    QTRY_COMPARE(spy.count(), 1);
}

void TestSingleInstance::garbageIsDroppedWithoutARequest()
{
    SingleInstance first(m_dir.filePath(QStringLiteral("garbage.tessera")));
    QVERIFY(first.listen().ok());
    QSignalSpy spy(&first, &SingleInstance::requested);
    for (const QByteArray& junk :
         {QByteArray("open /etc/passwd\n"), QByteArray("LOCK\n"), QByteArray(4096, 'x')}) {
        QLocalSocket socket;
        socket.connectToServer(first.serverName());
        QTRY_VERIFY(socket.state() == QLocalSocket::ConnectedState);
        socket.write(junk);
        socket.flush();
        // The instance hangs up without answering "ok".
        QTRY_VERIFY(socket.state() == QLocalSocket::UnconnectedState);
        QVERIFY(!socket.readAll().startsWith("ok"));
    }
    QCOMPARE(spy.count(), 0);
}

void TestSingleInstance::lockRequestLocksTheVault()
{
    const QTemporaryDir dir;
    const QString path = tessera::test::makeVault(dir, {});
    MainWindow window(new AuthenticatorPage(path, [] { return tessera::test::kNow; }));
    auto& session = window.authenticator()->session();
    session.open(tessera::test::bytes(tessera::test::kPassword));
    QTRY_VERIFY(session.isOpen());

    window.handleRequest(Request::Lock);
    QVERIFY(!session.isOpen());
}

void TestSingleInstance::scanRequestWhileLockedWaitsForTheUnlock()
{
    const QTemporaryDir dir;
    const QString path = tessera::test::makeVault(dir, {});
    MainWindow window(new AuthenticatorPage(path, [] { return tessera::test::kNow; }));
    window.showPlace(MainWindow::Place::PoolConsole);
    // Chosen twice from the menu while locked: one scan follows the unlock, not two.
    window.handleRequest(Request::ScanScreen);
    window.handleRequest(Request::ScanScreen);
    QCOMPARE(window.currentPlace(), MainWindow::Place::Authenticator);
    QVERIFY(window.isVisible());
    QCOMPARE(window.findChildren<AddEntryDialog*>().size(), 0);

    auto& session = window.authenticator()->session();
    session.open(tessera::test::bytes(tessera::test::kPassword));
    QTRY_VERIFY(session.isOpen());
    QTRY_COMPARE(window.findChildren<AddEntryDialog*>().size(), 1);

    // Once unlocked, the request opens its dialog at once.
    window.handleRequest(Request::ScanScreen);
    QCOMPARE(window.findChildren<AddEntryDialog*>().size(), 2);
}

QTEST_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
