// ow_accept_loop — helper of tst_killsafety. Opens a workstation data directory (keys and
// database, as the workbench does), grants a large receipt block when the window has none, then
// ends visits through AcceptanceService in a tight loop until it is killed (or after --max
// cases). After each committed case it prints "accepted <receipt number>" and flushes, so every
// line the test reads stands for a transaction that has committed.
//
//   ow_accept_loop DATA_DIR CATALOG_JSON [--seed N] [--max N]
//
// The requests vary like a day at the counter: new and returning applicants (valid resident IDs
// with their ISO 7064 check character; some names with 𠮷, U+20BB7), 居住证申领 on each of its
// grounds with paper, shared-data, commitment and reused materials, the 退休一件事 bundle, and
// one-time notices.
#include "core/Clock.h"
#include "core/DataDirectory.h"
#include "core/Workstation.h"
#include "core/applicant/ApplicantRepository.h"
#include "core/calendar/WorkCalendar.h"
#include "core/cases/AcceptanceService.h"
#include "core/cases/CaseRepository.h"
#include "core/cases/ReceiptNumberBlocks.h"
#include "core/catalog/CatalogJson.h"
#include "core/validation/ResidentId.h"

#include <QCoreApplication>
#include <QFile>
#include <QRandomGenerator>

#include <cstdio>

using namespace ow::core;

