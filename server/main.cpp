// onewindow-hub — OneWindow's reference provincial back end (docs/api/protocol.md).
#include "HubServer.h"
#include "HubSetup.h"

#include "core/BuildInfo.h"
#include "core/Clock.h"
#include "core/Language.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>
#include <QSettings>
#include <QTextStream>

#include <csignal>

namespace {

class HubMain
{
    Q_DECLARE_TR_FUNCTIONS(HubMain)

public:
    static QString usage()
    {
        return tr("Usage: onewindow-hub <command> [options]\n\n"
                  "Commands:\n"
                  "  serve    serve the API (--storage, --listen, --port-file, --tls-cert, "
                  "--tls-key, --allow-plain-http, --registries, --config)\n"
                  "  init     create or upgrade the database (--storage, --demo, --catalog)\n"
                  "  account  add or replace an account: account USER --role R "
                  "[--department D] [--name N]; password on stdin\n"
                  "  catalog  publish a catalog file: catalog FILE\n"
                  "  routes   list the API routes\n"
                  "  version  print the version\n\n"
                  "Options may also come from the environment (OW_HUB_STORAGE, OW_HUB_LISTEN, "
                  "OW_HUB_REGISTRIES) or an INI file given with --config ([hub] storage=, "
                  "listen=, tls-cert=, tls-key=, registries=). Flags win over the environment, "
                  "the environment over the file.\n");
    }
};

// Flag, else environment, else config file, else the default.
QString setting(const QCommandLineParser &args, const QSettings *config, const QString &name,
                const char *env, const QString &fallback = {})
{
    if (args.isSet(name))
        return args.value(name);
    if (env && qEnvironmentVariableIsSet(env))
        return qEnvironmentVariable(env);
    if (config && config->contains(QStringLiteral("hub/") + name))
        return config->value(QStringLiteral("hub/") + name).toString();
    return fallback;
}

void stopOnSignal(int)
{
    QCoreApplication::quit();
}

int serve(const QCommandLineParser &args, QTextStream &err)
{
    std::unique_ptr<QSettings> config;
    if (args.isSet(QStringLiteral("config"))) {
        if (!QFile::exists(args.value(QStringLiteral("config")))) {
            err << HubMain::tr("No config file %1.").arg(args.value(QStringLiteral("config")))
                << '\n';
            return 2;
        }
        config = std::make_unique<QSettings>(args.value(QStringLiteral("config")),
                                             QSettings::IniFormat);
    }
    ow::hub::HubServer::Options options;
    options.storage = setting(args, config.get(), QStringLiteral("storage"), "OW_HUB_STORAGE");
    const QString listen = setting(args, config.get(), QStringLiteral("listen"), "OW_HUB_LISTEN",
                                   QStringLiteral("127.0.0.1:8470"));
    options.tlsCertificate = setting(args, config.get(), QStringLiteral("tls-cert"), nullptr);
    options.tlsKey = setting(args, config.get(), QStringLiteral("tls-key"), nullptr);
    options.registriesDir = setting(args, config.get(), QStringLiteral("registries"),
                                    "OW_HUB_REGISTRIES");
    options.allowPlainHttp = args.isSet(QStringLiteral("allow-plain-http"));
    const qsizetype colon = listen.lastIndexOf(QLatin1Char(':'));
    bool portOk = false;
    const uint port = listen.mid(colon + 1).toUInt(&portOk);
    options.address = QHostAddress(listen.left(colon).remove(QLatin1Char('[')).remove(QLatin1Char(']')));
    if (options.storage.isEmpty() || colon <= 0 || !portOk || port > 65535
        || options.address.isNull()) {
        err << HubMain::tr("serve needs --storage and --listen HOST:PORT (e.g. 127.0.0.1:8470).")
            << '\n';
        return 2;
    }
    options.port = quint16(port);
    QString error;
    std::unique_ptr<ow::hub::HubServer> hub =
        ow::hub::HubServer::start(options, ow::core::Clock::system(), &error);
    if (!hub) {
        err << "onewindow-hub: " << error << '\n';
        return 1;
    }
    if (args.isSet(QStringLiteral("port-file"))) {
        QSaveFile file(args.value(QStringLiteral("port-file")));
        if (!file.open(QIODevice::WriteOnly) || file.write(QByteArray::number(hub->port()) + '\n') < 0
            || !file.commit()) {
            err << HubMain::tr("Cannot write the port file: %1").arg(file.errorString()) << '\n';
            return 1;
        }
    }
    std::signal(SIGTERM, stopOnSignal);
    std::signal(SIGINT, stopOnSignal);
    err << QStringLiteral("onewindow-hub: listening on %1://%2:%3")
               .arg(hub->tls() ? QStringLiteral("https") : QStringLiteral("http"),
                    options.address.toString())
               .arg(hub->port())
        << Qt::endl;
    return QCoreApplication::exec();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("onewindow-hub"));
    QCoreApplication::setApplicationVersion(ow::core::applicationVersion());
    ow::core::installTranslations(
        app, ow::core::chooseLanguage(QLocale::system(), qEnvironmentVariable("OW_LANG")));

