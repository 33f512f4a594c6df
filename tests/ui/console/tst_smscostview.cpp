// SPDX-License-Identifier: GPL-3.0-or-later
// The SMS costs tab: its inputs move the chart's lines as the arithmetic says, it starts from the
// pool's policy and (on the local engine) its counted factor mix, it keeps what a person changed
// per connection and pool, every control has a name; a screenshot.
#include "../shell/Screenshot.h"
#include "ConsoleTestSupport.h"
#include "console/PoolConsolePage.h"
#include "console/SmsCostView.h"
#include "pool/local/LocalPoolEngine.h"
#include "pool/local/SamplePool.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace tessera;
using namespace tessera::ui::console;

namespace {

template <typename T> T* input(QWidget* root, const QString& name)
{
    return test::findByName<T>(root, name);
}

// Users, sign-ins, shares and growth as a person enters them (the spin boxes take percents).
void enter(QWidget* view, int users, double signIns, double challenged, double sms, double growth)
{
    input<QSpinBox>(view, QStringLiteral("Users"))->setValue(users);
    input<QDoubleSpinBox>(view, QStringLiteral("Sign-ins per user per month"))->setValue(signIns);
    input<QDoubleSpinBox>(view, QStringLiteral("Share of sign-ins challenged"))
        ->setValue(challenged);
    input<QDoubleSpinBox>(view, QStringLiteral("Share of challenged users on SMS"))->setValue(sms);
    input<QDoubleSpinBox>(view, QStringLiteral("User growth per month"))->setValue(growth);
}

pool::MfaConfig smsOnly(pool::MfaMode mode)
{
    pool::MfaConfig mfa;
    mfa.mode = mode;
    mfa.sms = pool::SmsMfaConfig{};
    return mfa;
}

} // namespace

