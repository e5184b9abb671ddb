#include "CardReader.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

namespace ow::core {

SimulatedCardReader::SimulatedCardReader(QString path, QDate today, QObject *parent)
    : CardReader(parent), m_path(std::move(path)), m_today(today)
{}

QString SimulatedCardReader::description() const
{
    return tr("Simulated card reader (%1)").arg(m_path);
}

bool SimulatedCardReader::parse(const QByteArray &json, QDate today, IdCardData *card,
                                QString *reason)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        *reason = tr("The card data is not readable.");
        return false;
    }
    const QJsonObject o = doc.object();
    const auto text = [&](const char *key) {
        return o.value(QLatin1String(key)).toString().trimmed().left(200);
    };
    const ResidentIdResult id = ResidentIdValidator::validate(text("idNumber"), today);
    if (!id.valid) {
        *reason = tr("The card's ID number is not valid: %1").arg(id.reason);
        return false;
    }
    IdCardData c;
    c.name = text("name");
    if (c.name.isEmpty()) {
        *reason = tr("The card has no name.");
        return false;
    }
    c.idNumber = id.normalized;
    c.sex = id.sex;
    c.birthDate = id.birthDate;
    c.nation = text("nation");
    c.address = text("address");
    c.issuer = text("issuer");
    c.validFrom = QDate::fromString(text("validFrom"), Qt::ISODate);
    c.validUntil = QDate::fromString(text("validUntil"), Qt::ISODate);
    if (c.validUntil.isValid() && c.validUntil < today) {
        *reason = tr("The ID card expired on %1.").arg(c.validUntil.toString(Qt::ISODate));
        return false;
    }
    *card = c;
    return true;
}

void SimulatedCardReader::requestRead()
{
    // Asynchronous like a real reader: the answer arrives from the event loop.
    QTimer::singleShot(0, this, [this] {
        QFile file(m_path);
        if (m_path.isEmpty() || !file.open(QIODevice::ReadOnly)) {
            emit readFailed(tr("No card on the reader."));
            return;
        }
        IdCardData card;
        QString reason;
        if (parse(file.read(64 * 1024), m_today, &card, &reason))
            emit cardRead(card);
        else
            emit readFailed(reason);
    });
}

} // namespace ow::core
