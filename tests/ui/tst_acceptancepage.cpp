// The clerk's screen end to end, offscreen, through its widgets and keyboard shortcuts:
// (a) a new applicant with one matter, (b) a returning applicant with a bundle whose fields and
// materials mostly come pre-filled / reused — counting the clerk's input events — and (c) a
// visit that ends in a one-time notice. A name outside the BMP (𠮷) goes through the form,
// encrypted storage, lookup and the printed PDF.
#include "core/BackgroundWorkstation.h"
#include "core/Workstation.h"
#include "core/applicant/ApplicantRepository.h"
#include "core/applicant/CardReader.h"
#include "core/calendar/WorkCalendar.h"
#include "core/cases/AcceptanceService.h"
#include "core/cases/CaseRepository.h"
#include "core/cases/ReceiptNumberBlocks.h"
#include "core/catalog/CatalogJson.h"
#include "core/documents/DocumentSeal.h"
#include "core/documents/PdfSeal.h"
#include "core/storage/CatalogRepository.h"
#include "support/ManualClock.h"
#include "support/TestPaths.h"
#include "ui/acceptance/AcceptancePage.h"
#include "ui/form/FormView.h"

#include <QComboBox>
#include <QFile>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ow::core;

namespace {

const QString residencePermit = QStringLiteral("11440300007543032W4000107005000"); // 居住证申领
const QString housingFundWithdrawal = QStringLiteral("12440300693992478Y4000116003000");
const QString retirementBundle = QStringLiteral("YJS4403000004"); // 退休一件事
const QString rareName = QStringLiteral("吉\U00020BB7祥");
const QString cardId = QStringLiteral("110105198807120038");

// The clerk's input events, counted as the test sends them: one per key or click.
struct InputCounter
{
    int events = 0;
    // ASCII as key clicks; Chinese as the input method commits it (counted per character).
    void type(QWidget *w, const QString &text)
    {
        bool ascii = true;
        for (const QChar c : text)
            ascii = ascii && c.unicode() < 0x80;
        if (ascii) {
            QTest::keyClicks(w, text);
        } else {
            w->setFocus();
            QInputMethodEvent commit;
            commit.setCommitString(text);
            QCoreApplication::sendEvent(w, &commit);
        }
        events += int(text.toUcs4().size());
    }
    void key(QWidget *w, Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QTest::keyClick(w, key, modifiers);
        ++events;
    }
};

} // namespace

class TestAcceptancePage : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void newApplicantOneMatter();
    void returningApplicantBundleIsMostlyPrefilled();
    void missingMaterialsEndInAOneTimeNotice();

private:
    template<typename T>
    T *find(const QString &name) const
    {
        return m_page->findChild<T *>(name);
    }
    AcceptanceResult waitForResult(QSignalSpy &spy);

    std::unique_ptr<QTemporaryDir> m_dir;
    DataDirectory m_data;
    std::unique_ptr<Workstation> m_ws;
    std::unique_ptr<BackgroundWorkstation> m_background;
    std::unique_ptr<ow::test::ManualClock> m_clock;
    std::unique_ptr<SimulatedCardReader> m_reader;
    Catalog m_catalog;
    std::unique_ptr<ow::ui::AcceptancePage> m_page;
};

void TestAcceptancePage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_data.path = m_dir->path();
    QString error;
    m_ws = Workstation::open(m_data, &error);
    QVERIFY2(m_ws, qPrintable(error));
    QFile f(ow::test::sourcePath(QStringLiteral("resources/catalog/demo-catalog.json")));
    QVERIFY(f.open(QIODevice::ReadOnly));
    m_catalog = CatalogJson::parse(f.readAll()).catalog;
    m_clock = std::make_unique<ow::test::ManualClock>(QDateTime(QDate(2026, 11, 23), QTime(9, 0)));
    QVERIFY(!CatalogRepository(m_ws->database()).replaceAll(m_catalog, QStringLiteral("demo"),
                                                              m_clock->now()));
    QVERIFY(!ReceiptNumberBlocks(m_ws->database())
                 .grant(QStringLiteral("W01-2026"), 1, 100, QStringLiteral("test"),
                        m_clock->now()));
    m_background = std::make_unique<BackgroundWorkstation>(m_data);
    QFile card(m_dir->filePath(QStringLiteral("card.json")));
    QVERIFY(card.open(QIODevice::WriteOnly));
    card.write(QStringLiteral(R"({"name": "%1", "idNumber": "%2", "address": "北京市朝阳区建国路88号",
                 "issuer": "北京市公安局朝阳分局", "validUntil": "2038-07-12"})")
                   .arg(rareName, cardId)
                   .toUtf8());
    card.close();
    m_reader = std::make_unique<SimulatedCardReader>(card.fileName(), m_clock->today());
    m_page = std::make_unique<ow::ui::AcceptancePage>(*m_ws, *m_background, m_catalog, *m_clock);
    m_page->setStation({QStringLiteral("市民中心政务服务大厅"), QStringLiteral("W01"),
                        QStringLiteral("王小明"), {}, {}},
                       QStringLiteral("clerk01"));
    m_page->setCardReader(m_reader.get());
    m_page->resize(1400, 900);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestAcceptancePage::cleanup()
{
    m_page.reset();
    m_background.reset();
    m_ws.reset();
    m_dir.reset();
}

