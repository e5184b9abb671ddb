// Ending a visit through AcceptanceService: one transaction writes the case with its steps,
// materials, outbox envelope and audit entry, numbered from the window's block; a request that
// is not right writes nothing (an accepted case's answers pass the same form validation as the
// clerk's screen); personal data never reaches the file in clear.
#include "core/applicant/ApplicantRepository.h"
#include "core/audit/AuditLog.h"
#include "core/calendar/WorkCalendar.h"
#include "core/cases/AcceptanceService.h"
#include "core/cases/CaseRepository.h"
#include "core/cases/ReceiptNumberBlocks.h"
#include "core/catalog/CatalogJson.h"
#include "core/security/PersonalDataVault.h"
#include "core/security/WorkstationKeys.h"
#include "core/storage/WorkstationDatabase.h"
#include "support/ManualClock.h"
#include "support/TestPaths.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace ow::core;

namespace {

const QString residencePermit = QStringLiteral("11440300007543032W4000107005000"); // 居住证申领
const QString retirementBundle = QStringLiteral("YJS4403000004");                  // 退休一件事
const QString rareName = QStringLiteral("张\U00020BB7");                             // 张𠮷
const QString personId = QStringLiteral("11010519491231002X");

Catalog demoCatalog()
{
    QFile f(ow::test::sourcePath(QStringLiteral("resources/catalog/demo-catalog.json")));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return CatalogJson::parse(f.readAll()).catalog;
}

qint64 countRows(Database &db, const QString &table)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM ") + table) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

} // namespace

class TestAcceptance : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void acceptsOneMatterInOneTransaction();
    void deadlineCountsWorkingDaysFromTheDayAfter();
    void bundleHasAStepPerMatter();
    void noticeListsWhatIsMissing();
    void refusalNeedsReasonAndBasis();
    void acceptingWithMissingMaterialsIsRefused();
    void commitmentOnlyWhereAllowed();
    void invalidApplicantWritesNothing();
    void exhaustedReceiptNumbersWriteNothing();
    void receiptNumbersAreSequentialAndUnique();
    void reusedMaterialComesFromTheLibrary();
    void earlierAnswersPrefillTheNextCase();
    void personalDataIsNotInTheFileInClear();
    void applicantIsFoundByIdNumber();
    void acceptingAnInvalidFormIsRefused_data();
    void acceptingAnInvalidFormIsRefused();
    void noticeMayHaveAnIncompleteForm();
    void refusalDoesNotNeedTheForm();
    void unknownFieldsAndMaterialsAreRefused();
    void answersAreRecordedNormalized();
    void answersOfFieldsThatDoNotApplyAreLeftOut();

private:
    AcceptanceRequest residenceRequest() const;
    static QVariantMap retirementAnswers();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<WorkstationKeys> m_keys;
    std::unique_ptr<PersonalDataVault> m_vault;
    Catalog m_catalog;
    std::unique_ptr<ow::test::ManualClock> m_clock;
    std::unique_ptr<AcceptanceService> m_service;
};

void TestAcceptance::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    StorageError error;
    m_db = WorkstationDatabase::open(m_dir->filePath(QStringLiteral("ws.sqlite")), &error);
    QVERIFY2(m_db, qPrintable(error.detail));
    QString keyError;
    m_keys = WorkstationKeys::openOrCreate(m_dir->path(), &keyError);
    QVERIFY2(m_keys, qPrintable(keyError));
    m_vault = std::make_unique<PersonalDataVault>(*m_keys);
    QVERIFY(m_vault->isReady());
    m_catalog = demoCatalog();
    QVERIFY(m_catalog.matter(residencePermit));
    // Monday 2026-09-28: the National Day holiday starts on Thursday.
    m_clock = std::make_unique<ow::test::ManualClock>(
        QDateTime(QDate(2026, 9, 28), QTime(9, 30)));
    m_service = std::make_unique<AcceptanceService>(*m_db, *m_vault, m_catalog,
                                                    WorkCalendar::builtIn(), *m_clock);
    QVERIFY(!ReceiptNumberBlocks(*m_db).grant(QStringLiteral("W01-2026"), 1, 1000,
                                              QStringLiteral("test"), m_clock->now()));
}

