#include "SyncFaultKit.h"

#include "support/ChildProcessSetup.h"
#include "support/TestPaths.h"

#include "core/storage/WorkstationDatabase.h"

#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QTimer>
#include <QUuid>

#include <csignal>

namespace ow::test::syncfaults {

namespace {

const QString AdminLogin = QStringLiteral("admin");
const QString AdminPassword = QStringLiteral("onewindow-admin");
const QString Window = QStringLiteral("W01");

QString canonicalId(const QString &id)
{
    const QUuid uuid = QUuid::fromString(id);
    return uuid.isNull() ? id : uuid.toString(QUuid::WithoutBraces).toLower();
}

// The lines of the example shipped for the demo catalog: cases of every outcome.
QList<QByteArray> exampleLines()
{
    QFile f(sourcePath(QStringLiteral("resources/demo/case-import-example.jsonl")));
    QList<QByteArray> lines;
    if (f.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : f.readAll().split('\n')) {
            if (!line.trimmed().isEmpty())
                lines << line;
        }
    }
    return lines;
}

QString listed(const QStringList &items)
{
    const int shown = 8;
    QString text = items.mid(0, shown).join(QStringLiteral(", "));
    if (items.size() > shown)
        text += QStringLiteral(" … (%1 in all)").arg(items.size());
    return text;
}

} // namespace

QByteArray describe(const CliRun &run)
{
    return QStringLiteral("exit %1\nstdout: %2\nstderr: %3")
        .arg(run.exitCode)
        .arg(run.out, run.err)
        .toUtf8();
}

std::unique_ptr<QProcess> startCli(const QStringList &arguments)
{
    auto process = std::make_unique<QProcess>();
    process->setProgram(binaryPath(QStringLiteral("onewindow-cli")));
    process->setArguments(QStringList{QStringLiteral("--lang"), QStringLiteral("en")} + arguments);
    prepareChildProcess(*process, SIGKILL);
    process->start();
    if (!process->waitForStarted())
        return nullptr;
    return process;
}

bool waitForExit(QProcess &process, int timeoutMs)
{
    if (process.state() == QProcess::NotRunning)
        return true;
    QEventLoop loop;
    QTimer limit;
    limit.setSingleShot(true);
    QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    QObject::connect(&limit, &QTimer::timeout, &loop, &QEventLoop::quit);
    limit.start(timeoutMs);
    // The signal may have come between the check above and connect(): look again.
    if (process.state() != QProcess::NotRunning)
        loop.exec();
    return process.state() == QProcess::NotRunning;
}

