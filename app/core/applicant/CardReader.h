#pragma once

#include "../validation/ResidentId.h"

#include <QDate>
#include <QObject>
#include <QString>

namespace ow::core {

// What a second-generation resident ID card (二代身份证) reader returns.
struct IdCardData
{
    QString name;
    Sex sex = Sex::Unknown;
    QString nation;
    QDate birthDate;
    QString address;
    QString idNumber; // normalized
    QString issuer;   // 签发机关
    QDate validFrom;
    QDate validUntil; // invalid: long-term (长期)
};

// A card reader at the counter. Reading takes a moment on real hardware, so it is asynchronous:
// requestRead() returns at once and exactly one of cardRead / readFailed follows.
class CardReader : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    virtual void requestRead() = 0;
    virtual QString description() const = 0; // translated, for the status line

signals:
    void cardRead(const ow::core::IdCardData &card);
    void readFailed(const QString &reason); // translated
};

// A reader that "reads" the card lying in a JSON file (the card's fields as the reader SDK
// reports them, see docs/card-reader.md), so the whole flow runs without hardware — in
// demos, training and tests. The file is read on each request; a missing, malformed or invalid
// card gives a clear reason.
class SimulatedCardReader final : public CardReader
{
    Q_OBJECT

public:
    SimulatedCardReader(QString path, QDate today, QObject *parent = nullptr);
    void requestRead() override;
    QString description() const override;

    // Parses a card file's contents; on failure returns false with a translated `reason`.
    static bool parse(const QByteArray &json, QDate today, IdCardData *card, QString *reason);

private:
    QString m_path;
    QDate m_today;
};

} // namespace ow::core