void TestAcceptance::cleanup()
{
    m_service.reset();
    m_db.reset();
    m_dir.reset();
}

AcceptanceRequest TestAcceptance::residenceRequest() const
{
    AcceptanceRequest r;
    r.applicant.kind = ApplicantKind::Person;
    r.applicant.identifier = personId;
    r.applicant.name = rareName;
    r.applicant.phone = QStringLiteral("13800138000");
    r.applicant.address = QStringLiteral("北京市东城区景山前街4号");
    r.subjectCode = residencePermit;
    r.answers = {{QStringLiteral("applicant_name"), rareName},
                 {QStringLiteral("id_number"), personId},
                 {QStringLiteral("phone"), QStringLiteral("13800138000")},
                 {QStringLiteral("residence_address"),
                  QVariantMap{{QStringLiteral("division"), QStringLiteral("110101")},
                              {QStringLiteral("detail"), QStringLiteral("景山前街4号")}}},
                 {QStringLiteral("residence_since"), QStringLiteral("2025-01-01")},
                 {QStringLiteral("residence_basis"), QStringLiteral("lease")}};
    r.materials = {{QStringLiteral("id_card"), MaterialDisposition::Paper, {}, 0},
                   {QStringLiteral("photo"), MaterialDisposition::Paper, {}, 0},
                   {QStringLiteral("lease_contract"), MaterialDisposition::Paper, {}, 0}};
    r.clerk = QStringLiteral("clerk01");
    r.windowName = QStringLiteral("W01");
    return r;
}

// The merged form of 退休一件事, complete: 30 years of medical insurance, so "top up" does not
// apply.
QVariantMap TestAcceptance::retirementAnswers()
{
    return {{QStringLiteral("applicant_name"), rareName},
            {QStringLiteral("id_number"), personId},
            {QStringLiteral("phone"), QStringLiteral("13800138000")},
            {QStringLiteral("retirement_date"), QStringLiteral("2026-09-30")},
            {QStringLiteral("retirement_kind"), QStringLiteral("normal")},
            {QStringLiteral("bank_name"), QStringLiteral("中国工商银行深圳南山支行")},
            {QStringLiteral("bank_account"), QStringLiteral("6222024000012345678")},
            {QStringLiteral("medical_contribution_years"), 30}};
}

void TestAcceptance::acceptsOneMatterInOneTransaction()
{
    const AcceptanceResult result = m_service->submit(residenceRequest());
    QVERIFY2(result.ok(), qPrintable(result.problems.join(u'\n') + result.storageError.detail));
    QCOMPARE(result.summary.receiptNumber, QStringLiteral("W01-2026-000001"));
    QCOMPARE(result.summary.status, CaseStatus::InProgress);
    QCOMPARE(result.steps.size(), 1);
    QCOMPARE(result.steps.first().departmentId, QStringLiteral("police"));
    QCOMPARE(result.steps.first().workingDays, 7); // promised, not the statutory 15
    // Only the materials the answers make applicable: lease, not property certificate.
    QStringList ids;
    for (const MaterialLine &m : result.materials)
        ids << m.requirement.id;
    QCOMPARE(ids, QStringList({QStringLiteral("id_card"), QStringLiteral("photo"),
                               QStringLiteral("lease_contract")}));

    QCOMPARE(countRows(*m_db, QStringLiteral("case_record")), 1);
    QCOMPARE(countRows(*m_db, QStringLiteral("case_step")), 1);
    QCOMPARE(countRows(*m_db, QStringLiteral("case_material")), 3);
    QCOMPARE(countRows(*m_db, QStringLiteral("outbox")), 1);
    QCOMPARE(countRows(*m_db, QStringLiteral("applicant")), 1);
    // The resident ID card may be reused for a year.
    QCOMPARE(countRows(*m_db, QStringLiteral("material_library")), 1);

    StorageError error;
    const QList<AuditEntry> audit = AuditLog(*m_db).latest(10, {}, &error);
    QCOMPARE(audit.size(), 1);
    QCOMPARE(audit.first().action, QStringLiteral("case.accept"));
    QCOMPARE(audit.first().actor, QStringLiteral("clerk01"));
    QCOMPARE(audit.first().subject, result.summary.receiptNumber);
    QVERIFY(AuditLog(*m_db).verify(&error).intact());

    const auto detail = CaseRepository(*m_db, *m_vault).findByReceipt(
        result.summary.receiptNumber, &error);
    QVERIFY2(detail, qPrintable(error.detail));
    QCOMPARE(detail->answers.value(QStringLiteral("applicant_name")).toString(), rareName);
    QCOMPARE(detail->materials.size(), 3);
    QCOMPARE(detail->steps.size(), 1);
}

