// ow-seed-workstation — fills a new workstation data directory for the startup benchmark of
// the workbench: a catalog cache of a province-sized synthetic catalog and a case cache of many
// cases, each accepted through AcceptanceService exactly as at the counter.
//
//   ow-seed-workstation DATA_DIR [--matters 20000] [--cases 100000] [--catalog FILE] [--seed N]
//                       [--durable]
//
// The catalog keeps the demo catalog's matters, departments and bundles and adds matters derived
// from the demo's real ones (the same forms and materials under a district, a kind of applicant
// and a variant of the name, with codes of their own) up to --matters; it is stored with
// CatalogRepository::replaceAll as an import would.
//
// The cases are spread over the working days before today (about 400 a day, 09:00–17:00) on
// real matters (most), bundles and derived matters, for new and returning applicants (people
// with valid resident IDs — some names with 𠮷 — and companies with valid credit codes):
// mostly accepted, with paper, shared-data, commitment and reused materials; some one-time
// notices and refusals. Each one is a full AcceptanceService::submit in its own transaction, so
// the data directory holds exactly what the product writes: cases, steps, materials, material
// library, commitment checks, verifications, sealed outbox envelopes, the audit chain, usage.
//
// Speed: AcceptanceService opens a transaction per case and cannot join a larger one, so the
// seeding connection runs with PRAGMA synchronous=OFF (not one fsync per case; nothing else
// changes) and restores FULL, checkpoints and truncates the WAL at the end. Should the machine
// die meanwhile, the directory is thrown away and seeded again. --durable keeps FULL throughout.
//
// Prints "name: value unit" lines, among them seed_total_time.
#include "core/Clock.h"
#include "core/DataDirectory.h"
#include "core/Workstation.h"
#include "core/applicant/ApplicantRepository.h"
#include "core/audit/AuditLog.h"
#include "core/calendar/WorkCalendar.h"
#include "core/cases/AcceptanceService.h"
#include "core/cases/CaseRepository.h"
#include "core/cases/ReceiptNumberBlocks.h"
#include "core/catalog/CatalogJson.h"
#include "core/storage/CatalogRepository.h"
#include "core/validation/CreditCode.h"
#include "core/validation/ResidentId.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>
#include <cstdio>

using namespace ow::core;

