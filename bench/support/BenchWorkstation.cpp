#include "BenchWorkstation.h"

#include "BenchHttp.h"

#include "core/Clock.h"
#include "core/calendar/WorkCalendar.h"
#include "core/cases/AcceptanceService.h"
#include "core/cases/ReceiptNumberBlocks.h"
#include "core/catalog/Catalog.h"
#include "core/sync/HubClient.h"
#include "core/sync/SyncEngine.h"
#include "core/sync/SyncSettings.h"
#include "core/sync/WorkstationEnrolment.h"
#include "core/validation/ResidentId.h"

#include <QCoreApplication>
#include <QSqlQuery>

#include <QCoroTask>

namespace ow::bench {

using namespace ow::core;

namespace {

const QString residencePermit = QStringLiteral("11440300007543032W4000107005000"); // 居住证申领

// Deferred deletions (future watchers, replies) posted while a nested loop ran.
void flushDeferredDeletes()
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

// The n-th of a series of distinct valid resident IDs (MOD 11-2 check character).
QString residentId(int n)
{
    const QDate birth = QDate(1960, 1, 1).addDays(n % 16000);
    const QString body = QStringLiteral("440305") + birth.toString(QStringLiteral("yyyyMMdd"))
                         + QStringLiteral("%1").arg(n / 16000 % 1000, 3, 10, QLatin1Char('0'));
    return body + ResidentIdValidator::checkCharacter(body);
}

// A complete 居住证申领 as a clerk enters it, all materials on paper.
AcceptanceRequest residenceRequest(int n)
{
    AcceptanceRequest r;
    r.applicant.kind = ApplicantKind::Person;
    r.applicant.identifier = residentId(n);
    r.applicant.name = n % 3 == 0 ? QStringLiteral("张\U00020BB7") : QStringLiteral("李小龙");
    r.applicant.phone = QStringLiteral("1380013%1").arg(n % 10000, 4, 10, QLatin1Char('0'));
    r.applicant.address = QStringLiteral("粤海街道科技园%1号").arg(n % 500);
    r.applicant.divisionCode = QStringLiteral("440305"); // 深圳市南山区
    r.subjectCode = residencePermit;
    r.answers = {{QStringLiteral("applicant_name"), r.applicant.name},
                 {QStringLiteral("id_number"), r.applicant.identifier},
                 {QStringLiteral("phone"), r.applicant.phone},
                 {QStringLiteral("residence_address"),
                  QVariantMap{{QStringLiteral("division"), r.applicant.divisionCode},
                              {QStringLiteral("detail"), r.applicant.address}}},
                 {QStringLiteral("residence_since"), QStringLiteral("2025-01-01")},
                 {QStringLiteral("residence_basis"), QStringLiteral("lease")}};
    r.materials = {{QStringLiteral("id_card"), MaterialDisposition::Paper, {}, 0},
                   {QStringLiteral("photo"), MaterialDisposition::Paper, {}, 0},
                   {QStringLiteral("lease_contract"), MaterialDisposition::Paper, {}, 0}};
    r.clerk = QStringLiteral("clerk01");
    r.windowName = QStringLiteral("W01");
    return r;
}

} // namespace

BenchWorkstation::BenchWorkstation(const QString &dir)
    : m_background(DataDirectory::resolve(dir))
{}

bool BenchWorkstation::enrol(const QUrl &hub, const QString &stationId, QString *error)
{
    HubClient client(Clock::system());
    EnrolmentRequest request{hub,
                             stationId,
                             QStringLiteral("W01"),
                             QStringLiteral("admin"),
                             QStringLiteral("onewindow-admin"),
                             5000};
    const EnrolmentResult result =
        QCoro::waitFor(WorkstationEnrolment::enrol(m_background, client, Clock::system(), request));
    flushDeferredDeletes();
    *error = result.error;
    return result.ok();
}

SyncCycleReport BenchWorkstation::sync()
{
    SyncEngine::Options options;
    options.liveEvents = false;
    SyncCycleReport report;
    {
        SyncEngine engine(m_background, Clock::system(), options);
        report = QCoro::waitFor(engine.runCycle());
    }
    flushDeferredDeletes();
    return report;
}

bool BenchWorkstation::queueCases(const Catalog &catalog, int count, QString *error)
{
    *error = onDatabase<QString>([&catalog, count](Workstation &ws) -> QString {
        Database &db = ws.database();
        QSqlQuery q(db.connection());
        if (!q.exec(QStringLiteral("PRAGMA synchronous=OFF")))
            return QStringLiteral("PRAGMA synchronous=OFF failed");
        StorageError e;
        const QString station = SyncSettings::read(db, &e).stationId;
        // A block of our own beside the hub's, so that `count` cases never run out of numbers.
        if (e
            || (e = ReceiptNumberBlocks(db).grant(
                    station + QStringLiteral("B-") + QString::number(QDate::currentDate().year()),
                    1, qMax(count, 1), QStringLiteral("bench"), QDateTime::currentDateTime())))
            return e.detail.isEmpty() ? e.message : e.detail;
        AcceptanceService service(db, ws.vault(), catalog, WorkCalendar::builtIn(),
                                  Clock::system());
        for (int n = 0; n < count; ++n) {
            const AcceptanceResult result = service.submit(residenceRequest(n));
            if (!result.ok())
                return QStringLiteral("case %1: %2%3")
                    .arg(n)
                    .arg(result.problems.join(u'\n'), result.storageError.detail);
        }
        if (!q.exec(QStringLiteral("PRAGMA synchronous=FULL"))
            || !q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")))
            return QStringLiteral("could not restore synchronous=FULL and checkpoint");
        return {};
    });
    if (error->isEmpty() && !m_background.openError().isEmpty())
        *error = m_background.openError();
    return error->isEmpty();
}

QString BenchWorkstation::workstationToken(QString *error)
{
    struct Signed
    {
        QUrl hub;
        QString station;
        QString time;
        QByteArray signature;
    };
    const Signed s = onDatabase<Signed>([](Workstation &ws) {
        Signed r;
        StorageError e;
        const SyncSettings settings = SyncSettings::read(ws.database(), &e);
        r.hub = settings.hubUrl;
        r.station = settings.stationId;
        r.time = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
        const QByteArray message =
            "onewindow-workstation-auth\n" + r.station.toUtf8() + '\n' + r.time.toUtf8();
        r.signature = ws.keys().signingKey().sign(message);
        return r;
    });
    const JsonReply r =
        callJson("POST", apiUrl(s.hub, QStringLiteral("/auth/workstation")),
                 {{QStringLiteral("stationId"), s.station},
                  {QStringLiteral("time"), s.time},
                  {QStringLiteral("signature"), QString::fromLatin1(s.signature.toBase64())}});
    const QString token = r.body.value(QStringLiteral("token")).toString();
    if (r.status != 200 || token.isEmpty())
        *error = QStringLiteral("POST /auth/workstation: HTTP %1 %2%3")
                     .arg(r.status)
                     .arg(QString::fromUtf8(r.raw.left(300)), r.error);
    return token;
}

} // namespace ow::bench