void TestAcceptance::deadlineCountsWorkingDaysFromTheDayAfter()
{
    const AcceptanceResult result = m_service->submit(residenceRequest());
    QVERIFY(result.ok());
    const QDate accepted(2026, 9, 28);
    QCOMPARE(result.summary.acceptedOn, accepted);
    const WorkingDate expected = WorkCalendar::builtIn().addWorkingDays(accepted, 7);
    QCOMPARE(result.summary.deadline, expected.date);
    // Seven working days across the National Day holiday take more than two calendar weeks.
    QVERIFY(result.summary.deadline > accepted.addDays(14));
    QVERIFY(WorkCalendar::builtIn().isWorkday(result.summary.deadline));
}

void TestAcceptance::bundleHasAStepPerMatter()
{
    AcceptanceRequest r = residenceRequest();
    r.subjectCode = retirementBundle;
    r.answers = retirementAnswers();
    r.materials.clear();
    const Bundle *bundle = m_catalog.bundle(retirementBundle);
    QVERIFY(bundle);
    const MergedApplication merged = m_catalog.mergedApplication(bundle->matterCodes);
    for (const MaterialRequirement &m : AcceptanceService::applicableMaterials(merged, r.answers))
        r.materials.append({m.id, MaterialDisposition::Paper, {}, 0});
    const AcceptanceResult result = m_service->submit(r);
    QVERIFY2(result.ok(), qPrintable(result.problems.join(u'\n')));
    QCOMPARE(result.steps.size(), bundle->matterCodes.size());
    QSet<QString> departments;
    for (const CaseStep &s : result.steps)
        departments.insert(s.departmentId);
    QVERIFY(departments.size() >= 3);
    QVERIFY(result.summary.isBundle);
    // The case is due when its slowest step is.
    QDate latest;
    for (const CaseStep &s : result.steps)
        latest = std::max(latest, s.deadline);
    QCOMPARE(result.summary.deadline, latest);
    QCOMPARE(countRows(*m_db, QStringLiteral("case_record")), 1);
    QCOMPARE(countRows(*m_db, QStringLiteral("outbox")), 1);
}

void TestAcceptance::noticeListsWhatIsMissing()
{
    AcceptanceRequest r = residenceRequest();
    r.outcome = CaseOutcome::Notice;
    r.materials = {{QStringLiteral("id_card"), MaterialDisposition::Paper, {}, 0},
                   {QStringLiteral("photo"), MaterialDisposition::Incorrect,
                    QStringLiteral("照片背景须为白色"), 0}};
    const AcceptanceResult result = m_service->submit(r);
    QVERIFY2(result.ok(), qPrintable(result.problems.join(u'\n')));
    QCOMPARE(result.summary.status, CaseStatus::Notice);
    QVERIFY(!result.summary.deadline.isValid());
    QVERIFY(result.steps.isEmpty());
    int shortfalls = 0;
    for (const MaterialLine &m : result.materials) {
        if (m.decision.disposition == MaterialDisposition::Missing
            || m.decision.disposition == MaterialDisposition::Incorrect)
            ++shortfalls;
    }
    QCOMPARE(shortfalls, 2); // the wrong photo and the lease contract nobody brought
    QCOMPARE(countRows(*m_db, QStringLiteral("material_library")), 0);
    StorageError error;
    QCOMPARE(AuditLog(*m_db).latest(1, {}, &error).first().action, QStringLiteral("case.notice"));

    AcceptanceRequest nothingMissing = residenceRequest();
    nothingMissing.outcome = CaseOutcome::Notice;
    QVERIFY(!m_service->submit(nothingMissing).ok());
}