namespace {

const QString residencePermit = QStringLiteral("11440300007543032W4000107005000"); // 居住证申领
const QString retirementBundle = QStringLiteral("YJS4403000004"); // 退休一件事
const QString blockPrefix = QStringLiteral("K01-2026");

int fail(const QString &message)
{
    std::fprintf(stderr, "ow_accept_loop: %s\n", qPrintable(message));
    return 2;
}

// A valid 18-digit resident ID: a Shenzhen or Beijing area, a birth date between 1950 and 2005,
// a sequence number, and the MOD 11-2 check character.
QString residentId(QRandomGenerator &rng)
{
    static const QStringList areas{QStringLiteral("440305"), QStringLiteral("440304"),
                                   QStringLiteral("110105"), QStringLiteral("310115")};
    const QDate birth = QDate(1950, 1, 1).addDays(rng.bounded(20000));
    const QString body = areas.at(rng.bounded(int(areas.size())))
                         + birth.toString(QStringLiteral("yyyyMMdd"))
                         + QStringLiteral("%1").arg(rng.bounded(1000), 3, 10, QLatin1Char('0'));
    return body + ResidentIdValidator::checkCharacter(body);
}

QString personName(QRandomGenerator &rng)
{
    static const QStringList names{QStringLiteral("张\U00020BB7"),
                                   QStringLiteral("\U00020BB7祥云"),
                                   QStringLiteral("李\U00020BB7\U00020BB7"),
                                   QStringLiteral("王小明"),
                                   QStringLiteral("欧阳娜娜"),
                                   QStringLiteral("陈静"),
                                   QStringLiteral("刘德\U00020BB7"),
                                   QStringLiteral("赵敏")};
    return names.at(rng.bounded(int(names.size())));
}

MaterialDecision paper(const QString &id)
{
    return {id, MaterialDisposition::Paper, {}, 0};
}

AcceptanceRequest request(QRandomGenerator &rng, const ApplicantProfile &applicant,
                          const Catalog &catalog, Database &db, PersonalDataVault &vault,
                          const Clock &clock)
{
    AcceptanceRequest r;
    r.applicant = applicant;
    r.clerk = QStringLiteral("clerk01");
    r.windowName = QStringLiteral("W01");
    const int kind = rng.bounded(10);
    // Answers every form has: the applicant as pre-filled from the ID card and profile.
    r.answers = {{QStringLiteral("applicant_name"), applicant.name},
                 {QStringLiteral("id_number"), applicant.identifier},
                 {QStringLiteral("phone"), applicant.phone}};
    if (kind == 0) { // 退休一件事: every applicable material on paper
        r.subjectCode = retirementBundle;
        r.answers.insert({{QStringLiteral("retirement_date"), QStringLiteral("2026-06-30")},
                          {QStringLiteral("retirement_kind"), QStringLiteral("normal")},
                          {QStringLiteral("bank_name"), QStringLiteral("中国建设银行深圳分行")},
                          {QStringLiteral("bank_account"), QStringLiteral("6217002870012345678")},
                          {QStringLiteral("medical_contribution_years"), 26}});
        const Bundle *bundle = catalog.bundle(retirementBundle);
        const MergedApplication merged = catalog.mergedApplication(bundle->matterCodes);
        for (const MaterialRequirement &m :
             AcceptanceService::applicableMaterials(merged, r.answers))
            r.materials.append(paper(m.id));
        return r;
    }

    r.subjectCode = residencePermit;
    static const QStringList grounds{QStringLiteral("lease"), QStringLiteral("own"),
                                     QStringLiteral("employment"), QStringLiteral("study")};
    const QString ground = grounds.at(rng.bounded(int(grounds.size())));
    r.answers.insert({{QStringLiteral("residence_address"),
                       QVariantMap{{QStringLiteral("division"), applicant.divisionCode},
                                   {QStringLiteral("detail"), applicant.address}}},
                      {QStringLiteral("residence_since"), QStringLiteral("2025-01-01")},
                      {QStringLiteral("residence_basis"), ground}});

    MaterialDecision idCard = paper(QStringLiteral("id_card"));
    if (rng.bounded(3) == 0)
        idCard.disposition = MaterialDisposition::Verified;
    // A returning applicant's ID card copy from an earlier case is reused (材料复用).
    StorageError error;
    if (const auto known = ApplicantRepository(db, vault).find(applicant.identifier, &error)) {
        const QList<ReusableMaterial> reusable =
            CaseRepository(db, vault).reusableMaterials(known->id, clock.today(), &error);
        for (const ReusableMaterial &m : reusable) {
            if (m.materialId == idCard.materialId) {
                idCard.disposition = MaterialDisposition::Reused;
                idCard.libraryId = m.libraryId;
            }
        }
    }
    r.materials.append(idCard);
    r.materials.append(paper(QStringLiteral("photo")));
    if (ground == QStringLiteral("lease")) {
        MaterialDecision lease = paper(QStringLiteral("lease_contract"));
        if (rng.bounded(2) == 0)
            lease.disposition = MaterialDisposition::Commitment;
        r.materials.append(lease);
    } else if (ground == QStringLiteral("own")) {
        r.materials.append(
            {QStringLiteral("property_certificate"), MaterialDisposition::Verified, {}, 0});
    } else if (ground == QStringLiteral("employment")) {
        r.materials.append(
            {QStringLiteral("personal_social_insurance"), MaterialDisposition::Verified, {}, 0});
    } else {
        r.materials.append(paper(QStringLiteral("study_proof")));
    }
    if (kind == 1) { // one-time notice: the photo does not meet the rules
        r.outcome = CaseOutcome::Notice;
        r.materials[1].disposition = MaterialDisposition::Incorrect;
        r.materials[1].detail = QStringLiteral("照片背景须为白色");
    }
    return r;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    quint32 seed = QRandomGenerator::global()->generate();
    qint64 max = -1;
    for (qsizetype i = 0; i + 1 < args.size();) {
        if (args.at(i) == QStringLiteral("--seed")) {
            seed = args.at(i + 1).toUInt();
            args.remove(i, 2);
        } else if (args.at(i) == QStringLiteral("--max")) {
            max = args.at(i + 1).toLongLong();
            args.remove(i, 2);
        } else {
            ++i;
        }
    }
    if (args.size() != 2)
        return fail(QStringLiteral("usage: ow_accept_loop DATA_DIR CATALOG_JSON [--seed N] "
                                   "[--max N]"));

    QString error;
    const std::unique_ptr<Workstation> station =
        Workstation::open(DataDirectory::resolve(args.at(0)), &error);
    if (!station)
        return fail(error);
    QFile file(args.at(1));
    if (!file.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("cannot read ") + args.at(1));
    const CatalogParseResult load = CatalogJson::parse(file.readAll());
    const Catalog &catalog = load.catalog;
    if (!catalog.matter(residencePermit) || !catalog.bundle(retirementBundle))
        return fail(QStringLiteral("the demo catalog lacks the matters this helper uses"));

    const Clock &clock = Clock::system();
    ReceiptNumberBlocks blocks(station->database());
    StorageError storageError;
    if (blocks.blocks(&storageError).isEmpty()) {
        if (storageError)
            return fail(storageError.detail);
        if ((storageError = blocks.grant(blockPrefix, 1, ReceiptNumberBlocks::MaxNumber,
                                         QStringLiteral("tst_killsafety"), clock.now())))
            return fail(storageError.detail);
    }

    AcceptanceService service(station->database(), station->vault(), catalog,
                              WorkCalendar::builtIn(), clock);
    QRandomGenerator rng(seed);
    QList<ApplicantProfile> seen;
    for (qint64 n = 0; max < 0 || n < max; ++n) {
        ApplicantProfile applicant;
        if (!seen.isEmpty() && rng.bounded(5) == 0) {
            applicant = seen.at(rng.bounded(int(seen.size())));
        } else {
            applicant.kind = ApplicantKind::Person;
            applicant.identifier = residentId(rng);
            applicant.name = personName(rng);
            applicant.phone =
                QStringLiteral("139%1").arg(rng.bounded(100000000), 8, 10, QLatin1Char('0'));
            applicant.address = QStringLiteral("粤海街道%1号").arg(1 + rng.bounded(999));
            applicant.divisionCode = QStringLiteral("440305"); // 深圳市南山区
            seen.append(applicant);
        }
        const AcceptanceResult result = service.submit(
            request(rng, applicant, catalog, station->database(), station->vault(), clock));
        if (!result.ok())
            return fail(result.problems.join(u'\n') + result.storageError.detail);
        std::printf("accepted %s\n", qPrintable(result.summary.receiptNumber));
        std::fflush(stdout);
    }
    return 0;
}
