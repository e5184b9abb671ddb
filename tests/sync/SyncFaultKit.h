#pragma once

#include "support/CliRunner.h"
#include "support/FaultProxy.h"
#include "support/HubProcess.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

// Building blocks of the sync fault tests: a hub (a real onewindow-hub process) with a
// fault-injecting proxy in front of it, workstations driven through the real onewindow-cli,
// and the check every test ends with — every case accepted at the workstation is on the hub
// exactly once and the outbox shows it confirmed.
namespace ow::test::syncfaults {

// "exit 1\nstdout: …\nstderr: …" for failure messages.
QByteArray describe(const CliRun &run);

// Runs onewindow-cli to its end while this thread's event loop keeps running, so a FaultProxy
// (event-driven, in the test process) goes on serving the CLI meanwhile. `environment` empty:
// the test's own.
CliRun runCliLive(const QStringList &arguments, const QProcessEnvironment &environment = {},
                  int timeoutMs = 300000);

// Starts onewindow-cli in the background, to be killed by the test; it gets SIGKILL if the
// test process dies. Null when it does not start.
std::unique_ptr<QProcess> startCli(const QStringList &arguments);

// Waits, with the event loop running, until `process` has ended; false after `timeoutMs`.
bool waitForExit(QProcess &process, int timeoutMs = 120000);

// One outbox row of the workstation, with its case's receipt number.
struct OutboxRow
{
    qint64 seq = 0;
    QString receipt;
    QString caseId; // canonical lower-case UUID
    QString state;  // queued, sending, confirmed, rejected, failed
    int attempts = 0;
    QString lastError;
    QString nextAttemptAt;
};

// A hub case as GET /cases lists it, reduced to what the checks compare.
struct HubCase
{
    QString id; // canonical lower-case UUID
    QString receipt;
};

// One hub (on SQLite in its own directory, or on a given PostgreSQL database) and a
// fault-injecting proxy in front of it, shared by the tests of one storage; each test has its
// own workstation (Station) with its own station id.
class HubRig
{
public:
    HubRig() = default;
    ~HubRig();
    HubRig(const HubRig &) = delete;
    HubRig &operator=(const HubRig &) = delete;

    // `init --demo` and `serve` a hub on `storage` (empty: SQLite in this rig's directory),
    // then a pass-through proxy in front of it. False with error().
    bool setUp(const QString &storage = {});
    // Starts the hub again when a test left it stopped; the proxy back to passing everything.
    bool reset();
    QString error() const { return m_error; }

    HubProcess &hub() { return *m_hub; }
    FaultProxy &proxy() { return *m_proxy; }

    // Every case the hub holds from `stationId` (GET /cases as admin, all pages, directly at
    // the hub, never through the proxy); false with error() set when the hub does not answer.
    bool cases(const QString &stationId, QList<HubCase> *cases);

private:
    QString adminToken();

    QTemporaryDir m_dir;
    std::unique_ptr<HubProcess> m_hub;
    std::unique_ptr<FaultProxy> m_proxy;
    QString m_admin;
    QString m_error;
};

// One workstation data directory (a copy of a template holding the catalog), driven through
// the real onewindow-cli, enrolled at a HubRig's hub as its own station.
class Station
{
public:
    // `templateDir`: a workstation data directory with the catalog, copied for this station.
    // `stationId`: the station it is enrolled as (its receipt prefix).
    Station(HubRig &hub, QString templateDir, QString stationId);

    // Copies the template and enrols at `hubUrl` (the hub itself or the proxy) as window W01.
    bool setUp(const QUrl &hubUrl);
    QString error() const { return m_error; }
    QString stationId() const { return m_stationId; }
    QString dataDir() const;

    // onewindow-cli --data-dir <this workstation> <arguments>, with the event loop running.
    CliRun cli(const QStringList &arguments, const QProcessEnvironment &environment = {});
    // The same, started in the background.
    std::unique_ptr<QProcess> startCliInBackground(const QStringList &arguments);

    // `case import` of `count` cases (the demo example lines, round and round); their receipt
    // numbers in file order, or empty with error() set.
    QStringList importCases(int count);

    // The outbox rows (case envelopes), oldest first, read from the workstation's database.
    QList<OutboxRow> outbox();
    // Rows per state: {"queued": n, "failed": m, …}.
    QHash<QString, int> outboxStates();
    // `sync status --json`; empty with error() set when it fails.
    QJsonObject syncStatus();
    // How many cases the hub holds from this station; -1 when it does not answer.
    int hubCaseCount();

    // Empty when every case of `case list` is on the hub exactly once (same receipt, same case
    // id), the hub has nothing else from this station, and the outbox shows every envelope
    // confirmed (`sync status --json` and the rows); else what differs.
    QString exactlyOnceFailure();
    // Empty when every row the workstation marked confirmed is really on the hub; else which
    // are not (a confirmation the hub never gave).
    QString confirmedButMissingFailure();

private:
    HubRig &m_hub;
    QString m_templateDir;
    QString m_stationId;
    QTemporaryDir m_dir;
    QString m_error;
    int m_imports = 0;
};

} // namespace ow::test::syncfaults