void TestAcceptance::refusalNeedsReasonAndBasis()
{
    AcceptanceRequest r = residenceRequest();
    r.outcome = CaseOutcome::Refused;
    AcceptanceResult result = m_service->submit(r);
    QCOMPARE(result.problems.size(), 2);
    QCOMPARE(countRows(*m_db, QStringLiteral("case_record")), 0);
    r.reason = QStringLiteral("申请人在本市居住未满半年");
    r.legalBasis = QStringLiteral("《居住证暂行条例》第二条");
    result = m_service->submit(r);
    QVERIFY(result.ok());
    QCOMPARE(result.summary.status, CaseStatus::Refused);
}

void TestAcceptance::acceptingWithMissingMaterialsIsRefused()
{
    AcceptanceRequest r = residenceRequest();
    r.materials.removeLast(); // no lease contract
    const AcceptanceResult result = m_service->submit(r);
    QVERIFY(!result.ok());
    QCOMPARE(countRows(*m_db, QStringLiteral("case_record")), 0);
    QCOMPARE(countRows(*m_db, QStringLiteral("audit_log")), 0);
    QCOMPARE(ReceiptNumberBlocks(*m_db).remaining(nullptr), 1000);
}

void TestAcceptance::commitmentOnlyWhereAllowed()
{
    AcceptanceRequest r = residenceRequest();
    r.materials[1].disposition = MaterialDisposition::Commitment; // the photo: not allowed
    QVERIFY(!m_service->submit(r).ok());
    r = residenceRequest();
    r.materials[2].disposition = MaterialDisposition::Commitment; // the lease: allowed
    const AcceptanceResult result = m_service->submit(r);
    QVERIFY2(result.ok(), qPrintable(result.problems.join(u'\n')));
    QCOMPARE(result.commitmentChecks.size(), 1);
    QCOMPARE(result.commitmentChecks.first(),
             WorkCalendar::builtIn()
                 .addWorkingDays(QDate(2026, 9, 28), AcceptanceService::CommitmentCheckWorkingDays)
                 .date);
    QCOMPARE(countRows(*m_db, QStringLiteral("commitment_check")), 1);
}

void TestAcceptance::invalidApplicantWritesNothing()
{
    AcceptanceRequest r = residenceRequest();
    r.applicant.identifier = QStringLiteral("110105194912310021"); // wrong check digit
    QVERIFY(!m_service->submit(r).ok());
    r = residenceRequest();
    r.applicant.name = QStringLiteral("  ");
    QVERIFY(!m_service->submit(r).ok());
    r = residenceRequest();
    r.subjectCode = QStringLiteral("NO-SUCH-MATTER");
    QVERIFY(!m_service->submit(r).ok());
    r = residenceRequest();
    r.clerk.clear();
    QVERIFY(!m_service->submit(r).ok());
    QCOMPARE(countRows(*m_db, QStringLiteral("case_record")), 0);
    QCOMPARE(countRows(*m_db, QStringLiteral("applicant")), 0);
}

void TestAcceptance::exhaustedReceiptNumbersWriteNothing()
{
    QTemporaryDir dir;
    StorageError error;
    auto db = WorkstationDatabase::open(dir.filePath(QStringLiteral("ws.sqlite")), &error);
    QVERIFY(db);
    AcceptanceService service(*db, *m_vault, m_catalog, WorkCalendar::builtIn(), *m_clock);
    const AcceptanceResult result = service.submit(residenceRequest());
    QVERIFY(!result.ok());
    QVERIFY(!result.storageError.message.isEmpty());
    QCOMPARE(countRows(*db, QStringLiteral("case_record")), 0);
    QCOMPARE(countRows(*db, QStringLiteral("applicant")), 0); // rolled back with the rest
}

void TestAcceptance::receiptNumbersAreSequentialAndUnique()
{
    ReceiptNumberBlocks blocks(*m_db);
    // Overlapping or malformed grants are refused.
    QVERIFY(blocks.grant(QStringLiteral("W01-2026"), 500, 1500, QStringLiteral("t"),
                         m_clock->now()));
    QVERIFY(blocks.grant(QStringLiteral("-bad"), 1, 2, QStringLiteral("t"), m_clock->now()));
    QVERIFY(blocks.grant(QStringLiteral("W01"), 5, 4, QStringLiteral("t"), m_clock->now()));
    QVERIFY(!blocks.grant(QStringLiteral("W01-2026"), 1001, 1001, QStringLiteral("t"),
                          m_clock->now()));
    QSet<QString> seen;
    for (int i = 0; i < 5; ++i) {
        const AcceptanceResult r = m_service->submit(residenceRequest());
        QVERIFY(r.ok());
        QVERIFY(!seen.contains(r.summary.receiptNumber));
        seen.insert(r.summary.receiptNumber);
    }
    QVERIFY(seen.contains(QStringLiteral("W01-2026-000005")));
    QCOMPARE(blocks.remaining(nullptr), 1001 - 5);
}

