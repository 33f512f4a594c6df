// SPDX-License-Identifier: GPL-3.0-or-later
// The enrolment chart's full count on a per-user (Cognito-like) backend, end to end through the
// widget against a fake backend on a fake clock: the cost is estimated and shown before any
// request is made, the count shows its progress, a cancel stops it (no request after it) and says
// so, and a count left to finish charts every user exactly.

#include "ConsoleTestSupport.h"
#include "FakeUserBackend.h"
#include "console/EnrolmentChart.h"
#include "console/PoolSession.h"

#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace tessera;
using namespace tessera::ui::console;
using pool::test::FakeUserBackend;

class TestEnrolmentFullCount : public QObject
{
    Q_OBJECT

    static constexpr int kUsers = 300;
    qint64 m_now = 1'000'000;
    std::unique_ptr<PoolSession> m_session;
    FakeUserBackend* m_backend = nullptr;

    void advance(qint64 ms)
    {
        for (qint64 step = 0; step < ms; step += 10) {
            m_now += 10;
            m_session->pacer().dispatch();
            QCoreApplication::processEvents();
        }
        // The answers of the last requests started, delivered through the event loop.
        for (int turn = 0; turn < 3; ++turn) {
            QCoreApplication::processEvents();
        }
    }

    static QPushButton* button(QWidget* root, const QString& name)
    {
        return test::findByName<QPushButton>(root, name);
    }

    static QString labelText(QWidget* root, const QString& name)
    {
        auto* label = test::findByName<QLabel>(root, name);
        return label != nullptr ? label->text() : QString();
    }

private slots:
    void init()
    {
        m_session = std::make_unique<PoolSession>();
        auto backend = std::make_unique<FakeUserBackend>(kUsers);
        m_backend = backend.get();
        m_backend->clock = [this] { return m_now; };
        m_session->pacer().setClock([this] { return m_now; });
        pool::OpenedBackend opened;
        opened.backend = std::move(backend);
        m_session->connectTo(pool::PoolConnection::cognito({}), std::move(opened));
        QTRY_VERIFY(m_session->isConnected());
    }

    void cleanup() { m_session.reset(); }

    void estimateFirstThenProgressThenCancel()
    {
        EnrolmentChart chart(*m_session, m_session->pacer());
        chart.resize(700, 500);
        chart.show();
        chart.setPool(QStringLiteral("us-east-1_fake"), kUsers);
        QTRY_VERIFY2(chart.caption().contains(QStringLiteral("Sampled")),
                     qPrintable(chart.caption()));
        const qsizetype before = m_backend->operations.size();

        // The cost first: 5 ListUsers pages of 60 and 300 AdminGetUser, at 5 a second.
        QPushButton* countAll = button(&chart, QStringLiteral("Count every user"));
        QVERIFY(countAll != nullptr);
        QTest::mouseClick(countAll, Qt::LeftButton);
        const QString cost = labelText(&chart, QStringLiteral("Full count cost"));
        QVERIFY2(cost.contains(QStringLiteral("305 requests (5 ListUsers, 300 AdminGetUser)")),
                 qPrintable(cost));
        QVERIFY2(cost.contains(QStringLiteral("about 61 second")), qPrintable(cost));
        advance(2000);
        QCOMPARE(m_backend->operations.size(), before); // nothing asked before the person says so

        QTest::mouseClick(button(&chart, QStringLiteral("Start full count")), Qt::LeftButton);
        auto* progress =
            test::findByName<QProgressBar>(&chart, QStringLiteral("Full count progress"));
        QVERIFY2(progress != nullptr, "the progress bar shows while counting");
        QPushButton* cancel = button(&chart, QStringLiteral("Cancel full count"));
        QVERIFY(cancel != nullptr);
        QVERIFY(!countAll->isEnabled());
        advance(6000);
        QVERIFY2(
            progress->value() > 0 && progress->value() < progress->maximum(),
            qPrintable(QStringLiteral("%1 of %2").arg(progress->value()).arg(progress->maximum())));
        QCOMPARE(progress->maximum(), kUsers);
        const int readSoFar = progress->value();

        QTest::mouseClick(cancel, Qt::LeftButton);
        QTRY_VERIFY(!progress->isVisible());
        const qsizetype atCancel = m_backend->operations.size();
        QVERIFY2(chart.caption().contains(QStringLiteral("cancelled")),
                 qPrintable(chart.caption()));
        QVERIFY2(chart.caption().contains(QStringLiteral("the chart still shows the sample")),
                 qPrintable(chart.caption()));
        QVERIFY(countAll->isEnabled());
        advance(5000);
        QCOMPARE(m_backend->operations.size(), atCancel); // nothing after the cancel
        // 6 s at 5 a second: 5 at the start and 5 in each of the six seconds after, no more;
        // one of them a ListUsers page.
        QVERIFY2(atCancel - before >= 30 && atCancel - before <= 35,
                 qPrintable(QString::number(atCancel - before)));
        QVERIFY(readSoFar >= 20);
    }

    void finishedCountIsExact()
    {
        EnrolmentChart chart(*m_session, m_session->pacer());
        chart.show();
        chart.setPool(QStringLiteral("us-east-1_fake"), kUsers);
        QTRY_VERIFY(chart.caption().contains(QStringLiteral("Sampled")));
        QTest::mouseClick(button(&chart, QStringLiteral("Count every user")), Qt::LeftButton);
        QSignalSpy shown(&chart, &EnrolmentChart::summaryShown);
        QTest::mouseClick(button(&chart, QStringLiteral("Start full count")), Qt::LeftButton);
        advance(70'000);
        QTRY_COMPARE(shown.count(), 1);
        QVERIFY2(chart.caption().contains(QStringLiteral("All 300 user(s) counted (a full count, "
                                                         "305 requests)")),
                 qPrintable(chart.caption()));
        pool::EnrolmentSummary expected;
        for (int i = 0; i < kUsers; ++i) {
            expected.add(FakeUserBackend::factorsOf(i));
        }
        QVERIFY(chart.summary().has_value());
        QCOMPARE(chart.summary()->counted, qint64(kUsers));
        QCOMPARE(chart.summary()->withoutFactor, expected.withoutFactor);
        QCOMPARE(chart.summary()->withSms, expected.withSms);
        QCOMPARE(chart.summary()->withSoftwareToken, expected.withSoftwareToken);
        QCOMPARE(chart.summary()->withEmail, expected.withEmail);
        QCOMPARE(chart.summary()->preferSoftwareToken, expected.preferSoftwareToken);
        QCOMPARE(m_backend->operations.count(QStringLiteral("AdminGetUser")), kUsers);
    }
};

QTEST_MAIN(TestEnrolmentFullCount)
#include "tst_enrolmentfullcount.moc"
