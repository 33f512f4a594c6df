// SPDX-License-Identifier: GPL-3.0-or-later
// Typed ListUsers paging: pages of at most 60 over the local engine, a filter in the request,
// and a walk that ends on a repeated token (cognito-local answers the first page for any token).

#include "PoolTestSupport.h"
#include "pool/PageWalk.h"
#include "pool/local/SamplePool.h"

#include <QTest>

using namespace tessera::pool;

namespace {

// Answers every ListUsers with the same page and the same token, as an endpoint that ignores
// PaginationToken does.
class RepeatingBackend : public PoolBackend
{
public:
    int calls = 0;
    QFuture<PoolResult> call(const QString& operation, const QJsonObject& request) override
    {
        Q_UNUSED(request)
        if (operation != QLatin1String("ListUsers")) {
            return QtFuture::makeReadyFuture(PoolResult(PoolError::unsupported(operation)));
        }
        ++calls;
        const QJsonObject user{{QStringLiteral("Username"), QStringLiteral("only")}};
        return QtFuture::makeReadyFuture(
            PoolResult(QJsonObject{{QStringLiteral("Users"), QJsonArray{user}},
                                   {QStringLiteral("PaginationToken"), QStringLiteral("same")}}));
    }
    bool supports(const QString&) const override { return true; }
};

// Every page of the walk, in order.
QList<Page<PoolUser>> walk(PoolBackend& backend, const QString& poolId, ListUsersQuery query,
                           PageWalk& pages, int maxPages = 1000)
{
    QList<Page<PoolUser>> found;
    while (!pages.finished() && found.size() < maxPages) {
        query.paginationToken = pages.nextToken();
        auto future = backend.listUsers(poolId, query);
        future.waitForFinished();
        const auto page = future.result();
        if (!page) {
            qWarning("ListUsers failed: %s", qPrintable(page.failure().message));
            break;
        }
        found << *page;
        pages.advance(page->nextToken);
    }
    return found;
}

} // namespace

class TestUserListing : public QObject
{
    Q_OBJECT

private slots:
    void pagesCoverThePoolOnce_data();
    void pagesCoverThePoolOnce();
    void filterGoesInTheRequest();
    void requestShape();
    void repeatedTokenEndsTheWalk();
    void readsBesideWrites();
};

// Reads (ListUsers, AdminGetUser) run on the engine's reader threads, each with its own
// connection, while writes queue on its one writer: a read issued after a write was answered sees
// it, reads running beside writes all succeed (no busy store), on the reader
// thread pool.
void TestUserListing::readsBesideWrites()
{
    test::PoolFixture fixture;
    fixture.makePool();
    QVERIFY(local::LocalPoolEngine::isReadOnly(QStringLiteral("ListUsers")));
    QVERIFY(!local::LocalPoolEngine::isReadOnly(QStringLiteral("AdminCreateUser")));
    QVERIFY(fixture.engine->readerCount() >= 2);
    const QJsonObject list{{QStringLiteral("UserPoolId"), fixture.poolId}};
    QList<QFuture<PoolResult>> reads;
    for (int i = 0; i < 20; ++i) {
        const QString name = QStringLiteral("user%1").arg(i, 2, 10, QLatin1Char('0'));
        QFuture<PoolResult> created =
            fixture.engine->call(QStringLiteral("AdminCreateUser"),
                                 {{QStringLiteral("UserPoolId"), fixture.poolId},
                                  {QStringLiteral("Username"), name},
                                  {QStringLiteral("MessageAction"), QStringLiteral("SUPPRESS")}});
        for (int j = 0; j < 5; ++j) {
            reads.append(fixture.engine->call(QStringLiteral("ListUsers"), list));
        }
        created.waitForFinished();
        QVERIFY2(created.result(), qPrintable(created.result().failure().message));
        QFuture<PoolResult> listed = fixture.engine->call(QStringLiteral("ListUsers"), list);
        listed.waitForFinished();
        QVERIFY2(listed.result(), qPrintable(listed.result().failure().message));
        QCOMPARE(listed.result()->value(QStringLiteral("Users")).toArray().size(), i + 1);
        QFuture<PoolResult> got = fixture.engine->call(
            QStringLiteral("AdminGetUser"),
            {{QStringLiteral("UserPoolId"), fixture.poolId}, {QStringLiteral("Username"), name}});
        got.waitForFinished();
        QCOMPARE(got.result()->value(QStringLiteral("Username")).toString(), name);
    }
    for (QFuture<PoolResult>& read : reads) {
        read.waitForFinished();
        QVERIFY2(read.result(), qPrintable(read.result().failure().message));
        QVERIFY(read.result()->value(QStringLiteral("Users")).toArray().size() <= 20);
    }
}