void TestAcceptance::reusedMaterialComesFromTheLibrary()
{
    QVERIFY(m_service->submit(residenceRequest()).ok());
    StorageError error;
    const auto applicant = ApplicantRepository(*m_db, *m_vault).find(personId, &error);
    QVERIFY(applicant);
    CaseRepository cases(*m_db, *m_vault);
    m_clock->advanceDays(30);
    const QList<ReusableMaterial> reusable =
        cases.reusableMaterials(applicant->id, m_clock->today(), &error);
    QCOMPARE(reusable.size(), 1);
    QCOMPARE(reusable.first().materialId, QStringLiteral("id_card"));
    QCOMPARE(reusable.first().validUntil, QDate(2026, 9, 28).addDays(365));

    AcceptanceRequest r = residenceRequest();
    r.materials[0] = {QStringLiteral("id_card"), MaterialDisposition::Reused, {},
                      reusable.first().libraryId};
    QVERIFY2(m_service->submit(r).ok(), "reuse of a valid earlier copy");
    r.materials[0].libraryId = 9999;
    QVERIFY(!m_service->submit(r).ok());
    // A year and a day later the copy has expired.
    m_clock->advanceDays(340);
    QVERIFY(cases.reusableMaterials(applicant->id, m_clock->today(), &error).isEmpty());
}

void TestAcceptance::earlierAnswersPrefillTheNextCase()
{
    AcceptanceRequest r = residenceRequest();
    const QVariantMap household{{QStringLiteral("division"), QStringLiteral("130602")},
                                {QStringLiteral("detail"), QStringLiteral("竞秀区朝阳北大街1号")}};
    r.answers.insert(QStringLiteral("household_address"), household);
    const AcceptanceResult result = m_service->submit(r);
    QVERIFY2(result.ok(), qPrintable(result.problems.join(u'\n')));
    StorageError error;
    const auto applicant = ApplicantRepository(*m_db, *m_vault).find(personId, &error);
    QVERIFY(applicant);
    const auto answers = CaseRepository(*m_db, *m_vault).earlierAnswers(applicant->id, &error);
    QCOMPARE(answers.value(QStringLiteral("household_address")).value.toMap(), household);
    QCOMPARE(answers.value(QStringLiteral("household_address")).receiptNumber,
             QStringLiteral("W01-2026-000001"));
}

void TestAcceptance::personalDataIsNotInTheFileInClear()
{
    QVERIFY(m_service->submit(residenceRequest()).ok());
    const QString path = m_db->path();
    m_service.reset();
    m_db.reset(); // closes; WAL checkpointed into the main file
    QByteArray bytes;
    for (const QString &file : {path, path + QStringLiteral("-wal")}) {
        QFile f(file);
        if (f.open(QIODevice::ReadOnly))
            bytes += f.readAll();
    }
    QVERIFY(bytes.size() > 0);
    QVERIFY(!bytes.contains(personId.toUtf8()));
    QVERIFY(!bytes.contains(rareName.toUtf8()));
    QVERIFY(!bytes.contains(QByteArrayLiteral("13800138000")));
    QVERIFY(!bytes.contains(QStringLiteral("景山前街").toUtf8()));
    // What is not personal stays readable for supervision.
    QVERIFY(bytes.contains(QByteArrayLiteral("W01-2026-000001")));
}

void TestAcceptance::applicantIsFoundByIdNumber()
{
    QVERIFY(m_service->submit(residenceRequest()).ok());
    StorageError error;
    ApplicantRepository applicants(*m_db, *m_vault);
    const auto found = applicants.find(personId, &error);
    QVERIFY(found);
    QCOMPARE(found->profile.name, rareName);
    QCOMPARE(found->profile.maskedIdentifier(), QStringLiteral("110105********002X"));
    QVERIFY(!applicants.find(QStringLiteral("440524188001010014"), &error));
    QVERIFY(!error);
    // Another workstation's key cannot find or open it.
    PersonalDataVault other(QByteArray(32, 'k'), QByteArray(32, 's'));
    QVERIFY(!ApplicantRepository(*m_db, other).find(personId, &error));
}

