#include "CaseTestKit.h"

#include "core/crypto/Sm2Key.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>

namespace ow::test::casekit {

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QJsonObject caseObject(const QString &receipt, const QList<StepSpec> &steps, const QString &outcome,
                       QDate acceptedOn)
{
    const bool accepted = outcome == QLatin1String("accepted");
    QJsonArray stepList;
    QDate deadline;
    bool allDone = true;
    if (accepted) {
        for (qsizetype i = 0; i < steps.size(); ++i) {
            const StepSpec &s = steps.at(i);
            stepList.append(
                QJsonObject{{QStringLiteral("position"), int(i) + 1},
                            {QStringLiteral("matter"), s.matter},
                            {QStringLiteral("department"), s.department},
                            {QStringLiteral("status"), s.status},
                            {QStringLiteral("workingDays"), s.workingDays},
                            {QStringLiteral("deadline"), s.deadline.toString(Qt::ISODate)}});
            deadline = std::max(deadline, s.deadline);
            allDone = allDone && s.status == QLatin1String("completed");
        }
    }
    const QString status =
        accepted ? (allDone ? QStringLiteral("completed") : QStringLiteral("in_progress"))
                 : outcome;
    return {{QStringLiteral("id"), newId()},
            {QStringLiteral("receipt"), receipt},
            {QStringLiteral("outcome"), outcome},
            {QStringLiteral("status"), status},
            {QStringLiteral("subject"), QStringLiteral("1144030069398421614000118001000")},
            {QStringLiteral("bundle"), false},
            {QStringLiteral("createdAt"),
             QDateTime(acceptedOn, QTime(9, 30), Qt::UTC).toString(Qt::ISODateWithMs)},
            {QStringLiteral("acceptedOn"), acceptedOn.toString(Qt::ISODate)},
            {QStringLiteral("deadline"),
             deadline.isValid() ? deadline.toString(Qt::ISODate) : QString()},
            {QStringLiteral("clerk"), QStringLiteral("clerk01")},
            {QStringLiteral("window"), QStringLiteral("Window 1")},
            {QStringLiteral("applicant"),
             QJsonObject{{QStringLiteral("kind"), QStringLiteral("person")},
                         {QStringLiteral("identifier"), QStringLiteral("11010519491231002X")},
                         {QStringLiteral("name"), QStringLiteral("𠮷田华")},
                         {QStringLiteral("phone"), QStringLiteral("13800000000")},
                         {QStringLiteral("address"), QString()},
                         {QStringLiteral("division"), QStringLiteral("110105")},
                         {QStringLiteral("sources"), QJsonObject()}}},
            {QStringLiteral("agent"), QJsonObject()},
            {QStringLiteral("answers"), QJsonObject{{QStringLiteral("capital"), 100}}},
            {QStringLiteral("steps"), stepList},
            {QStringLiteral("materials"),
             QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("licence")},
                                    {QStringLiteral("name"), QStringLiteral("营业执照")},
                                    {QStringLiteral("disposition"), QStringLiteral("paper")},
                                    {QStringLiteral("detail"), QString()}}}},
            {QStringLiteral("reason"), accepted ? QString() : QStringLiteral("材料不全")},
            {QStringLiteral("legalBasis"), QString()}};
}

QJsonObject envelope(const QJsonObject &caseObject, const QString &envelopeId, const QString &type)
{
    return {{QStringLiteral("id"), envelopeId},
            {QStringLiteral("type"), type},
            {QStringLiteral("payload"), QJsonObject{{QStringLiteral("case"), caseObject}}}};
}

QString enrolWorkstation(const HubProcess &hub, const QString &adminToken, const QString &stationId,
                         QString *error)
{
    core::Sm2Key key;
    if (!key.generate()) {
        *error = key.errorString();
        return {};
    }
    const JsonReply enrolled =
        hub.call("POST", QStringLiteral("/workstations"),
                 {{QStringLiteral("stationId"), stationId},
                  {QStringLiteral("window"), stationId + QStringLiteral(" window")},
                  {QStringLiteral("publicKey"), QString::fromLatin1(key.exportPublicKeyPem())}},
                 adminToken);
    if (enrolled.status != 200) {
        *error = enrolled.describe();
        return {};
    }
    const QString time = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    const QByteArray message =
        "onewindow-workstation-auth\n" + stationId.toUtf8() + '\n' + time.toUtf8();
    const JsonReply token = hub.call(
        "POST", QStringLiteral("/auth/workstation"),
        {{QStringLiteral("stationId"), stationId},
         {QStringLiteral("time"), time},
         {QStringLiteral("signature"), QString::fromLatin1(key.sign(message).toBase64())}});
    if (token.status != 200 || token.body.value(QStringLiteral("token")).toString().isEmpty()) {
        *error = token.describe();
        return {};
    }
    return token.body.value(QStringLiteral("token")).toString();
}

bool execOnHubDatabase(const QString &storage, const QString &sql, const QVariantList &values,
                       QString *error)
{
    const QString name = QStringLiteral("casekit-") + newId();
    bool ok = false;
    {
        QSqlDatabase db;
        if (storage.startsWith(QLatin1String("sqlite:"))) {
            db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(storage.mid(7));
            db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        } else {
            const QUrl url(storage);
            db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            db.setHostName(url.host());
            db.setPort(url.port(5432));
            db.setUserName(url.userName());
            db.setPassword(url.password());
            db.setDatabaseName(url.path().mid(1));
        }
        if (!db.open()) {
            *error = db.lastError().text();
        } else {
            QSqlQuery q(db);
            if (values.isEmpty()) {
                ok = q.exec(sql); // DDL, e.g. a PL/pgSQL body with its own $$ quoting
            } else {
                q.prepare(sql);
                for (const QVariant &v : values)
                    q.addBindValue(v);
                ok = q.exec();
            }
            if (!ok)
                *error = q.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

QJsonObject stepOf(const QJsonObject &caseJson, int position)
{
    for (const QJsonValue &s : caseJson.value(QStringLiteral("steps")).toArray()) {
        if (s.toObject().value(QStringLiteral("position")).toInt() == position)
            return s.toObject();
    }
    return {};
}

} // namespace ow::test::casekit