class TestSmsCostView : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
    }

    // The sample's US price (0.00581) with every text to the US: month 1 is users × sign-ins ×
    // challenged × SMS × price; growth compounds month by month.
    void inputsMoveTheLines_data()
    {
        QTest::addColumn<int>("users");
        QTest::addColumn<double>("growth");
        QTest::addColumn<double>("firstMonth");
        QTest::addColumn<double>("lastMonth");
        QTest::newRow("1000 users, flat") << 1000 << 0.0 << 29.05 << 29.05;
        QTest::newRow("2000 users, flat") << 2000 << 0.0 << 58.10 << 58.10;
        QTest::newRow("1000 users, 10% a month")
            << 1000 << 10.0 << 29.05 << 29.05 * std::pow(1.1, 11);
    }

    void inputsMoveTheLines()
    {
        QFETCH(int, users);
        QFETCH(double, growth);
        QFETCH(double, firstMonth);
        QFETCH(double, lastMonth);
        PoolSession session;
        SmsCostView view(session);
        view.show();
        view.setPool(QStringLiteral("p-lines-") + QLatin1String(QTest::currentDataTag()),
                     smsOnly(pool::MfaMode::On), 500);
        QCOMPARE(input<QSpinBox>(&view, QStringLiteral("Users"))->value(), 500);
        enter(&view, users, 10, 100, 50, growth);
        const QList<QPointF> sms = view.smsLine();
        QCOMPARE(sms.size(), 12);
        QCOMPARE(sms.first().x(), 1.0);
        QVERIFY2(std::abs(sms.first().y() - firstMonth) < 1e-6,
                 qPrintable(QString::number(sms.first().y())));
        QVERIFY2(std::abs(sms.last().y() - lastMonth) < 1e-6,
                 qPrintable(QString::number(sms.last().y())));
        const QList<QPointF> flat = view.freeLine();
        QCOMPARE(flat.size(), 12);
        for (const QPointF& point : flat) {
            QCOMPARE(point.y(), 0.0);
        }
        QVERIFY(view.problem().isEmpty());
        // Break-even in words: 1000 users × 50% on SMS × 1.00 once = 500; month 1 saves 29.05.
        QVERIFY2(view.breakEvenText().contains(QStringLiteral("paid for itself by month")),
                 qPrintable(view.breakEvenText()));
    }

    // Shares that make no sense are refused with the core's message, and the line empties.
    void destinationsMustAddUp()
    {
        PoolSession session;
        SmsCostView view(session);
        view.show();
        view.setPool(QStringLiteral("p-shares"), smsOnly(pool::MfaMode::On), 100);
        auto* table =
            input<QTableWidget>(&view, QStringLiteral("SMS prices by destination country"));
        QVERIFY(table);
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("US"));
        table->item(0, 2)->setText(QStringLiteral("60"));
        QVERIFY2(view.problem().contains(QStringLiteral("add up to 60%")),
                 qPrintable(view.problem()));
        QVERIFY(view.smsLine().isEmpty());
        // 40% to Germany (0.0866) makes 100%: the mean price is 0.6 × 0.00581 + 0.4 × 0.0866.
        for (int row = 0; row < table->rowCount(); ++row) {
            if (table->item(row, 0)->text() == QStringLiteral("DE")) {
                table->item(row, 2)->setText(QStringLiteral("40"));
            }
        }
        QVERIFY2(view.problem().isEmpty(), qPrintable(view.problem()));
        const double price = 0.6 * 0.00581 + 0.4 * 0.0866;
        QVERIFY(std::abs(view.smsLine().first().y() - 100 * 8 * price) < 1e-6);
    }

    // The policy sets the shares: MFA off texts no one; required with SMS alone texts every
    // sign-in.
    void sharesFollowThePolicy()
    {
        PoolSession session;
        SmsCostView view(session);
        view.show();
        view.setPool(QStringLiteral("p-off"), smsOnly(pool::MfaMode::Off), 100);
        QCOMPARE(
            input<QDoubleSpinBox>(&view, QStringLiteral("Share of sign-ins challenged"))->value(),
            0.0);
        QCOMPARE(view.smsLine().last().y(), 0.0);
        QVERIFY(view.breakEvenText().contains(QStringLiteral("saves nothing")));
        view.setPool(QStringLiteral("p-on"), smsOnly(pool::MfaMode::On), 100);
        QCOMPARE(
            input<QDoubleSpinBox>(&view, QStringLiteral("Share of sign-ins challenged"))->value(),
            100.0);
        QCOMPARE(input<QDoubleSpinBox>(&view, QStringLiteral("Share of challenged users on SMS"))
                     ->value(),
                 100.0);
    }

    // What a person changed comes back for that pool, and only that pool, in a new view too.
    void savedPerPool()
    {
        PoolSession session;
        {
            SmsCostView view(session);
            view.show();
            view.setPool(QStringLiteral("p-a"), smsOnly(pool::MfaMode::On), 100);
            enter(&view, 4321, 3, 80, 25, 5);
            input<QTableWidget>(&view, QStringLiteral("SMS prices by destination country"))
                ->item(0, 1)
                ->setText(QStringLiteral("0.01"));
            view.setPool(QStringLiteral("p-b"), smsOnly(pool::MfaMode::On), 77);
            QCOMPARE(input<QSpinBox>(&view, QStringLiteral("Users"))->value(), 77);
            view.setPool(QStringLiteral("p-a"), smsOnly(pool::MfaMode::On), 100);
            QCOMPARE(input<QSpinBox>(&view, QStringLiteral("Users"))->value(), 4321);
        }
        SmsCostView again(session);
        again.show();
        again.setPool(QStringLiteral("p-a"), smsOnly(pool::MfaMode::On), 100);
        QCOMPARE(input<QSpinBox>(&again, QStringLiteral("Users"))->value(), 4321);
        QCOMPARE(
            input<QDoubleSpinBox>(&again, QStringLiteral("Sign-ins per user per month"))->value(),
            3.0);
        QCOMPARE(
            input<QDoubleSpinBox>(&again, QStringLiteral("Share of sign-ins challenged"))->value(),
            80.0);
        QCOMPARE(input<QDoubleSpinBox>(&again, QStringLiteral("User growth per month"))->value(),
                 5.0);
        // The edited price came back too: 4321 × 3 × 80 % × 25 % × 0.01 in month 1.
        QCOMPARE(input<QTableWidget>(&again, QStringLiteral("SMS prices by destination country"))
                     ->item(0, 1)
                     ->text(),
                 QStringLiteral("0.01"));
        QVERIFY(std::abs(again.smsLine().first().y() - 4321 * 3 * 0.8 * 0.25 * 0.01) < 1e-9);
        // Nothing secret is kept: the settings hold numbers and the price table only.
        QSettings settings;
        for (const QString& key : settings.allKeys()) {
            QVERIFY2(key.startsWith(QStringLiteral("pool/smsCost/")), qPrintable(key));
        }
        // Reset forgets the saved inputs: the pool's own figures come back.
        QTest::mouseClick(
            input<QAbstractButton>(&again, QStringLiteral("Reset inputs from the pool")),
            Qt::LeftButton);
        QCOMPARE(input<QSpinBox>(&again, QStringLiteral("Users"))->value(), 100);
    }

    // On the local engine the shares come from the counted factor mix of the sample pool.
    void localEngineUsesTheFactorMix()
    {
        const QString store = m_dir.filePath(QStringLiteral("sample.sqlite"));
        {
            pool::local::LocalPoolOptions options;
            options.path = store;
            pool::local::LocalPoolEngine engine(options);
            QVERIFY(engine.open());
            QVERIFY(pool::local::createSamplePool(engine));
        }
        PoolConsolePage page;
        page.resize(1000, 760);
        page.show();
        QVERIFY(test::openOnlyPool(page, pool::PoolConnection::local(store)));
        auto* view = page.findChild<SmsCostView*>();
        test::showTabOf(page, view);
        auto* source =
            test::findByName<QLabel>(&page, QStringLiteral("Where the shares come from"));
        QVERIFY(source);
        QTRY_VERIFY2(source->text().contains(QStringLiteral("factors")),
                     qPrintable(source->text()));
        // What the engine counts, through the same core rule.
        auto summary = page.session().backend()->enrolmentSummary(page.selectedPoolId());
        summary.waitForFinished();
        QVERIFY(summary.result());
        const auto shares =
            pool::lab::SmsCostProjection::sharesFrom(page.policyInForce().mfa, *summary.result());
        QVERIFY(shares.fromFactorMix);
        // The spin boxes show tenths of a percent.
        QVERIFY(std::abs(view->inputs().shareChallenged - shares.challenged) < 0.0005);
        QVERIFY(std::abs(view->inputs().shareSms - shares.sms) < 0.0005);
        QVERIFY2(shares.challenged > 0 && shares.challenged < 1, "the sample pool is optional MFA");

        // Every control named; the screenshot for the docs.
        QStringList unnamed;
        for (QWidget* widget : view->findChildren<QWidget*>()) {
            const bool control = qobject_cast<QAbstractButton*>(widget) ||
                                 qobject_cast<QAbstractSpinBox*>(widget) ||
                                 (qobject_cast<QAbstractItemView*>(widget) && widget->isVisible());
            if (control && widget->accessibleName().isEmpty()) {
                unnamed << QString::fromLatin1(widget->metaObject()->className());
            }
        }
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QLatin1String(", "))));
        QTest::qWait(100);
        const QImage image = test::Screenshot::grab(&page);
        QVERIFY(test::Screenshot::distinctColours(image) > 20);
        QVERIFY(test::Screenshot::saveIfAsked(image, QStringLiteral("console-sms-cost.png")));
    }
};

QTEST_MAIN(TestSmsCostView)
#include "tst_smscostview.moc"