void TestAcceptance::acceptingAnInvalidFormIsRefused_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QVariant>("answer"); // invalid: removes the answer
    QTest::addColumn<QString>("label");   // named in the problem

    QTest::newRow("required field missing")
        << QStringLiteral("residence_since") << QVariant() << QStringLiteral("在本市居住起始日期");
    QTest::newRow("phone number too short")
        << QStringLiteral("phone") << QVariant(QStringLiteral("1380013"))
        << QStringLiteral("联系电话");
    QTest::newRow("ID number with a wrong check digit")
        << QStringLiteral("id_number") << QVariant(QStringLiteral("110105194912310021"))
        << QStringLiteral("申请人公民身份号码");
    QTest::newRow("date that does not exist")
        << QStringLiteral("residence_since") << QVariant(QStringLiteral("2025-02-30"))
        << QStringLiteral("在本市居住起始日期");
    QTest::newRow("choice that is not an option")
        << QStringLiteral("residence_basis") << QVariant(QStringLiteral("hotel"))
        << QStringLiteral("申领条件");
    QTest::newRow("address without a division")
        << QStringLiteral("residence_address") << QVariant(QStringLiteral("景山前街4号"))
        << QStringLiteral("现居住地址");
}

void TestAcceptance::acceptingAnInvalidFormIsRefused()
{
    QFETCH(QString, field);
    QFETCH(QVariant, answer);
    QFETCH(QString, label);
    AcceptanceRequest r = residenceRequest();
    if (answer.isValid())
        r.answers.insert(field, answer);
    else
        r.answers.remove(field);
    const AcceptanceResult result = m_service->submit(r);
    QVERIFY(!result.ok());
    QCOMPARE(result.problems.size(), 1);
    QVERIFY2(result.problems.first().startsWith(label + QStringLiteral(": ")),
             qPrintable(result.problems.first()));
    QVERIFY(result.problems.first().size() > label.size() + 2); // with the validator's reason
    QCOMPARE(countRows(*m_db, QStringLiteral("case_record")), 0);
    QCOMPARE(countRows(*m_db, QStringLiteral("applicant")), 0);
    QCOMPARE(countRows(*m_db, QStringLiteral("outbox")), 0);
    QCOMPARE(countRows(*m_db, QStringLiteral("audit_log")), 0);
    QCOMPARE(ReceiptNumberBlocks(*m_db).remaining(nullptr), 1000);
}

void TestAcceptance::noticeMayHaveAnIncompleteForm()
{
    // As on the clerk's screen: a one-time notice is given because something is missing or
    // wrong, the form included.
    AcceptanceRequest r = residenceRequest();
    r.outcome = CaseOutcome::Notice;
    r.answers.remove(QStringLiteral("residence_since"));
    r.answers.insert(QStringLiteral("phone"), QStringLiteral("1380013"));
    r.reason = QStringLiteral("在本市居住起始日期：须填写；联系电话：号码不完整");
    const AcceptanceResult result = m_service->submit(r);
    QVERIFY2(result.ok(), qPrintable(result.problems.join(u'\n')));
    QCOMPARE(result.summary.status, CaseStatus::Notice);
}

void TestAcceptance::refusalDoesNotNeedTheForm()
{
    AcceptanceRequest r = residenceRequest();
    r.outcome = CaseOutcome::Refused;
    r.answers.clear();
    r.materials.clear();
    r.reason = QStringLiteral("申请人户籍在本市，无需申领居住证");
    r.legalBasis = QStringLiteral("《居住证暂行条例》第二条");
    const AcceptanceResult result = m_service->submit(r);
    QVERIFY2(result.ok(), qPrintable(result.problems.join(u'\n')));
    QCOMPARE(result.summary.status, CaseStatus::Refused);
}