CliRun runCliLive(const QStringList &arguments, const QProcessEnvironment &environment,
                  int timeoutMs)
{
    QProcess process;
    process.setProgram(binaryPath(QStringLiteral("onewindow-cli")));
    process.setArguments(QStringList{QStringLiteral("--lang"), QStringLiteral("en")} + arguments);
    if (!environment.isEmpty())
        process.setProcessEnvironment(environment);
    prepareChildProcess(process, SIGKILL);
    process.start();
    CliRun run;
    if (!process.waitForStarted()) {
        run.err = process.errorString();
        return run;
    }
    if (!waitForExit(process, timeoutMs)) {
        process.kill();
        process.waitForFinished();
        run.err = QStringLiteral("onewindow-cli did not finish within %1 s").arg(timeoutMs / 1000);
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err += QString::fromUtf8(process.readAllStandardError());
    return run;
}

HubRig::~HubRig()
{
    m_proxy.reset();
    m_hub.reset(); // kills a hub still running
}

bool HubRig::setUp(const QString &storage)
{
    if (!m_dir.isValid()) {
        m_error = QStringLiteral("cannot make the hub's directory");
        return false;
    }
    m_hub = std::make_unique<HubProcess>(
        storage.isEmpty() ? HubProcess::sqliteStorage(m_dir.path()) : storage, m_dir.path());
    if (!m_hub->init() || !m_hub->start()) {
        m_error = m_hub->errorString();
        return false;
    }
    m_proxy = std::make_unique<FaultProxy>(QStringLiteral("127.0.0.1"), m_hub->port());
    if (!m_proxy->start()) {
        m_error = QStringLiteral("the proxy does not listen: %1").arg(m_proxy->errorString());
        return false;
    }
    return true;
}

bool HubRig::reset()
{
    if (!m_hub || !m_proxy) {
        m_error = QStringLiteral("the hub was never set up");
        return false;
    }
    m_proxy->setMode(FaultProxy::Mode::PassThrough);
    m_proxy->failNext(0);
    m_proxy->resetCounters();
    if (!m_hub->isRunning() && !m_hub->start()) {
        m_error = m_hub->errorString();
        return false;
    }
    return true;
}

QString HubRig::adminToken()
{
    if (m_admin.isEmpty())
        m_admin = m_hub->login(AdminLogin, AdminPassword, &m_error);
    return m_admin;
}

bool HubRig::cases(const QString &stationId, QList<HubCase> *cases)
{
    cases->clear();
    qint64 after = 0;
    for (;;) {
        const QString token = adminToken();
        if (token.isEmpty())
            return false;
        const JsonReply page =
            m_hub->call("GET", QStringLiteral("/cases?limit=500&after=%1").arg(after), {}, token);
        if (page.status != 200) {
            m_error = QStringLiteral("GET /cases: ") + page.describe();
            return false;
        }
        for (const QJsonValue &v : page.body.value(QStringLiteral("cases")).toArray()) {
            const QJsonObject c = v.toObject();
            if (c.value(QStringLiteral("station")).toString() == stationId)
                cases->append({canonicalId(c.value(QStringLiteral("id")).toString()),
                               c.value(QStringLiteral("receipt")).toString()});
        }
        const QJsonValue next = page.body.value(QStringLiteral("next"));
        if (!next.isDouble() || qint64(next.toDouble()) <= after)
            return true;
        after = qint64(next.toDouble());
    }
}

Station::Station(HubRig &hub, QString templateDir, QString stationId)
    : m_hub(hub)
    , m_templateDir(std::move(templateDir))
    , m_stationId(std::move(stationId))
{}

QString Station::dataDir() const
{
    return m_dir.filePath(QStringLiteral("station"));
}

bool Station::setUp(const QUrl &hubUrl)
{
    if (!m_dir.isValid() || !QDir().mkpath(dataDir())) {
        m_error = QStringLiteral("cannot make the workstation's directory");
        return false;
    }
    const QDir from(m_templateDir);
    for (const QString &name : from.entryList(QDir::Files)) {
        if (!QFile::copy(from.filePath(name), QDir(dataDir()).filePath(name))) {
            m_error = QStringLiteral("cannot copy the template workstation's %1").arg(name);
            return false;
        }
    }
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("OW_HUB_PASSWORD"), AdminPassword);
    const CliRun run =
        cli({QStringLiteral("sync"), QStringLiteral("enrol"), QStringLiteral("--hub"),
             hubUrl.toString(), QStringLiteral("--station"), m_stationId,
             QStringLiteral("--window"), Window, QStringLiteral("--user"), AdminLogin},
            environment);
    if (run.exitCode != 0) {
        m_error = QStringLiteral("sync enrol failed: ") + QString::fromUtf8(describe(run));
        return false;
    }
    return true;
}

CliRun Station::cli(const QStringList &arguments, const QProcessEnvironment &environment)
{
    return runCliLive(QStringList{QStringLiteral("--data-dir"), dataDir()} + arguments,
                      environment);
}

std::unique_ptr<QProcess> Station::startCliInBackground(const QStringList &arguments)
{
    return startCli(QStringList{QStringLiteral("--data-dir"), dataDir()} + arguments);
}

