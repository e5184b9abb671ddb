#include "HubServer.h"

#include "HubContext.h"
#include "auth/HubAccounts.h"
#include "auth/HubSecrets.h"
#include "auth/TokenService.h"
#include "events/LiveEvents.h"
#include "http/HubLogging.h"
#include "routes/Routes.h"
#include "storage/ChangeLog.h"
#include "storage/HubDatabase.h"
#include "verification/Registries.h"
#include "verification/VerificationService.h"

#include "core/Clock.h"
#include "core/calendar/WorkCalendar.h"

#include <QFile>
#include <QHttpServer>
#include <QSslCertificate>
#include <QSslKey>

namespace ow::hub {

QString HubContext::now() const
{
    return clock.now().toUTC().toString(Qt::ISODateWithMs);
}

void addAllRoutes(ApiRouter &router, HubContext &hub)
{
    addSystemRoutes(router, hub);
    addAuthRoutes(router, hub);
    addSyncRoutes(router, hub);
    addCaseRoutes(router, hub);
    addVerificationRoutes(router, hub);
    router.addUpgrade(QString::fromLatin1(LiveEvents::Path));
    router.finish();
}

HubServer::HubServer() = default;
HubServer::~HubServer() = default;

std::unique_ptr<HubServer> HubServer::start(const Options &options, const core::Clock &clock,
                                            QString *error)
{
    std::unique_ptr<HubServer> hub(new HubServer);
    if (!hub->setUp(options, clock, error))
        return nullptr;
    return hub;
}

QList<RouteInfo> HubServer::routes() const
{
    return m_router->routes();
}

bool HubServer::setUp(const Options &options, const core::Clock &clock, QString *error)
{
    m_db = HubDatabase::open(options.storage, error);
    if (!m_db)
        return false;
    m_secrets = HubSecrets::load(*m_db, error);
    if (!m_secrets)
        return false;
    if (!options.registriesDir.isEmpty()) {
        m_registries = std::make_unique<Registries>();
        QList<RegistryIssue> issues;
        if (!m_registries->load(options.registriesDir, clock.now().date(), &issues)) {
            QStringList lines;
            for (const RegistryIssue &issue : std::as_const(issues))
                lines.append(issue.toString());
            *error = tr("The reference registries in %1 were not loaded:\n%2")
                         .arg(options.registriesDir, lines.join(QLatin1Char('\n')));
            return false;
        }
        m_verification = std::make_unique<VerificationService>(*m_registries,
                                                               m_secrets->signingKey(), clock);
    }
    m_tokens = std::make_unique<TokenService>(m_secrets->tokenSecret(), clock);
    m_accounts = std::make_unique<HubAccounts>(*m_db, clock);
    m_changes = std::make_unique<ChangeLog>(*m_db);
    m_http = std::make_unique<QHttpServer>();
    m_events = std::make_unique<LiveEvents>(*m_http, *m_db, *m_changes, *m_tokens);
    m_context.reset(new HubContext{*m_db, *m_secrets, *m_tokens, *m_accounts, *m_changes, clock,
                                   core::WorkCalendar::builtIn(), *m_events,
                                   m_verification.get()});
    m_router = std::make_unique<ApiRouter>(*m_http, *m_tokens);
    addAllRoutes(*m_router, *m_context);
    if (!options.listen)
        return true;

    m_tls = !options.tlsCertificate.isEmpty() || !options.tlsKey.isEmpty();
    if (m_tls) {
        QFile certFile(options.tlsCertificate);
        QFile keyFile(options.tlsKey);
        if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly)) {
            *error = tr("Cannot read the TLS certificate or key (%1, %2).")
                         .arg(options.tlsCertificate, options.tlsKey);
            return false;
        }
        const QSslCertificate certificate(&certFile, QSsl::Pem);
        const QByteArray keyPem = keyFile.readAll();
        QSslKey key(keyPem, QSsl::Ec, QSsl::Pem);
        if (key.isNull())
            key = QSslKey(keyPem, QSsl::Rsa, QSsl::Pem);
        if (certificate.isNull() || key.isNull()) {
            *error = tr("The TLS certificate or key is not valid PEM.");
            return false;
        }
        m_http->sslSetup(certificate, key);
    } else if (!options.address.isLoopback() && !options.allowPlainHttp) {
        *error = tr("Refusing plain HTTP on %1: give --tls-cert and --tls-key, or "
                    "--allow-plain-http behind a TLS proxy.")
                     .arg(options.address.toString());
        return false;
    }
    m_port = m_http->listen(options.address, options.port);
    if (m_port == 0) {
        *error = tr("Cannot listen on %1:%2 (in use, or not allowed).")
                     .arg(options.address.toString())
                     .arg(options.port);
        return false;
    }
    qCInfo(lcHub) << "storage" << m_db->displayName() << "schema" << m_db->schemaVersion();
    return true;
}

} // namespace ow::hub