    QTextStream out(stdout);
    QTextStream err(stderr);
    out.setEncoding(QStringConverter::Utf8);
    err.setEncoding(QStringConverter::Utf8);

    QCommandLineParser args;
    args.addPositionalArgument(QStringLiteral("command"), QString());
    for (const char *name : {"storage", "listen", "port-file", "tls-cert", "tls-key", "registries",
                             "config", "catalog", "role", "department", "name"})
        args.addOption({QString::fromLatin1(name), QString(), QStringLiteral("value")});
    args.addOption({QStringLiteral("demo"), QString()});
    args.addOption({QStringLiteral("allow-plain-http"), QString()});
    args.addOption({QStringLiteral("help"), QString()});
    if (!args.parse(app.arguments())) {
        err << args.errorText() << '\n' << HubMain::usage();
        return 2;
    }
    const QStringList positional = args.positionalArguments();
    const QString command = positional.value(0);
    const ow::core::Clock &clock = ow::core::Clock::system();
    const QString storage = setting(args, nullptr, QStringLiteral("storage"), "OW_HUB_STORAGE");
    QString error;
    QString report;

    if (command.isEmpty() || args.isSet(QStringLiteral("help"))) {
        out << HubMain::usage();
        return command.isEmpty() && !args.isSet(QStringLiteral("help")) ? 2 : 0;
    }
    if (command == QLatin1String("version")) {
        out << "onewindow-hub " << ow::core::applicationVersion() << '\n';
        return 0;
    }
    if (command == QLatin1String("serve"))
        return serve(args, err);
    if (command == QLatin1String("routes")) {
        ow::hub::HubServer::Options options;
        options.storage = QStringLiteral("sqlite::memory:");
        options.listen = false;
        const auto hub = ow::hub::HubServer::start(options, clock, &error);
        if (!hub) {
            err << error << '\n';
            return 1;
        }
        for (const ow::hub::RouteInfo &r : hub->routes())
            out << r.method << ' ' << r.path << '\n';
        return 0;
    }
    if (storage.isEmpty()) {
        err << HubMain::tr("Give --storage (or OW_HUB_STORAGE).") << '\n';
        return 2;
    }
    bool ok = false;
    if (command == QLatin1String("init")) {
        ok = ow::hub::HubSetup::init(storage, args.isSet(QStringLiteral("demo")),
                                     args.value(QStringLiteral("catalog")), clock, &report, &error);
    } else if (command == QLatin1String("account") && positional.size() == 2) {
        QTextStream in(stdin);
        const QString password = in.readLine();
        ok = ow::hub::HubSetup::addAccount(storage, positional.at(1),
                                           args.value(QStringLiteral("role")),
                                           args.value(QStringLiteral("department")),
                                           args.value(QStringLiteral("name")), password, clock,
                                           &error);
        report = HubMain::tr("Account %1 saved.").arg(positional.at(1));
    } else if (command == QLatin1String("catalog") && positional.size() == 2) {
        ok = ow::hub::HubSetup::importCatalog(storage, positional.at(1), clock, &report, &error);
    } else {
        err << HubMain::usage();
        return 2;
    }
    if (!ok) {
        err << "onewindow-hub: " << error << '\n';
        return 1;
    }
    out << report << '\n';
    return 0;
}