void TestUserListing::pagesCoverThePoolOnce_data()
{
    QTest::addColumn<int>("limit");
    QTest::addColumn<int>("pages");
    QTest::newRow("Cognito's maximum, 60") << 60 << 3;
    QTest::newRow("25 a page") << 25 << 6;
    QTest::newRow("above the maximum is clamped to 60") << 500 << 3;
}

void TestUserListing::pagesCoverThePoolOnce()
{
    QFETCH(int, limit);
    QFETCH(int, pages);
    test::PoolFixture fixture;
    const auto poolId = local::createSamplePool(*fixture.engine, QStringLiteral("users"), 130);
    QVERIFY(poolId);
    ListUsersQuery query;
    query.limit = limit;
    PageWalk walked;
    const auto found = walk(*fixture.engine, *poolId, query, walked);
    QCOMPARE(found.size(), pages);
    QVERIFY(!walked.endedOnRepeat());
    QStringList names;
    for (const auto& page : found) {
        QVERIFY(page.items.size() <= std::min(limit, ListUsersQuery::kMaxLimit));
        for (const auto& user : page.items) {
            names << user.username;
        }
    }
    QCOMPARE(names.size(), 130);
    QStringList sorted = names;
    sorted.sort();
    sorted.removeDuplicates();
    QCOMPARE(names, sorted);
}

void TestUserListing::filterGoesInTheRequest()
{
    test::PoolFixture fixture;
    const auto poolId = local::createSamplePool(*fixture.engine, QStringLiteral("users"), 130);
    QVERIFY(poolId);
    ListUsersQuery query;
    query.filter = *UserFilter::make(QStringLiteral("username"), UserFilter::Match::Prefix,
                                     QStringLiteral("user-01"));
    PageWalk walked;
    const auto found = walk(*fixture.engine, *poolId, query, walked);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found[0].items.size(), 10);
    for (const auto& user : found[0].items) {
        QVERIFY2(user.username.startsWith(QLatin1String("user-01")), qPrintable(user.username));
    }
}

void TestUserListing::requestShape()
{
    ListUsersQuery query;
    query.filter = *UserFilter::parse(QStringLiteral("email ^= \"testuser\""));
    query.limit = 2;
    query.paginationToken = QStringLiteral("abc");
    query.attributesToGet = {QStringLiteral("email")};
    const QJsonObject expected{{QStringLiteral("UserPoolId"), QStringLiteral("us-east-1_x")},
                               {QStringLiteral("Filter"), QStringLiteral("email ^= \"testuser\"")},
                               {QStringLiteral("Limit"), 2},
                               {QStringLiteral("PaginationToken"), QStringLiteral("abc")},
                               {QStringLiteral("AttributesToGet"), QJsonArray{"email"}}};
    QCOMPARE(query.toRequest(QStringLiteral("us-east-1_x")), expected);
    query.limit = 0;
    QCOMPARE(query.toRequest(QStringLiteral("p")).value(QStringLiteral("Limit")).toInt(), 1);
}

void TestUserListing::repeatedTokenEndsTheWalk()
{
    RepeatingBackend backend;
    PageWalk walked;
    const auto found = walk(backend, QStringLiteral("p"), {}, walked, 50);
    QCOMPARE(found.size(), 2);
    QCOMPARE(backend.calls, 2);
    QVERIFY(walked.finished());
    QVERIFY(walked.endedOnRepeat());
    QCOMPARE(walked.pages(), 2);
}

QTEST_GUILESS_MAIN(TestUserListing)
#include "tst_userlisting.moc"