QStringList Station::importCases(int count)
{
    const QList<QByteArray> examples = exampleLines();
    if (examples.isEmpty()) {
        m_error = QStringLiteral("the example cases cannot be read");
        return {};
    }
    const QString path = m_dir.filePath(QStringLiteral("import-%1.jsonl").arg(++m_imports));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        m_error = QStringLiteral("cannot write %1").arg(path);
        return {};
    }
    for (int i = 0; i < count; ++i)
        file.write(examples.at(i % examples.size()) + '\n');
    file.close();

    const CliRun run = cli({QStringLiteral("case"), QStringLiteral("import"), path,
                            QStringLiteral("--window"), Window});
    // "FILE:LINE: RECEIPT" for every imported line (docs/case-import.md).
    static const QRegularExpression imported(QStringLiteral(":(\\d+): (\\S+)$"));
    QStringList receipts;
    for (const QString &line : run.out.split(u'\n')) {
        if (!line.startsWith(path))
            continue;
        const QRegularExpressionMatch m = imported.match(line);
        if (m.hasMatch())
            receipts.append(m.captured(2));
    }
    if (run.exitCode != 0 || receipts.size() != count) {
        m_error = QStringLiteral("case import of %1 cases gave %2 receipts: %3")
                      .arg(count)
                      .arg(receipts.size())
                      .arg(QString::fromUtf8(describe(run)).left(4000));
        return {};
    }
    return receipts;
}

QList<OutboxRow> Station::outbox()
{
    QList<OutboxRow> rows;
    core::StorageError error;
    core::Database::Options options;
    options.applyMigrations = false; // look only; the CLI of this build owns the schema
    const auto db = core::WorkstationDatabase::open(
        QDir(dataDir()).filePath(QStringLiteral("workstation.sqlite")), &error, options);
    if (!db) {
        m_error = QStringLiteral("cannot open the workstation database: ") + error.message;
        return rows;
    }
    QSqlQuery q(db->connection());
    if (!q.exec(QStringLiteral(
            "SELECT o.seq, coalesce(c.receipt_number, ''), coalesce(o.case_id, ''), o.state,"
            " o.attempts, o.last_error, coalesce(o.next_attempt_at, '')"
            " FROM outbox o LEFT JOIN case_record c ON c.id = o.case_id"
            " WHERE o.kind = 'case.submitted' ORDER BY o.seq"))) {
        m_error = QStringLiteral("cannot read the outbox");
        return rows;
    }
    while (q.next())
        rows.append({q.value(0).toLongLong(), q.value(1).toString(),
                     canonicalId(q.value(2).toString()), q.value(3).toString(), q.value(4).toInt(),
                     q.value(5).toString(), q.value(6).toString()});
    return rows;
}

QHash<QString, int> Station::outboxStates()
{
    QHash<QString, int> states;
    for (const OutboxRow &row : outbox())
        ++states[row.state];
    return states;
}

QJsonObject Station::syncStatus()
{
    const CliRun run =
        cli({QStringLiteral("sync"), QStringLiteral("status"), QStringLiteral("--json")});
    const QJsonObject status = QJsonDocument::fromJson(run.out.toUtf8()).object();
    if (run.exitCode != 0 || status.isEmpty())
        m_error = QStringLiteral("sync status --json failed: ") + QString::fromUtf8(describe(run));
    return status;
}

int Station::hubCaseCount()
{
    QList<HubCase> cases;
    if (!m_hub.cases(m_stationId, &cases)) {
        m_error = m_hub.error();
        return -1;
    }
    return int(cases.size());
}