namespace {

constexpr int CasesPerDay = 400;

int fail(const QString &message)
{
    std::fprintf(stderr, "ow-seed-workstation: %s\n", qPrintable(message));
    return 1;
}

// "Now" as the seeder sets it, case by case.
class SeedClock final : public Clock
{
public:
    QDateTime now() const override { return m_now; }
    void set(const QDateTime &now) { m_now = now; }

private:
    QDateTime m_now = QDateTime::currentDateTime();
};

// The demo's matters first, then derived ones up to `count`.
Catalog syntheticCatalog(const Catalog &demo, int count)
{
    static const QStringList districts{QStringLiteral("福田区"), QStringLiteral("罗湖区"),
                                       QStringLiteral("南山区"), QStringLiteral("盐田区"),
                                       QStringLiteral("宝安区"), QStringLiteral("龙岗区"),
                                       QStringLiteral("龙华区"), QStringLiteral("坪山区"),
                                       QStringLiteral("光明区"), QStringLiteral("大鹏新区")};
    static const QStringList who{QStringLiteral(""), QStringLiteral("（个人）"),
                                 QStringLiteral("（企业）")};
    static const QStringList variants{QStringLiteral(""),
                                      QStringLiteral("（首次申请）"),
                                      QStringLiteral("（变更）"),
                                      QStringLiteral("（延续）"),
                                      QStringLiteral("（补办）"),
                                      QStringLiteral("（注销）"),
                                      QStringLiteral("（港澳台居民）"),
                                      QStringLiteral("（容缺受理）")};

    QList<Matter> matters;
    const QList<Matter> &real = demo.matters();
    for (const Matter &m : real) {
        if (matters.size() >= count)
            break;
        matters.append(m);
    }
    QSet<QString> codes;
    for (const Matter &m : std::as_const(matters))
        codes.insert(m.implementationCode);
    for (int i = 0; matters.size() < count; ++i) {
        const Matter &base = real.at(i % real.size());
        const int combo = i / int(real.size());
        Matter m = base;
        const QString district = districts.at(combo % districts.size());
        m.name = district + base.name + who.at(combo / districts.size() % who.size())
                 + variants.at(combo / int(districts.size() * who.size()) % variants.size());
        if (combo >= districts.size() * who.size() * variants.size())
            m.name += QStringLiteral("（第%1批）")
                          .arg(combo / int(districts.size() * who.size() * variants.size()));
        // Same shape as the real codes: the issuer's part kept, the matter's part made unique.
        m.implementationCode = base.implementationCode.left(18)
                               + QStringLiteral("S%1").arg(i, 12, 10, QLatin1Char('0'));
        m.basicCode = QStringLiteral("S%1").arg(i, 11, 10, QLatin1Char('0'));
        m.keywords.append(district);
        if (codes.contains(m.implementationCode))
            continue;
        codes.insert(m.implementationCode);
        matters.append(m);
    }
    QList<Bundle> bundles;
    for (const Bundle &b : demo.bundles()) {
        if (std::all_of(b.matterCodes.cbegin(), b.matterCodes.cend(),
                        [&](const QString &c) { return codes.contains(c); }))
            bundles.append(b);
    }
    return Catalog(demo.departments(), matters, bundles);
}

QString residentId(QRandomGenerator &rng)
{
    static const QStringList areas{QStringLiteral("440303"), QStringLiteral("440304"),
                                   QStringLiteral("440305"), QStringLiteral("440306"),
                                   QStringLiteral("110105"), QStringLiteral("430102"),
                                   QStringLiteral("360102"), QStringLiteral("450102")};
    const QDate birth = QDate(1945, 1, 1).addDays(rng.bounded(22000));
    const QString body = areas.at(rng.bounded(int(areas.size())))
                         + birth.toString(QStringLiteral("yyyyMMdd"))
                         + QStringLiteral("%1").arg(rng.bounded(1000), 3, 10, QLatin1Char('0'));
    return body + ResidentIdValidator::checkCharacter(body);
}

QString creditCode(QRandomGenerator &rng)
{
    const QString organization =
        QStringLiteral("%1").arg(rng.bounded(100000000), 8, 10, QLatin1Char('0'));
    const QString body = QStringLiteral("91440300") + organization
                         + CreditCodeValidator::organizationCodeCheckCharacter(organization);
    return body + CreditCodeValidator::checkCharacter(body);
}

QString personName(QRandomGenerator &rng)
{
    static const QStringList surnames{
        QStringLiteral("王"), QStringLiteral("李"), QStringLiteral("张"),   QStringLiteral("刘"),
        QStringLiteral("陈"), QStringLiteral("杨"), QStringLiteral("黄"),   QStringLiteral("赵"),
        QStringLiteral("吴"), QStringLiteral("周"), QStringLiteral("欧阳"), QStringLiteral("司马")};
    static const QStringList given{
        QStringLiteral("伟"),   QStringLiteral("芳"),           QStringLiteral("娜"),
        QStringLiteral("秀英"), QStringLiteral("敏"),           QStringLiteral("静"),
        QStringLiteral("强"),   QStringLiteral("磊"),           QStringLiteral("\U00020BB7"),
        QStringLiteral("子涵"), QStringLiteral("\U00020BB7祥"), QStringLiteral("浩然")};
    return surnames.at(rng.bounded(int(surnames.size())))
           + given.at(rng.bounded(int(given.size())));
}

ApplicantProfile newApplicant(QRandomGenerator &rng)
{
    ApplicantProfile a;
    a.phone = QStringLiteral("13%1").arg(rng.bounded(1000000000), 9, 10, QLatin1Char('0'));
    a.address = QStringLiteral("粤海街道科技园%1栋%2室")
                    .arg(1 + rng.bounded(80))
                    .arg(101 + rng.bounded(3000));
    a.divisionCode = QStringLiteral("440305"); // 深圳市南山区
    if (rng.bounded(100) < 85) {
        a.kind = ApplicantKind::Person;
        a.identifier = residentId(rng);
        a.name = personName(rng);
    } else {
        a.kind = ApplicantKind::Organization;
        a.identifier = creditCode(rng);
        static const QStringList trades{QStringLiteral("科技"),     QStringLiteral("贸易"),
                                        QStringLiteral("餐饮管理"), QStringLiteral("物流"),
                                        QStringLiteral("建筑工程"), QStringLiteral("文化传媒")};
        a.name = QStringLiteral("深圳市") + personName(rng)
                 + trades.at(rng.bounded(int(trades.size()))) + QStringLiteral("有限公司");
        a.legalRepresentative = {personName(rng), residentId(rng), a.phone};
    }
    return a;
}

// A plausible valid answer to a field of the given type (a group: its fewest rows, shares split
// evenly), or nothing for a field left empty.
QVariant typedAnswer(const FieldSchema &f, const ApplicantProfile &a, QRandomGenerator &rng)
{
    const QString personId =
        a.kind == ApplicantKind::Person ? a.identifier : a.legalRepresentative.idNumber;
    switch (f.type) {
    case FieldType::Choice:
        if (!f.options.isEmpty())
            return f.options.at(rng.bounded(int(f.options.size()))).value;
        return {};
    case FieldType::MultiChoice:
        if (!f.options.isEmpty())
            return QStringList{f.options.at(rng.bounded(int(f.options.size()))).value};
        return {};
    case FieldType::Number:
    case FieldType::Money: {
        const double step = f.type == FieldType::Money ? 100.0 : 1.0;
        double v = f.minimum.value_or(0) + step * double(1 + rng.bounded(30));
        if (f.maximum)
            v = std::min(v, *f.maximum);
        return v;
    }
    case FieldType::Date:
        return QStringLiteral("2025-01-01");
    case FieldType::ResidentId:
        return personId;
    case FieldType::CreditCode:
        return a.kind == ApplicantKind::Organization ? a.identifier : creditCode(rng);
    case FieldType::Phone:
        return a.phone;
    case FieldType::Address:
        return QVariantMap{{QStringLiteral("division"), a.divisionCode},
                           {QStringLiteral("detail"), a.address}};
    case FieldType::Text:
        return f.label.left(f.maxLength > 0 ? std::min(8, f.maxLength) : 8);
    case FieldType::Attachment:
        return QStringLiteral("scan-%1.pdf").arg(rng.bounded(100000));
    case FieldType::Group: {
        const int count = std::max(1, f.minItems);
        QVariantList rows;
        for (int i = 0; i < count; ++i) {
            // The first row takes what an even split leaves over, so the shares add up to 100.
            const int share = i == 0 ? 100 - 100 / count * (count - 1) : 100 / count;
            QVariantMap row;
            for (const FieldSchema &child : f.children) {
                const QVariant v = child.id == f.sharesField ? QVariant(QString::number(share))
                                                             : typedAnswer(child, a, rng);
                if (v.isValid())
                    row.insert(child.id, v);
            }
            rows << row;
        }
        return rows;
    }
    }
    return {};
}

// Answers as a clerk would give them: pre-filled applicant data, the first-listed or a random
// option of each choice, plausible values elsewhere; every one valid, so an accepted case
// passes the form's validation.
QVariantMap answers(const MergedApplication &application, const ApplicantProfile &a,
                    QRandomGenerator &rng)
{
    QVariantMap result;
    for (const FieldSchema &f : application.fields) {
        QVariant v;
        if (f.prefill == QStringLiteral("applicant.name"))
            v = a.name;
        else if (f.prefill == QStringLiteral("applicant.id_number"))
            v = a.kind == ApplicantKind::Person ? a.identifier : a.legalRepresentative.idNumber;
        else
            v = typedAnswer(f, a, rng);
        if (v.isValid())
            result.insert(f.id, v);
    }
    return result;
}

struct Options
{
    QString dataDir;
    QString catalogFile = QStringLiteral(OW_DEMO_CATALOG);
    int matters = 20000;
    int cases = 100000;
    quint32 seed = 20260101;
    bool durable = false;
};

std::optional<Options> parseArguments(const QStringList &args, QString *error)
{
    Options o;
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString &a = args.at(i);
        const bool hasValue = i + 1 < args.size();
        bool ok = true;
        if (a == QStringLiteral("--matters") && hasValue)
            o.matters = args.at(++i).toInt(&ok);
        else if (a == QStringLiteral("--cases") && hasValue)
            o.cases = args.at(++i).toInt(&ok);
        else if (a == QStringLiteral("--catalog") && hasValue)
            o.catalogFile = args.at(++i);
        else if (a == QStringLiteral("--seed") && hasValue)
            o.seed = args.at(++i).toUInt(&ok);
        else if (a == QStringLiteral("--durable"))
            o.durable = true;
        else if (!a.startsWith(u'-') && o.dataDir.isEmpty())
            o.dataDir = a;
        else
            ok = false;
        if (!ok) {
            *error = QStringLiteral("unexpected argument %1").arg(a);
            return std::nullopt;
        }
    }
    if (o.dataDir.isEmpty() || o.matters < 1 || o.cases < 0) {
        *error = QStringLiteral("usage: ow-seed-workstation DATA_DIR [--matters 20000] "
                                "[--cases 100000] [--catalog FILE] [--seed N] [--durable]");
        return std::nullopt;
    }
    return o;
}

