// Validation throughput: how many identifiers a workstation (or the hub's intake) checks per
// second. Inputs are generated so that a quarter are invalid, as typed input would be.
#include "core/validation/CreditCode.h"
#include "core/validation/DivisionCode.h"
#include "core/validation/ResidentId.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTextStream>

#include <cstdio>

using namespace ow::core;

namespace {

QStringList residentIds(int count)
{
    QRandomGenerator rng(11643);
    QStringList ids;
    ids.reserve(count);
    for (int i = 0; i < count; ++i) {
        const QDate birth = QDate(1930, 1, 1).addDays(rng.bounded(30000));
        QString body = QStringLiteral("%1%2%3")
                           .arg(110101 + int(rng.bounded(500000)), 6, 10, QLatin1Char('0'))
                           .arg(birth.toString(QStringLiteral("yyyyMMdd")))
                           .arg(int(rng.bounded(1000)), 3, 10, QLatin1Char('0'));
        QChar check = ResidentIdValidator::checkCharacter(body);
        if (i % 4 == 3) // a typo in the check character
            check = check == u'0' ? QLatin1Char('1') : QLatin1Char('0');
        ids << body + check;
    }
    return ids;
}

QStringList creditCodes(int count)
{
    QRandomGenerator rng(32100);
    const QString alphabet = QStringLiteral("0123456789ABCDEFGHJKLMNPQRTUWXY");
    QStringList codes;
    for (int i = 0; i < count; ++i) {
        QString body = QStringLiteral("91");
        for (int k = 0; k < 15; ++k)
            body.append(alphabet.at(int(rng.bounded(alphabet.size()))));
        codes << body + CreditCodeValidator::checkCharacter(body);
    }
    return codes;
}

template <typename F>
double perSecond(const QStringList &inputs, F validate, int *validCount)
{
    int valid = 0;
    QElapsedTimer timer;
    timer.start();
    for (const QString &s : inputs)
        valid += validate(s) ? 1 : 0;
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    *validCount = valid;
    return double(inputs.size()) / seconds;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const int n = 1'000'000;
    const QDate today(2026, 11, 23);

    int valid = 0;
    const QStringList ids = residentIds(n);
    perSecond(ids.mid(0, 10000), [&](const QString &s) {
        return ResidentIdValidator::validate(s, today).valid; }, &valid); // warm-up
    const double idRate = perSecond(ids, [&](const QString &s) {
        return ResidentIdValidator::validate(s, today).valid; }, &valid);
    if (valid != n - n / 4) {
        std::fprintf(stderr, "resident id generator broken: %d valid\n", valid);
        return 1;
    }
    out << "validate_resident_id: " << qRound64(idRate) << " per_second" << Qt::endl;

    const QStringList codes = creditCodes(n);
    const double ccRate = perSecond(codes, [](const QString &s) {
        return CreditCodeValidator::validate(s).valid; }, &valid);
    out << "validate_credit_code: " << qRound64(ccRate) << " per_second" << Qt::endl;

    const DivisionTable &table = DivisionTable::builtIn();
    QStringList divisions;
    for (int i = 0; i < n; ++i)
        divisions << QStringLiteral("%1").arg(110000 + (i * 37) % 720000, 6, 10, QLatin1Char('0'));
    const double divRate = perSecond(divisions, [&](const QString &s) {
        return DivisionCodeValidator::validate(s, table).valid; }, &valid);
    out << "validate_division_code: " << qRound64(divRate) << " per_second" << Qt::endl;
    return 0;
}