AcceptanceResult TestAcceptancePage::waitForResult(QSignalSpy &spy)
{
    if (spy.isEmpty() && !spy.wait(30000)) {
        AcceptanceResult none;
        QString issues;
        if (auto *form = m_page->findChild<ow::ui::FormView *>(QStringLiteral("formView"))) {
            for (const FieldIssue &i : form->state().validate())
                issues += u' ' + i.fieldPath + u'=' + i.message;
        }
        none.problems << QStringLiteral("no outcome: ") + m_page->statusText() + issues;
        return none;
    }
    spy.clear();
    return m_page->lastResult().value_or(AcceptanceResult{});
}

void TestAcceptancePage::newApplicantOneMatter()
{
    InputCounter input;
    auto *id = find<QLineEdit>(QStringLiteral("applicantId"));
    QVERIFY(id);
    QTRY_VERIFY(id->hasFocus());
    input.type(id, QStringLiteral("11010519491231002x")); // lower-case x is fine
    input.key(id, Qt::Key_Return);
    QVERIFY(find<QLabel>(QStringLiteral("applicantStatus"))->text().size() > 0);
    // A new applicant: the clerk types the name and phone.
    input.type(find<QLineEdit>(QStringLiteral("applicantName")), QStringLiteral("张\U00020BB7"));
    input.type(find<QLineEdit>(QStringLiteral("applicantPhone")), QStringLiteral("13800138000"));
    input.type(find<QLineEdit>(QStringLiteral("applicantAddress")),
               QStringLiteral("北京市东城区景山前街4号"));
    auto *search = find<QLineEdit>(QStringLiteral("matterSearch"));
    input.type(search, QStringLiteral("jzzsl")); // 居住证申领 by pinyin initials
    input.key(search, Qt::Key_Return);
    QVERIFY(find<QLabel>(QStringLiteral("subjectLabel"))->text().contains(QStringLiteral("居住证")));

    // Pre-filled from what was typed above: name and ID number are not typed again.
    auto *name = find<QLineEdit>(QStringLiteral("applicant_name"));
    QVERIFY(name);
    QCOMPARE(name->text(), QStringLiteral("张\U00020BB7"));
    QVERIFY(find<QLabel>(QStringLiteral("applicant_name:source"))->isVisible());
    input.type(find<QLineEdit>(QStringLiteral("residence_since")), QStringLiteral("2025-01-01"));
    // The current address needs its division; the detail is the one typed for the applicant.
    input.type(find<QLineEdit>(QStringLiteral("residence_address")), QStringLiteral("110101"));
    input.type(find<QLineEdit>(QStringLiteral("residence_address.detail")),
               QStringLiteral("景山前街4号"));
    auto *basis = find<QComboBox>(QStringLiteral("residence_basis"));
    QVERIFY(basis);
    basis->setFocus();
    const int lease = basis->findData(QStringLiteral("lease"));
    QVERIFY(lease >= 0);
    while (basis->currentIndex() < lease)
        input.key(basis, Qt::Key_Down);
    // The lease contract now applies; everything else is checked on paper.
    QVERIFY(find<QComboBox>(QStringLiteral("material:lease_contract")));
    QVERIFY(!find<QComboBox>(QStringLiteral("material:property_certificate")));
    input.key(m_page.get(), Qt::Key_M, Qt::ControlModifier);

    QSignalSpy spy(m_page.get(), &ow::ui::AcceptancePage::submitted);
    input.key(m_page.get(), Qt::Key_Return, Qt::ControlModifier);
    const AcceptanceResult result = waitForResult(spy);
    QVERIFY2(result.ok(), qPrintable(result.problems.join(u'\n')));
    QCOMPARE(result.summary.receiptNumber, QStringLiteral("W01-2026-000001"));
    QCOMPARE(result.summary.deadline, WorkCalendar::builtIn().addWorkingDays(QDate(2026, 11, 23), 7).date);
    QVERIFY(m_page->statusText().contains(result.summary.receiptNumber));

    // Stored sealed, found again by ID number, name intact.
    StorageError error;
    const auto applicant = ApplicantRepository(m_ws->database(), m_ws->vault())
                               .find(QStringLiteral("11010519491231002X"), &error);
    QVERIFY(applicant);
    QCOMPARE(applicant->profile.name, QStringLiteral("张\U00020BB7"));

    // The receipt: sealed, verifiable, and the PDF carries the name.
    QVERIFY(m_page->lastDocument());
    const SealVerification seal =
        DocumentSeal::verify(m_page->lastSealText(), m_ws->keys().signingKey());
    QVERIFY(seal.isValid());
    const QString pdf = m_dir->filePath(QStringLiteral("receipt.pdf"));
    QVERIFY(m_page->saveLastPdf(pdf));
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(DocumentSeal::verify(extractSealFromPdf(bytes).text, m_ws->keys().signingKey()).isValid());
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (!pdftotext.isEmpty()) {
        QProcess p;
        p.start(pdftotext, {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf,
                            QStringLiteral("-")});
        QVERIFY(p.waitForFinished(30000));
        const QString text = QString::fromUtf8(p.readAllStandardOutput());
        // Qt 6.4's PDF writer draws 𠮷 but cannot map characters outside the BMP back to text
        // (tests/print/tst_documentrenderer checks the glyph on a raster of the page).
        QCOMPARE(m_page->lastDocument()->applicantName, QStringLiteral("张\U00020BB7"));
        QVERIFY(text.contains(result.summary.receiptNumber));
    }
    qInfo("flow (a) new applicant, one matter: %d input events", input.events);

    // The next applicant starts from an empty screen with the cursor in the ID box.
    input.key(m_page.get(), Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(id->text().isEmpty());
    QVERIFY(!m_page->lastDocument());
}

void TestAcceptancePage::returningApplicantBundleIsMostlyPrefilled()
{
    // Three months ago this applicant withdrew housing fund at this hall with a paper ID card
    // and gave the bank account.
    {
        ow::test::ManualClock earlier(QDateTime(QDate(2026, 8, 20), QTime(10, 0)));
        AcceptanceService service(m_ws->database(), m_ws->vault(), m_catalog,
                                  WorkCalendar::builtIn(), earlier);
        AcceptanceRequest r;
        r.applicant.identifier = cardId;
        r.applicant.name = rareName;
        r.applicant.phone = QStringLiteral("13912345678");
        r.subjectCode = housingFundWithdrawal;
        r.answers = {
            {QStringLiteral("applicant_name"), rareName},
            {QStringLiteral("id_number"), cardId},
            {QStringLiteral("phone"), QStringLiteral("13912345678")},
            {QStringLiteral("marital_status"), QStringLiteral("married")},
            {QStringLiteral("purchase_kind"), QStringLiteral("resale")},
            {QStringLiteral("property_address"),
             QVariantMap{{QStringLiteral("division"), QStringLiteral("110105")},
                         {QStringLiteral("detail"), QStringLiteral("建国路88号院3号楼502")}}},
            {QStringLiteral("transaction_price"), QStringLiteral("3850000")},
            {QStringLiteral("bank_name"), QStringLiteral("中国工商银行北京朝阳支行")},
            {QStringLiteral("bank_account"), QStringLiteral("6222020200112233445")}};
        const auto merged = m_catalog.mergedApplication({housingFundWithdrawal});
        for (const MaterialRequirement &m :
             AcceptanceService::applicableMaterials(merged, r.answers))
            r.materials.append({m.id, MaterialDisposition::Paper, {}, 0});
        r.clerk = QStringLiteral("clerk02");
        r.windowName = QStringLiteral("W02");
        const AcceptanceResult earlierCase = service.submit(r);
        QVERIFY2(earlierCase.ok(), qPrintable(earlierCase.problems.join(u'\n')));
    }

    InputCounter input;
    // F5: the ID card on the reader identifies the applicant.
    input.key(m_page.get(), Qt::Key_F5);
    QTRY_COMPARE(find<QLineEdit>(QStringLiteral("applicantPhone"))->text(),
                 QStringLiteral("13912345678")); // known from the earlier case
    QVERIFY(find<QLabel>(QStringLiteral("applicantIdentity"))->text().contains(rareName));
    auto *search = find<QLineEdit>(QStringLiteral("matterSearch"));
    QTRY_VERIFY(search->hasFocus());
    input.type(search, QStringLiteral("txyjs")); // 退休一件事
    input.key(search, Qt::Key_Return);
    QVERIFY(find<QLabel>(QStringLiteral("subjectLabel"))->text().contains(QStringLiteral("退休")));

    // Nothing the profile or the earlier case holds is typed again.
    QCOMPARE(find<QLineEdit>(QStringLiteral("applicant_name"))->text(), rareName);
    QCOMPARE(find<QLineEdit>(QStringLiteral("bank_account"))->text(),
             QStringLiteral("6222020200112233445"));
    QVERIFY(find<QLabel>(QStringLiteral("bank_account:source"))
                ->text()
                .contains(QStringLiteral("W01-2026-000001")));
    QCOMPARE(find<QLineEdit>(QStringLiteral("phone"))->text(), QStringLiteral("13912345678"));

    // Only what is new: the retirement date, its kind and the contribution years.
    input.type(find<QLineEdit>(QStringLiteral("retirement_date")), QStringLiteral("2026-12-01"));
    auto *kind = find<QComboBox>(QStringLiteral("retirement_kind"));
    kind->setFocus();
    while (kind->currentData().toString() != QStringLiteral("normal"))
        input.key(kind, Qt::Key_Down);
    input.type(find<QLineEdit>(QStringLiteral("medical_contribution_years")), QStringLiteral("30"));

    // The ID card is reused from the earlier case, social-insurance proofs are verified by shared
    // data; the clerk confirms the remaining paper with one shortcut.
    auto *idCard = find<QComboBox>(QStringLiteral("material:id_card"));
    QVERIFY(idCard);
    QCOMPARE(MaterialDisposition(idCard->currentData().toInt()), MaterialDisposition::Reused);
    QCOMPARE(MaterialDisposition(find<QComboBox>(QStringLiteral("material:retirement_proof"))
                                     ->currentData()
                                     .toInt()),
             MaterialDisposition::Verified);
    input.key(m_page.get(), Qt::Key_M, Qt::ControlModifier);

    QSignalSpy spy(m_page.get(), &ow::ui::AcceptancePage::submitted);
    input.key(m_page.get(), Qt::Key_Return, Qt::ControlModifier);
    const AcceptanceResult result = waitForResult(spy);
    QVERIFY2(result.ok(), qPrintable(result.problems.join(u'\n')));
    QCOMPARE(result.steps.size(), 3); // social insurance, medical insurance, housing fund
    QVERIFY(result.summary.isBundle);

    qInfo("flow (b) returning applicant, bundle: %d input events (target <= 30)", input.events);
    QVERIFY(input.events <= 30);
}

void TestAcceptancePage::missingMaterialsEndInAOneTimeNotice()
{
    InputCounter input;
    input.key(m_page.get(), Qt::Key_F5);
    auto *search = find<QLineEdit>(QStringLiteral("matterSearch"));
    QTRY_VERIFY(search->hasFocus());
    input.type(find<QLineEdit>(QStringLiteral("applicantPhone")), QStringLiteral("13700001111"));
    input.type(search, QStringLiteral("jzzsl"));
    input.key(search, Qt::Key_Return);
    // Accepting is refused while required materials are missing.
    QSignalSpy spy(m_page.get(), &ow::ui::AcceptancePage::submitted);
    input.key(m_page.get(), Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(spy.isEmpty());
    QVERIFY(!m_page->statusText().isEmpty());
    // Ctrl+I: the one-time notice lists every missing material and every form problem.
    input.key(m_page.get(), Qt::Key_I, Qt::ControlModifier);
    const AcceptanceResult result = waitForResult(spy);
    QVERIFY2(result.ok(), qPrintable(result.problems.join(u'\n')));
    QCOMPARE(result.summary.status, CaseStatus::Notice);
    QVERIFY(m_page->lastDocument());
    const OutcomeDocument &notice = *m_page->lastDocument();
    QCOMPARE(notice.kind, OutcomeDocument::Kind::OneTimeNotice);
    QStringList items;
    for (const OutcomeNoticeItem &i : notice.noticeItems)
        items << i.name;
    QVERIFY2(items.contains(QStringLiteral("本人近期正面免冠彩色证件照片（可现场采集）")),
             qPrintable(items.join(u',')));
    // The unanswered required fields are on it too (residence date, basis).
    QVERIFY(std::any_of(items.cbegin(), items.cend(),
                        [](const QString &s) { return s.contains(QStringLiteral("居住起始日期")); }));
    QCOMPARE(notice.applicantName, rareName);
    QCOMPARE(notice.applicantIdMasked, QStringLiteral("110105********0038"));
    QVERIFY(DocumentSeal::verify(m_page->lastSealText(), m_ws->keys().signingKey()).isValid());
    StorageError error;
    QCOMPARE(CaseRepository(m_ws->database(), m_ws->vault()).count(&error), 1);
}

QTEST_MAIN(TestAcceptancePage)
#include "tst_acceptancepage.moc"
