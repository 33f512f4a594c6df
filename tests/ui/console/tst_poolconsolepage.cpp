// SPDX-License-Identifier: GPL-3.0-or-later
// The console over the local engine, driven as a person drives it: the pool list pages through
// a thousand pools; requiring an authenticator app takes four interactions; the plan is applied
// and read back; every control has an accessible name; light and dark screenshots.
#include "../shell/Screenshot.h"
#include "ConsoleTestSupport.h"
#include "console/ChangePlanDialog.h"
#include "console/PoolConsolePage.h"
#include "console/PoolListModel.h"
#include "pool/local/LocalPoolEngine.h"
#include "pool/local/SamplePool.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace tessera;
using namespace tessera::ui::console;

class TestPoolConsolePage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString storePath(const QString& name) const { return m_dir.filePath(name); }

    // A store with `count` pools named pool-0001..., MFA off, made through the engine.
    void makeStore(const QString& name, int count)
    {
        pool::local::LocalPoolOptions options;
        options.path = storePath(name);
        pool::local::LocalPoolEngine engine(options);
        QVERIFY(engine.open());
        for (int i = 1; i <= count; ++i) {
            const auto created =
                engine.execute(QStringLiteral("CreateUserPool"),
                               {{QStringLiteral("PoolName"),
                                 QStringLiteral("pool-%1").arg(i, 4, 10, QLatin1Char('0'))}});
            QVERIFY(created);
        }
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void listPagesThroughEveryPool()
    {
        makeStore(QStringLiteral("many.sqlite"), 130);
        PoolConsolePage page;
        // Short enough that the first page fills the view: the rest comes as it scrolls.
        page.resize(1000, 400);
        page.show();
        // The pool list's models (its table shows once connected).
        auto* filtered = page.findChild<QSortFilterProxyModel*>();
        auto* model = filtered->sourceModel();
        QAbstractItemModelTester tester(model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        // Rows arrive a page (at most 60) at a time.
        QList<int> insertions;
        connect(model, &QAbstractItemModel::rowsInserted, this,
                [&](const QModelIndex&, int first, int last) { insertions << last - first + 1; });
        page.connectTo(pool::PoolConnection::local(storePath(QStringLiteral("many.sqlite"))));
        QTRY_VERIFY(model->rowCount() >= 60);
        // Scrolling to the end asks for the rest, a page at a time.
        while (model->canFetchMore({}) || qobject_cast<PoolListModel*>(model)->isLoading()) {
            if (model->canFetchMore({})) {
                model->fetchMore({});
            }
            QTest::qWait(10);
        }
        QCOMPARE(model->rowCount(), 130);
        QCOMPARE(insertions, (QList<int>{60, 60, 10}));
        // Filtering as you type.
        auto* filter = test::findByName<QLineEdit>(&page, QStringLiteral("Filter pools"));
        QVERIFY(filter);
        QTest::keyClicks(filter, QStringLiteral("pool-012"));
        QCOMPARE(filtered->rowCount(), 10);
    }

    // "Require an authenticator app for pool X" from the pool list: select the pool, Required
    // (authenticator apps preselected when no factor is on), Review, Apply.
    void requireTotpInFourInteractions()
    {
        makeStore(QStringLiteral("one.sqlite"), 1);
        PoolConsolePage page;
        page.setHistoryPath(storePath(QStringLiteral("history.json")));
        page.resize(1000, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QSignalSpy shown(&page, &PoolConsolePage::poolShown);
        QSignalSpy finished(&page, &PoolConsolePage::planFinished);
        page.connectTo(pool::PoolConnection::local(storePath(QStringLiteral("one.sqlite"))));
        QTableView* table = nullptr;
        QTRY_VERIFY((table = test::findByName<QTableView>(&page, QStringLiteral("User pools"))) !=
                    nullptr);
        QTRY_COMPARE(table->model()->rowCount(), 1);
        int interactions = 0;

        QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                          table->visualRect(table->model()->index(0, 0)).center());
        ++interactions;
        QTRY_COMPARE(shown.count(), 1);

        auto* required = test::findByName<QRadioButton>(&page, QStringLiteral("Required"));
        QVERIFY(required);
        // On the button's circle, where a person clicks (a radio button's row is wider than the
        // part that takes clicks).
        QTest::mouseClick(required, Qt::LeftButton, {}, QPoint(8, required->height() / 2));
        ++interactions;
        QVERIFY(required->isChecked());
        auto* totp =
            test::findByName<QAbstractButton>(&page, QStringLiteral("Authenticator apps (TOTP)"));
        QVERIFY(totp);
        QVERIFY2(totp->isChecked(), "authenticator apps are preselected when no factor is on");

        auto* review = test::findByName<QPushButton>(&page, QStringLiteral("Review changes"));
        QVERIFY(review && review->isEnabled());
        QTest::mouseClick(review, Qt::LeftButton);
        ++interactions;

        QDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = page.findChild<QDialog*>()) != nullptr && dialog->isVisible());
        auto* apply = test::findByName<QPushButton>(dialog, QStringLiteral("Apply"));
        QVERIFY(apply && apply->isEnabled());
        QTest::mouseClick(apply, Qt::LeftButton);
        ++interactions;

        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(finished.first().first().toString(), QString());
        QCOMPARE(interactions, 4);

        // What is in force now, read from the store by another engine.
        pool::local::LocalPoolOptions options;
        options.path = storePath(QStringLiteral("one.sqlite"));
        pool::local::LocalPoolEngine check(options);
        QVERIFY(check.open());
        const auto config = check.execute(QStringLiteral("GetUserPoolMfaConfig"),
                                          {{QStringLiteral("UserPoolId"), page.selectedPoolId()}});
        QVERIFY(config);
        QCOMPARE(config->value(QStringLiteral("MfaConfiguration")).toString(),
                 QStringLiteral("ON"));
        QVERIFY(config->value(QStringLiteral("SoftwareTokenMfaConfiguration"))
                    .toObject()
                    .value(QStringLiteral("Enabled"))
                    .toBool());
        // The page re-read it and says so.
        QTRY_COMPARE(shown.count(), 2);
        QCOMPARE(page.policyInForce().mfa.mode, pool::MfaMode::On);
        // And the history has the version.
        const auto versions =
            pool::PolicyHistory(storePath(QStringLiteral("history.json")))
                .versions(
                    pool::PoolConnection::local(storePath(QStringLiteral("one.sqlite"))).key(),
                    page.selectedPoolId());
        QVERIFY(versions);
        QCOMPARE(versions->size(), 1);
        QCOMPARE(versions->first().after.mfa.mode, pool::MfaMode::On);
        QCOMPARE(versions->first().before.mfa.mode, pool::MfaMode::Off);
    }

    void everyControlHasAnAccessibleName()
    {
        PoolConsolePage page;
        page.resize(1000, 700);
        page.show();
        QSignalSpy shown(&page, &PoolConsolePage::poolShown);
        page.connectTo(pool::PoolConnection::local(storePath(QStringLiteral("one.sqlite"))));
        QTableView* table = nullptr;
        QTRY_VERIFY((table = test::findByName<QTableView>(&page, QStringLiteral("User pools"))) !=
                    nullptr);
        QTRY_COMPARE(table->model()->rowCount(), 1);
        table->setCurrentIndex(table->model()->index(0, 0));
        QTRY_COMPARE(shown.count(), 1);
        QStringList unnamed;
        const QList<QWidget*> widgets = page.findChildren<QWidget*>();
        for (QWidget* widget : widgets) {
            const bool control =
                qobject_cast<QAbstractButton*>(widget) || qobject_cast<QLineEdit*>(widget) ||
                qobject_cast<QComboBox*>(widget) || qobject_cast<QPlainTextEdit*>(widget) ||
                qobject_cast<QAbstractItemView*>(widget);
            // A field, list or combo box would otherwise be announced by its content: it needs a
            // name of its own. A button's text is its name.
            const bool needsOwnName = !qobject_cast<QAbstractButton*>(widget);
            const QString name =
                needsOwnName ? widget->accessibleName() : test::accessibleName(widget);
            if (control && widget->isVisibleTo(&page) &&
                widget->parent()->inherits("QComboBox") == false && name.isEmpty()) {
                unnamed << QString::fromLatin1(widget->metaObject()->className());
            }
        }
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QLatin1String(", "))));
    }

    void screenshotsLightAndDark()
    {
        {
            pool::local::LocalPoolOptions options;
            options.path = storePath(QStringLiteral("sample.sqlite"));
            pool::local::LocalPoolEngine engine(options);
            QVERIFY(engine.open());
            const auto sample = pool::local::createSamplePool(engine);
            QVERIFY(sample);
        }
        for (const bool dark : {false, true}) {
            QPalette palette = QApplication::style()->standardPalette();
            if (dark) {
                palette.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
                palette.setColor(QPalette::WindowText, Qt::white);
                palette.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
                palette.setColor(QPalette::Text, Qt::white);
                palette.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3a));
                palette.setColor(QPalette::ButtonText, Qt::white);
                palette.setColor(QPalette::PlaceholderText, QColor(0xa0, 0xa0, 0xa0));
                for (const auto role :
                     {QPalette::WindowText, QPalette::Text, QPalette::ButtonText}) {
                    palette.setColor(QPalette::Disabled, role, QColor(0x80, 0x80, 0x80));
                }
            }
            QApplication::setPalette(palette);
            PoolConsolePage page;
            page.resize(1000, 700);
            page.show();
            QSignalSpy shown(&page, &PoolConsolePage::poolShown);
            QTest::qWait(50);
            QVERIFY(test::Screenshot::saveIfAsked(
                test::Screenshot::grab(&page), dark ? QStringLiteral("console-connect-dark.png")
                                                    : QStringLiteral("console-connect-light.png")));
            page.connectTo(pool::PoolConnection::local(storePath(QStringLiteral("sample.sqlite"))));
            QTableView* table = nullptr;
            QTRY_VERIFY((table = test::findByName<QTableView>(
                             &page, QStringLiteral("User pools"))) != nullptr);
            QTRY_COMPARE(table->model()->rowCount(), 1);
            table->setCurrentIndex(table->model()->index(0, 0));
            QTRY_COMPARE(shown.count(), 1);
            QTest::qWait(100);
            const QImage image = test::Screenshot::grab(&page);
            QVERIFY(test::Screenshot::distinctColours(image) > 20);
            QVERIFY(
                test::Screenshot::saveIfAsked(image, dark ? QStringLiteral("console-dark.png")
                                                          : QStringLiteral("console-light.png")));
            // The export dialog, as Terraform.
            QTest::mouseClick(
                test::findByName<QPushButton>(&page, QStringLiteral("Export configuration")),
                Qt::LeftButton);
            QDialog* dialog = nullptr;
            QTRY_VERIFY((dialog = page.findChild<QDialog*>()) != nullptr && dialog->isVisible());
            auto* format = test::findByName<QComboBox>(dialog, QStringLiteral("Format"));
            QVERIFY(format);
            format->setCurrentIndex(1);
            auto* preview = test::findByName<QPlainTextEdit>(dialog, QStringLiteral("Preview"));
            QVERIFY(preview->toPlainText().contains(
                QStringLiteral("resource \"aws_cognito_user_pool\"")));
            QVERIFY(test::Screenshot::saveIfAsked(test::Screenshot::grab(dialog),
                                                  dark ? QStringLiteral("console-export-dark.png")
                                                       : QStringLiteral("console-export.png")));
            dialog->close();
            QTRY_VERIFY(!dialog->isVisible());
            // The plan for "required", counted from the sample pool's 200 users.
            auto* required = test::findByName<QRadioButton>(&page, QStringLiteral("Required"));
            QTest::mouseClick(required, Qt::LeftButton, {}, QPoint(8, required->height() / 2));
            QTest::mouseClick(
                test::findByName<QPushButton>(&page, QStringLiteral("Review changes")),
                Qt::LeftButton);
            QDialog* plan = nullptr;
            QTRY_VERIFY((plan = page.findChild<ChangePlanDialog*>()) != nullptr &&
                        plan->isVisible());
            QTest::qWait(50);
            QVERIFY(test::Screenshot::saveIfAsked(test::Screenshot::grab(plan),
                                                  dark ? QStringLiteral("console-plan-dark.png")
                                                       : QStringLiteral("console-plan.png")));
            plan->reject();
        }
        QApplication::setPalette(QApplication::style()->standardPalette());
    }
};

QTEST_MAIN(TestPoolConsolePage)
#include "tst_poolconsolepage.moc"