QString Station::exactlyOnceFailure()
{
    // What the workstation accepted, as an administrator lists it.
    const CliRun list =
        cli({QStringLiteral("case"), QStringLiteral("list"), QStringLiteral("--json"),
             QStringLiteral("--limit"), QStringLiteral("100000")});
    if (list.exitCode != 0)
        return QStringLiteral("case list failed: ") + QString::fromUtf8(describe(list));
    QStringList accepted;
    for (const QJsonValue &v : QJsonDocument::fromJson(list.out.toUtf8()).array())
        accepted.append(v.toObject().value(QStringLiteral("receipt")).toString());
    if (accepted.isEmpty())
        return QStringLiteral("the workstation lists no cases at all");
    if (QSet<QString>(accepted.cbegin(), accepted.cend()).size() != accepted.size())
        return QStringLiteral("the workstation lists a receipt number twice");

    // Its outbox: one envelope per case, every one confirmed.
    const QList<OutboxRow> rows = outbox();
    if (rows.isEmpty())
        return QStringLiteral("no outbox rows: ") + m_error;
    QHash<QString, QString> caseIdOf; // receipt → case id
    QStringList notConfirmed;
    for (const OutboxRow &row : rows) {
        if (caseIdOf.contains(row.receipt))
            return QStringLiteral("two outbox envelopes for case %1").arg(row.receipt);
        caseIdOf.insert(row.receipt, row.caseId);
        if (row.state != QLatin1String("confirmed"))
            notConfirmed.append(QStringLiteral("%1 %2 (attempts %3, %4)")
                                    .arg(row.receipt, row.state)
                                    .arg(row.attempts)
                                    .arg(row.lastError));
    }
    if (!notConfirmed.isEmpty())
        return QStringLiteral("outbox rows not confirmed: ") + listed(notConfirmed);

    // The hub: each of them exactly once, under the same case id, and nothing else.
    QList<HubCase> onHub;
    if (!m_hub.cases(m_stationId, &onHub))
        return m_hub.error();
    QMap<QString, QStringList> hubIds; // receipt → case ids on the hub
    for (const HubCase &c : std::as_const(onHub))
        hubIds[c.receipt].append(c.id);
    QStringList missing, twice, wrongId;
    for (const QString &receipt : std::as_const(accepted)) {
        const QStringList ids = hubIds.take(receipt);
        if (ids.isEmpty())
            missing.append(receipt);
        else if (ids.size() > 1)
            twice.append(QStringLiteral("%1 ×%2").arg(receipt).arg(ids.size()));
        else if (ids.first() != caseIdOf.value(receipt))
            wrongId.append(QStringLiteral("%1: hub %2, workstation %3")
                               .arg(receipt, ids.first(), caseIdOf.value(receipt)));
    }
    QStringList problems;
    if (!missing.isEmpty())
        problems.append(QStringLiteral("missing on the hub: ") + listed(missing));
    if (!twice.isEmpty())
        problems.append(QStringLiteral("on the hub more than once: ") + listed(twice));
    if (!wrongId.isEmpty())
        problems.append(QStringLiteral("other case id on the hub: ") + listed(wrongId));
    if (!hubIds.isEmpty())
        problems.append(QStringLiteral("on the hub but not at the workstation: ")
                        + listed(hubIds.keys()));
    if (rows.size() != accepted.size())
        problems.append(QStringLiteral("%1 cases but %2 outbox envelopes")
                            .arg(accepted.size())
                            .arg(rows.size()));

    // What the clerk's status shows.
    const QJsonObject status = syncStatus();
    if (status.isEmpty())
        problems.append(m_error);
    else if (status.value(QStringLiteral("queued")).toInt() != 0
             || status.value(QStringLiteral("failed")).toInt() != 0
             || status.value(QStringLiteral("rejected")).toInt() != 0
             || status.value(QStringLiteral("confirmed")).toInt() != accepted.size())
        problems.append(QStringLiteral("sync status says ")
                        + QString::fromUtf8(QJsonDocument(status).toJson(QJsonDocument::Compact)));
    return problems.join(u'\n');
}

QString Station::confirmedButMissingFailure()
{
    QList<HubCase> onHub;
    if (!m_hub.cases(m_stationId, &onHub))
        return m_hub.error();
    QSet<QString> ids;
    for (const HubCase &c : std::as_const(onHub))
        ids.insert(c.id);
    QStringList wrong;
    for (const OutboxRow &row : outbox()) {
        if (row.state == QLatin1String("confirmed") && !ids.contains(row.caseId))
            wrong.append(row.receipt);
    }
    return wrong.isEmpty()
               ? QString()
               : QStringLiteral("confirmed at the workstation, not on the hub: ") + listed(wrong);
}

} // namespace ow::test::syncfaults
