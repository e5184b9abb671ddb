// Acceptance commit latency: the time of one whole AcceptanceService::submit — validation
// against the catalog, sealing, and the one transaction that writes the case, its steps,
// materials, material library rows, outbox envelope, audit entry and usage — on a workstation
// database file in a temporary directory, in WAL mode with synchronous=FULL as the product runs
// (every commit waits for the disk). Each sample is a new applicant. Targets: p99 ≤ 10 ms for
// one matter (居住证申领), and for the 7-matter bundle 二手房转移登记及水电气联动过户.
//
//   bench_acceptance [DEMO_CATALOG_JSON]
//
// OW_BENCH_DIR=<dir> puts the database there instead of the system's temporary directory (to
// measure another disk).
#include "core/Clock.h"
#include "core/calendar/WorkCalendar.h"
#include "core/cases/AcceptanceService.h"
#include "core/cases/ReceiptNumberBlocks.h"
#include "core/catalog/CatalogJson.h"
#include "core/security/PersonalDataVault.h"
#include "core/security/WorkstationKeys.h"
#include "core/storage/WorkstationDatabase.h"
#include "core/validation/ResidentId.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>
#include <optional>
#include <vector>

using namespace ow::core;

namespace {

const QString residencePermit = QStringLiteral("11440300007543032W4000107005000"); // 居住证申领
const QString propertyBundle = QStringLiteral("YJS4403000005"); // 二手房转移登记及水电气联动过户

constexpr int WarmUp = 100;
constexpr int SampleCount = 2000;

// CPU time of this thread: the part of a submit's latency that is not waiting for the disk or
// for a core (on a loaded machine the two differ a lot).
double threadCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

struct Timings
{
    std::vector<double> wall;
    std::vector<double> cpu;
};

double percentile(std::vector<double> samples, double p)
{
    std::sort(samples.begin(), samples.end());
    const auto i = std::size_t(p * double(samples.size() - 1) + 0.5);
    return samples[std::min(i, samples.size() - 1)];
}

// The n-th of a series of distinct valid resident IDs (MOD 11-2 check character).
QString residentId(int n)
{
    const QDate birth = QDate(1960, 1, 1).addDays(n % 16000);
    const QString body = QStringLiteral("440305") + birth.toString(QStringLiteral("yyyyMMdd"))
                         + QStringLiteral("%1").arg(n / 16000 % 1000, 3, 10, QLatin1Char('0'));
    return body + ResidentIdValidator::checkCharacter(body);
}

ApplicantProfile applicant(int n)
{
    ApplicantProfile a;
    a.kind = ApplicantKind::Person;
    a.identifier = residentId(n);
    a.name = n % 3 == 0 ? QStringLiteral("张\U00020BB7") : QStringLiteral("李小龙");
    a.phone = QStringLiteral("1380013%1").arg(n % 10000, 4, 10, QLatin1Char('0'));
    a.address = QStringLiteral("粤海街道科技园%1号").arg(n % 500);
    a.divisionCode = QStringLiteral("440305"); // 深圳市南山区
    return a;
}

QVariantMap addressAnswer(const QString &division, const QString &detail)
{
    return {{QStringLiteral("division"), division}, {QStringLiteral("detail"), detail}};
}

AcceptanceRequest residenceRequest(int n)
{
    AcceptanceRequest r;
    r.applicant = applicant(n);
    r.subjectCode = residencePermit;
    r.answers = {{QStringLiteral("applicant_name"), r.applicant.name},
                 {QStringLiteral("id_number"), r.applicant.identifier},
                 {QStringLiteral("phone"), r.applicant.phone},
                 {QStringLiteral("residence_address"),
                  addressAnswer(r.applicant.divisionCode, r.applicant.address)},
                 {QStringLiteral("residence_since"), QStringLiteral("2025-01-01")},
                 {QStringLiteral("residence_basis"), QStringLiteral("lease")}};
    r.materials = {{QStringLiteral("id_card"), MaterialDisposition::Paper, {}, 0},
                   {QStringLiteral("photo"), MaterialDisposition::Paper, {}, 0},
                   {QStringLiteral("lease_contract"), MaterialDisposition::Paper, {}, 0}};
    r.clerk = QStringLiteral("clerk01");
    r.windowName = QStringLiteral("W01");
    return r;
}

// The merged form of 二手房转移登记及水电气联动过户, complete: a flat sold by one owner to the
// applicant alone, paid in full, no agent.
QVariantMap bundleAnswers(const ApplicantProfile &buyer, int n)
{
    const QString seller = residentId(n + 500000);
    return {
        {QStringLiteral("property_address"),
         addressAnswer(QStringLiteral("440305"),
                       QStringLiteral("南山大道%1号%2室").arg(1 + n % 3000).arg(101 + n % 30))},
        {QStringLiteral("property_certificate_no"),
         QStringLiteral("粤（2019）深圳市不动产权第%1号")
             .arg(n % 10000000, 7, 10, QLatin1Char('0'))},
        {QStringLiteral("house_usage"), QStringLiteral("residential")},
        {QStringLiteral("building_area"), QStringLiteral("89.5")},
        {QStringLiteral("transaction_price"), QStringLiteral("5200000")},
        {QStringLiteral("seller_name"), QStringLiteral("陈静")},
        {QStringLiteral("seller_id_number"), seller},
        {QStringLiteral("seller_phone"), QStringLiteral("13912345678")},
        {QStringLiteral("applicant_name"), buyer.name},
        {QStringLiteral("id_number"), buyer.identifier},
        {QStringLiteral("phone"), buyer.phone},
        {QStringLiteral("payment_method"), QStringLiteral("full")},
        {QStringLiteral("marital_status"), QStringLiteral("unmarried")},
        {QStringLiteral("family_housing"), QStringLiteral("first")},
        {QStringLiteral("five_year_only_home"), QStringLiteral("false")},
        {QStringLiteral("original_value"), QStringLiteral("2100000")},
        {QStringLiteral("buyers"),
         QVariantList{QVariantMap{{QStringLiteral("buyer_name"), buyer.name},
                                  {QStringLiteral("buyer_id_number"), buyer.identifier},
                                  {QStringLiteral("buyer_share"), QStringLiteral("100")}}}},
        {QStringLiteral("co_ownership"), QStringLiteral("sole")},
        {QStringLiteral("has_mortgage"), QStringLiteral("false")},
        {QStringLiteral("agent"), QStringLiteral("false")},
        {QStringLiteral("water_account_no"), QStringLiteral("W%1").arg(n, 9, 10, QLatin1Char('0'))},
        {QStringLiteral("power_account_no"), QStringLiteral("E%1").arg(n, 9, 10, QLatin1Char('0'))},
        {QStringLiteral("gas_account_no"), QStringLiteral("G%1").arg(n, 9, 10, QLatin1Char('0'))}};
}

AcceptanceRequest bundleRequest(int n, const MergedApplication &merged)
{
    AcceptanceRequest r;
    r.applicant = applicant(n);
    r.subjectCode = propertyBundle;
    r.answers = bundleAnswers(r.applicant, n);
    for (const MaterialRequirement &m : AcceptanceService::applicableMaterials(merged, r.answers))
        r.materials.append({m.id, MaterialDisposition::Paper, {}, 0});
    r.clerk = QStringLiteral("clerk01");
    r.windowName = QStringLiteral("W01");
    return r;
}

// Times `count` submits after `warmUp` untimed ones; milliseconds per submit. Null on failure.
std::optional<Timings> run(AcceptanceService &service, int warmUp, int count, int &serial,
                           const std::function<AcceptanceRequest(int)> &make)
{
    Timings samples;
    samples.wall.reserve(std::size_t(count));
    samples.cpu.reserve(std::size_t(count));
    QElapsedTimer timer;
    for (int i = -warmUp; i < count; ++i) {
        const AcceptanceRequest request = make(serial++);
        const double cpu = threadCpuMs();
        timer.start();
        const AcceptanceResult result = service.submit(request);
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        const double cpuMs = threadCpuMs() - cpu;
        if (!result.ok()) {
            std::fprintf(stderr, "bench_acceptance: submit failed: %s\n",
                         qPrintable(result.problems.join(u'\n') + result.storageError.detail));
            return std::nullopt;
        }
        if (i >= 0) {
            samples.wall.push_back(ms);
            samples.cpu.push_back(cpuMs);
        }
    }
    return samples;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QString catalogFile =
        argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral(OW_DEMO_CATALOG);
    QFile f(catalogFile);
    if (!f.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "bench_acceptance: cannot read %s\n", qPrintable(catalogFile));
        return 1;
    }
    const CatalogParseResult parsed = CatalogJson::parse(f.readAll());
    const Catalog &catalog = parsed.catalog;
    const Bundle *bundle = catalog.bundle(propertyBundle);
    if (!parsed.ok() || !catalog.matter(residencePermit) || !bundle) {
        std::fprintf(stderr, "bench_acceptance: %s is not the demo catalog\n",
                     qPrintable(catalogFile));
        return 1;
    }