void TestAcceptance::unknownFieldsAndMaterialsAreRefused()
{
    for (const CaseOutcome outcome : {CaseOutcome::Accepted, CaseOutcome::Notice}) {
        AcceptanceRequest r = residenceRequest();
        r.outcome = outcome;
        r.reason = QStringLiteral("照片不合格");
        r.answers.insert(QStringLiteral("favourite_colour"), QStringLiteral("blue"));
        AcceptanceResult result = m_service->submit(r);
        QCOMPARE(result.problems.size(), 1);
        QVERIFY2(result.problems.first().contains(QStringLiteral("favourite_colour")),
                 qPrintable(result.problems.first()));

        r = residenceRequest();
        r.outcome = outcome;
        r.reason = QStringLiteral("照片不合格");
        r.materials.append(
            {QStringLiteral("marriage_certificate"), MaterialDisposition::Paper, {}, 0});
        result = m_service->submit(r);
        QCOMPARE(result.problems.size(), 1);
        QVERIFY2(result.problems.first().contains(QStringLiteral("marriage_certificate")),
                 qPrintable(result.problems.first()));
    }
    QCOMPARE(countRows(*m_db, QStringLiteral("case_record")), 0);
}

void TestAcceptance::answersAreRecordedNormalized()
{
    AcceptanceRequest r = residenceRequest();
    r.answers.insert(QStringLiteral("id_number"), QStringLiteral("11010519491231002x"));
    r.answers.insert(QStringLiteral("residence_since"), QStringLiteral("2025/1/1"));
    r.answers.insert(QStringLiteral("residence_basis"), QStringLiteral(" lease "));
    const AcceptanceResult result = m_service->submit(r);
    QVERIFY2(result.ok(), qPrintable(result.problems.join(u'\n')));
    // The trimmed choice made the lease contract applicable, as on the screen.
    QVERIFY(
        std::any_of(result.materials.cbegin(), result.materials.cend(), [](const MaterialLine &m) {
            return m.requirement.id == QStringLiteral("lease_contract");
        }));
    StorageError error;
    const auto detail =
        CaseRepository(*m_db, *m_vault).findByReceipt(result.summary.receiptNumber, &error);
    QVERIFY2(detail, qPrintable(error.detail));
    QCOMPARE(detail->answers.value(QStringLiteral("id_number")).toString(), personId);
    QCOMPARE(detail->answers.value(QStringLiteral("residence_since")).toString(),
             QStringLiteral("2025-01-01"));
    QCOMPARE(detail->answers.value(QStringLiteral("residence_basis")).toString(),
             QStringLiteral("lease"));
}

void TestAcceptance::answersOfFieldsThatDoNotApplyAreLeftOut()
{
    AcceptanceRequest r = residenceRequest();
    r.subjectCode = retirementBundle;
    r.answers = retirementAnswers();
    // "Top up" applies only under 25 years: its answer, even one that is no option, is neither
    // checked nor recorded.
    r.answers.insert(QStringLiteral("top_up"), QStringLiteral("maybe"));
    const Bundle *bundle = m_catalog.bundle(retirementBundle);
    QVERIFY(bundle);
    const MergedApplication merged = m_catalog.mergedApplication(bundle->matterCodes);
    r.materials.clear();
    for (const MaterialRequirement &m : AcceptanceService::applicableMaterials(merged, r.answers))
        r.materials.append({m.id, MaterialDisposition::Paper, {}, 0});
    const AcceptanceResult result = m_service->submit(r);
    QVERIFY2(result.ok(), qPrintable(result.problems.join(u'\n')));
    StorageError error;
    const auto detail =
        CaseRepository(*m_db, *m_vault).findByReceipt(result.summary.receiptNumber, &error);
    QVERIFY2(detail, qPrintable(error.detail));
    QVERIFY(!detail->answers.contains(QStringLiteral("top_up")));
    QCOMPARE(detail->answers.value(QStringLiteral("medical_contribution_years")).toString(),
             QStringLiteral("30"));

    // Under 25 years it applies, and its answer must be one of the options.
    r.answers.insert(QStringLiteral("medical_contribution_years"), 20);
    const AcceptanceResult missing = m_service->submit(r);
    QCOMPARE(missing.problems.size(), 1);
    QVERIFY2(missing.problems.first().startsWith(QStringLiteral("缴费年限不足时是否一次性补缴")),
             qPrintable(missing.problems.first()));
}

QTEST_GUILESS_MAIN(TestAcceptance)
#include "tst_acceptance.moc"