bool pragma(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    return q.exec(sql);
}

double seconds(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e9;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QString error;
    const std::optional<Options> options = parseArguments(app.arguments(), &error);
    if (!options)
        return fail(error);
    const DataDirectory directory = DataDirectory::resolve(options->dataDir);
    if (directory.isValid() && QFileInfo::exists(directory.workstationDatabasePath()))
        return fail(QStringLiteral("%1 already holds a workstation database; seed an empty "
                                   "directory")
                        .arg(directory.path));
    QElapsedTimer total;
    total.start();
    const std::unique_ptr<Workstation> station = Workstation::open(directory, &error);
    if (!station)
        return fail(error);
    Database &db = station->database();

    QFile file(options->catalogFile);
    if (!file.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("cannot read %1").arg(options->catalogFile));
    const CatalogParseResult demo = CatalogJson::parse(file.readAll());
    if (!demo.ok() || demo.catalog.matters().isEmpty())
        return fail(QStringLiteral("%1 is not a valid catalog").arg(options->catalogFile));

    // The catalog cache.
    QElapsedTimer step;
    step.start();
    const Catalog catalog = syntheticCatalog(demo.catalog, options->matters);
    StorageError storageError;
    if ((storageError = CatalogRepository(db).replaceAll(
             catalog, QStringLiteral("ow-seed-workstation"), QDateTime::currentDateTime())))
        return fail(storageError.detail);
    const CatalogRepository::Info info = CatalogRepository(db).info(&storageError);
    if (storageError || info.matterCount != options->matters)
        return fail(QStringLiteral("the catalog cache holds %1 matters, not %2")
                        .arg(info.matterCount)
                        .arg(options->matters));
    const double catalogSeconds = seconds(step);

    // Receipt numbers: one block per 999,999 cases.
    const QDateTime now = QDateTime::currentDateTime();
    for (qint64 k = 0; k * ReceiptNumberBlocks::MaxNumber < qMax(options->cases, 1); ++k) {
        if ((storageError = ReceiptNumberBlocks(db).grant(
                 QStringLiteral("W%1-2026").arg(k + 1, 2, 10, QLatin1Char('0')), 1,
                 ReceiptNumberBlocks::MaxNumber, QStringLiteral("ow-seed-workstation"),
                 now.addSecs(k))))
            return fail(storageError.detail);
    }

    // Days to spread the cases over: the working days before today, oldest first.
    const WorkCalendar &calendar = WorkCalendar::builtIn();
    QList<QDate> days;
    const int dayCount = qMax(1, (options->cases + CasesPerDay - 1) / CasesPerDay);
    for (QDate d = now.date().addDays(-1); days.size() < dayCount; d = d.addDays(-1)) {
        if (calendar.isWorkday(d))
            days.prepend(d);
    }

    // Subjects: the demo's real matters most often (a few of them very often), then bundles,
    // then the derived matters.
    QStringList realCodes, derivedCodes, bundleCodes;
    for (const Matter &m : demo.catalog.matters())
        realCodes << m.implementationCode;
    for (const Matter &m : catalog.matters()) {
        if (!realCodes.contains(m.implementationCode))
            derivedCodes << m.implementationCode;
    }
    for (const Bundle &b : catalog.bundles())
        bundleCodes << b.code;

    if (!options->durable && !pragma(db, QStringLiteral("PRAGMA synchronous=OFF")))
        return fail(QStringLiteral("PRAGMA synchronous=OFF failed"));

    SeedClock clock;
    AcceptanceService service(db, station->vault(), catalog, calendar, clock);
    ApplicantRepository applicants(db, station->vault());
    CaseRepository cases(db, station->vault());
    QRandomGenerator rng(options->seed);
    QList<ApplicantProfile> returning;
    QHash<QString, MergedApplication> merged;
    int accepted = 0, notices = 0, refusals = 0;
    step.restart();
    for (int n = 0; n < options->cases; ++n) {
        const int day = int(qint64(n) * days.size() / options->cases);
        const int firstOfDay = int((qint64(day) * options->cases + days.size() - 1) / days.size());
        const int perDay = qMax(1, options->cases / int(days.size()));
        clock.set(QDateTime(days.at(day), QTime(9, 0))
                      .addSecs(qint64(n - firstOfDay) * 8 * 3600 / perDay % (8 * 3600)));

        AcceptanceRequest r;
        const bool again = !returning.isEmpty() && rng.bounded(100) < 30;
        r.applicant = again ? returning.at(rng.bounded(int(returning.size()))) : newApplicant(rng);
        if (!again)
            returning.append(r.applicant);
        const int pick = int(rng.bounded(100));
        if (pick < 65 || derivedCodes.isEmpty()) {
            // Roughly Zipf: the first matters of a skewed order are the busiest.
            const double u = rng.generateDouble();
            r.subjectCode =
                realCodes.at(int(std::pow(u, 2.5) * double(realCodes.size())) % realCodes.size());
        } else if (pick < 75 && !bundleCodes.isEmpty()) {
            r.subjectCode = bundleCodes.at(rng.bounded(int(bundleCodes.size())));
        } else {
            r.subjectCode = derivedCodes.at(rng.bounded(int(derivedCodes.size())));
        }
        const std::optional<ApplicationSubject> subject = catalog.subject(r.subjectCode);
        auto m = merged.find(r.subjectCode);
        if (m == merged.end())
            m = merged.insert(r.subjectCode, catalog.mergedApplication(subject->matterCodes));
        r.answers = answers(*m, r.applicant, rng);
        r.clerk = QStringLiteral("clerk0%1").arg(1 + n % 3);
        r.windowName = QStringLiteral("W01");

        QList<ReusableMaterial> reusable;
        if (again) {
            if (const auto known = applicants.find(r.applicant.identifier, &storageError))
                reusable = cases.reusableMaterials(known->id, clock.today(), &storageError);
        }
        for (const MaterialRequirement &req :
             AcceptanceService::applicableMaterials(*m, r.answers)) {
            MaterialDecision d{req.id, MaterialDisposition::Paper, {}, 0};
            const auto earlier =
                std::find_if(reusable.cbegin(), reusable.cend(),
                             [&](const ReusableMaterial &x) { return x.materialId == req.id; });
            if (earlier != reusable.cend() && req.reuseValidDays > 0) {
                d.disposition = MaterialDisposition::Reused;
                d.libraryId = earlier->libraryId;
            } else if (!req.verification.isEmpty() && rng.bounded(3) == 0) {
                d.disposition = MaterialDisposition::Verified;
            } else if (req.commitmentAllowed && rng.bounded(4) == 0) {
                d.disposition = MaterialDisposition::Commitment;
            }
            r.materials.append(d);
        }
        const int outcome = int(rng.bounded(100));
        if (outcome < 7 && !r.materials.isEmpty()) {
            r.outcome = CaseOutcome::Notice;
            MaterialDecision &d = r.materials[rng.bounded(int(r.materials.size()))];
            d = {d.materialId, MaterialDisposition::Missing, QStringLiteral("请补交原件"), 0};
        } else if (outcome < 10) {
            r.outcome = CaseOutcome::Refused;
            r.reason = QStringLiteral("申请事项不属于本机关职权范围");
            r.legalBasis = QStringLiteral("《中华人民共和国行政许可法》第三十二条");
        }

        const AcceptanceResult result = service.submit(r);
        if (!result.ok())
            return fail(
                QStringLiteral("case %1 (%2): %3%4")
                    .arg(n)
                    .arg(r.subjectCode, result.problems.join(u'\n'), result.storageError.detail));
        switch (r.outcome) {
        case CaseOutcome::Accepted:
            ++accepted;
            break;
        case CaseOutcome::Notice:
            ++notices;
            break;
        case CaseOutcome::Refused:
            ++refusals;
            break;
        }
        if ((n + 1) % 10000 == 0)
            std::fprintf(stderr, "ow-seed-workstation: %d cases, %.1f s\n", n + 1, seconds(step));
    }
    const double caseSeconds = seconds(step);

    step.restart();
    if (!pragma(db, QStringLiteral("PRAGMA synchronous=FULL"))
        || !pragma(db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")))
        return fail(QStringLiteral("could not checkpoint the database"));
    const qint64 stored = cases.count(&storageError);
    if (storageError || stored != options->cases)
        return fail(QStringLiteral("the case cache holds %1 cases, not %2")
                        .arg(stored)
                        .arg(options->cases));
    const double finishSeconds = seconds(step);

    // What the workbench will read back: the whole catalog and an intact audit chain.
    step.restart();
    const Catalog loaded = CatalogRepository(db).load(&storageError);
    if (storageError || loaded.matters().size() != options->matters)
        return fail(QStringLiteral("the catalog cache does not load back: %1 matters %2")
                        .arg(loaded.matters().size())
                        .arg(storageError.detail));
    const double loadSeconds = seconds(step);
    const AuditLog::Verification audit = AuditLog(db).verify(&storageError);
    if (storageError || !audit.intact() || audit.checked != options->cases)
        return fail(QStringLiteral("the audit chain does not verify"));
    QSqlQuery count(db.connection());
    const qint64 applicantCount =
        count.exec(QStringLiteral("SELECT COUNT(*) FROM applicant")) && count.next()
            ? count.value(0).toLongLong()
            : -1;

    std::printf("seed_matters: %d count\n", options->matters);
    std::printf("seed_bundles: %lld count\n", qint64(catalog.bundles().size()));
    std::printf("seed_cases: %d count (%d accepted, %d notices, %d refusals, %lld applicants)\n",
                options->cases, accepted, notices, refusals, applicantCount);
    std::printf("seed_catalog_time: %.2f s\n", catalogSeconds);
    std::printf("seed_cases_time: %.2f s\n", caseSeconds);
    std::printf("seed_case_mean: %.3f ms\n",
                options->cases > 0 ? caseSeconds * 1e3 / options->cases : 0.0);
    std::printf("seed_checkpoint_time: %.2f s\n", finishSeconds);
    std::printf("seed_catalog_load_time: %.2f s\n", loadSeconds);
    std::printf("seed_total_time: %.2f s\n", seconds(total));
    std::printf("seed_database_size: %.1f MB\n",
                double(QFileInfo(db.path()).size()) / (1024.0 * 1024.0));
    return 0;
}