    const QString base = qEnvironmentVariable("OW_BENCH_DIR");
    QTemporaryDir dir(base.isEmpty() ? QDir::tempPath() + QStringLiteral("/ow-bench-XXXXXX")
                                     : base + QStringLiteral("/ow-bench-XXXXXX"));
    StorageError error;
    auto db = WorkstationDatabase::open(dir.filePath(QStringLiteral("workstation.sqlite")), &error);
    QString keyError;
    auto keys = WorkstationKeys::openOrCreate(dir.path(), &keyError);
    if (!db || !keys) {
        std::fprintf(stderr, "bench_acceptance: %s%s\n", qPrintable(error.detail),
                     qPrintable(keyError));
        return 1;
    }
    // What the product runs with (Database::configure); checked, not assumed.
    QSqlQuery q(db->connection());
    if (!q.exec(QStringLiteral("PRAGMA journal_mode")) || !q.next()
        || q.value(0).toString() != QStringLiteral("wal")
        || !q.exec(QStringLiteral("PRAGMA synchronous")) || !q.next() || q.value(0).toInt() != 2) {
        std::fprintf(stderr, "bench_acceptance: the database is not in WAL / synchronous=FULL\n");
        return 1;
    }
    PersonalDataVault vault(*keys);
    const Clock &clock = Clock::system();
    if ((error = ReceiptNumberBlocks(*db).grant(QStringLiteral("W01-2026"), 1,
                                                ReceiptNumberBlocks::MaxNumber,
                                                QStringLiteral("bench"), clock.now()))) {
        std::fprintf(stderr, "bench_acceptance: %s\n", qPrintable(error.detail));
        return 1;
    }
    AcceptanceService service(*db, vault, catalog, WorkCalendar::builtIn(), clock);

    int serial = 0;
    const auto single = run(service, WarmUp, SampleCount, serial, residenceRequest);
    if (!single)
        return 1;
    const MergedApplication bundleForm = catalog.mergedApplication(bundle->matterCodes);
    const auto merged = run(service, WarmUp, SampleCount, serial,
                            [&](int n) { return bundleRequest(n, bundleForm); });
    if (!merged)
        return 1;

    std::printf("acceptance_commit_p50: %.2f ms\n", percentile(single->wall, 0.50));
    std::printf("acceptance_commit_p99: %.2f ms\n", percentile(single->wall, 0.99));
    std::printf("acceptance_commit_cpu_p99: %.2f ms\n", percentile(single->cpu, 0.99));
    std::printf("acceptance_bundle_commit_p50: %.2f ms\n", percentile(merged->wall, 0.50));
    std::printf("acceptance_bundle_commit_p99: %.2f ms\n", percentile(merged->wall, 0.99));
    std::printf("acceptance_bundle_commit_cpu_p99: %.2f ms\n", percentile(merged->cpu, 0.99));
    std::printf("acceptance_bundle_matters: %lld count\n", qint64(bundle->matterCodes.size()));
    return 0;
}
