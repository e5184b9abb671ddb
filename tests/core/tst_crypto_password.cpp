// PasswordHasher: scrypt encodings verify, wrong passwords and tampered or malformed encodings
// fail without crashing, RFC 7914's vector, rehash decisions, and the cost of the defaults.
#include "core/crypto/PasswordHasher.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QTest>

using namespace ow::core;
using Parameters = PasswordHasher::Parameters;

Q_DECLARE_METATYPE(ow::core::PasswordHasher::Parameters)

namespace {

Parameters cheap()
{
    Parameters p;
    p.logN = 4;
    p.r = 8;
    p.p = 1;
    return p;
}

QByteArray utf8(const char *text)
{
    return QString::fromUtf8(text).normalized(QString::NormalizationForm_C).toUtf8();
}

} // namespace

class TestCryptoPassword : public QObject
{
    Q_OBJECT

private slots:
    void verifies_data()
    {
        QTest::addColumn<QByteArray>("password");
        QTest::newRow("ascii") << QByteArray("correct horse battery staple");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("chinese") << utf8("窗口一号密码");
        QTest::newRow("non-BMP") << utf8("𠮷𠮷𠮷");
        QTest::newRow("NUL inside") << QByteArray("a\0b", 3);
        QTest::newRow("long") << QByteArray(10000, 'p');
    }

    void verifies()
    {
        QFETCH(QByteArray, password);
        PasswordHasher hasher(cheap());
        const QByteArray encoded = hasher.hash(password);
        QVERIFY2(!encoded.isEmpty(), qPrintable(hasher.errorString()));
        static const QRegularExpression shape(
            QStringLiteral("^\\$scrypt\\$ln=4,r=8,p=1\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}$"));
        QVERIFY2(shape.match(QString::fromLatin1(encoded)).hasMatch(), encoded.constData());

        QVERIFY2(hasher.verify(password, encoded), qPrintable(hasher.errorString()));
        QVERIFY(hasher.errorString().isEmpty());
        QVERIFY(!hasher.verify(password + 'x', encoded));
        QCOMPARE(hasher.errorString(), QStringLiteral("the password does not match"));
        if (!password.isEmpty()) {
            QVERIFY(!hasher.verify(password.chopped(1), encoded));
            QVERIFY(!hasher.verify(QByteArray(), encoded));
        }
        // Any hasher verifies: the parameters travel in the encoding.
        PasswordHasher other;
        QVERIFY(other.verify(password, encoded));
    }

    void saltsDiffer()
    {
        PasswordHasher hasher(cheap());
        const QByteArray a = hasher.hash("same");
        const QByteArray b = hasher.hash("same");
        QVERIFY(a != b);
        QVERIFY(hasher.verify("same", a));
        QVERIFY(hasher.verify("same", b));
    }

    void wrongPasswordFails()
    {
        PasswordHasher hasher(cheap());
        const QByteArray encoded = hasher.hash("Secret-1");
        for (const QByteArray &wrong :
             {QByteArray("secret-1"), QByteArray("Secret-2"), QByteArray("Secret-1 "),
              QByteArray(" Secret-1"), QByteArray("Secret-")}) {
            QVERIFY(!hasher.verify(wrong, encoded));
        }
        // Unicode normalization is the caller's job; different forms are different bytes.
        const QByteArray composed = QString::fromUtf8("é").toUtf8();
        const QByteArray decomposed = QString::fromUtf8("e\u0301").toUtf8();
        QVERIFY(!hasher.verify(decomposed, hasher.hash(composed)));
    }

    // RFC 7914 section 12, third vector, expressed as an encoding.
    void rfc7914Vector()
    {
        const QByteArray salt = "SodiumChloride";
        const QByteArray hash =
            QByteArray::fromHex("7023bdcb3afd7348461c06cd81fd38ebfda8fbba904f8e3ea9b543f6545da1f2"
                                "d5432955613f0fcf62d49705242a9af9e61e85dc0d651e40dfcf017b45575887");
        const QByteArray encoded = "$scrypt$ln=14,r=8,p=1$"
                                   + salt.toBase64(QByteArray::OmitTrailingEquals) + '$'
                                   + hash.toBase64(QByteArray::OmitTrailingEquals);
        PasswordHasher hasher;
        QVERIFY2(hasher.verify("pleaseletmein", encoded), qPrintable(hasher.errorString()));
        QVERIFY(!hasher.verify("pleaseletmeio", encoded));
    }

    void tamperedEncodingFails_data()
    {
        QTest::addColumn<int>("index");
        PasswordHasher hasher(cheap());
        const QByteArray encoded = hasher.hash("pw");
        for (int i = 0; i < encoded.size(); ++i)
            QTest::addRow("byte %d '%c'", i, encoded[i]) << i;
    }

    void tamperedEncodingFails()
    {
        QFETCH(int, index);
        PasswordHasher hasher(cheap());
        const QByteArray encoded = hasher.hash("pw");
        QVERIFY(hasher.verify("pw", encoded));
        static const char replacements[] = {'A', 'B', 'a', '0', '1', '9',  '+',
                                            '/', '$', ',', '=', '-', '\0', '\xff'};
        for (const char replacement : replacements) {
            if (encoded[index] == replacement)
                continue;
            QByteArray tampered = encoded;
            tampered[index] = replacement;
            QVERIFY2(!hasher.verify("pw", tampered), tampered.constData());
            QVERIFY(!hasher.errorString().isEmpty());
        }
    }

    void malformedFails_data()
    {
        QTest::addColumn<QByteArray>("encoded");
        PasswordHasher hasher(cheap());
        const QByteArray good = hasher.hash("pw");
        const QList<QByteArray> parts = good.split('$'); // "", scrypt, params, salt, hash
        const QByteArray salt = parts[3], hash = parts[4];
        auto with = [&](const QByteArray &params) {
            return "$scrypt$" + params + '$' + salt + '$' + hash;
        };
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("prefix only") << QByteArray("$scrypt$");
        QTest::newRow("other algorithm") << QByteArray(good).replace("scrypt", "bcrypt");
        QTest::newRow("upper case id") << QByteArray(good).replace("scrypt", "SCRYPT");
        QTest::newRow("no fields") << QByteArray("$scrypt$$$");
        QTest::newRow("missing hash") << "$scrypt$ln=4,r=8,p=1$" + salt;
        QTest::newRow("empty hash") << "$scrypt$ln=4,r=8,p=1$" + salt + '$';
        QTest::newRow("extra field") << good + "$AAAA";
        QTest::newRow("trailing newline") << good + '\n';
        QTest::newRow("leading space") << ' ' + good;
        QTest::newRow("padded base64") << good + '=';
        QTest::newRow("url-safe base64") << "$scrypt$ln=4,r=8,p=1$-" + salt.mid(1) + '$' + hash;
        QTest::newRow("params reordered") << with("r=8,ln=4,p=1");
        QTest::newRow("params missing") << with("ln=4,r=8");
        QTest::newRow("params extra") << with("ln=4,r=8,p=1,x=1");
        QTest::newRow("params spaces") << with("ln=4, r=8, p=1");
        QTest::newRow("leading zero") << with("ln=04,r=8,p=1");
        QTest::newRow("sign") << with("ln=+4,r=8,p=1");
        QTest::newRow("negative") << with("ln=-4,r=8,p=1");
        QTest::newRow("zero ln") << with("ln=0,r=8,p=1");
        QTest::newRow("zero r") << with("ln=4,r=0,p=1");
        QTest::newRow("zero p") << with("ln=4,r=8,p=0");
        QTest::newRow("huge ln") << with("ln=62,r=8,p=1");
        QTest::newRow("overflowing ln") << with("ln=99999999999999999999,r=8,p=1");
        QTest::newRow("memory bomb") << with("ln=20,r=32,p=1");
        QTest::newRow("time bomb") << with("ln=4,r=8,p=1000000");
        QTest::newRow("hex ln") << with("ln=0x4,r=8,p=1");
        QTest::newRow("empty value") << with("ln=,r=8,p=1");
        QTest::newRow("no value") << with("ln,r=8,p=1");
        QTest::newRow("salt too short") << "$scrypt$ln=4,r=8,p=1$AAAAAA$" + hash;
        QTest::newRow("hash too short") << "$scrypt$ln=4,r=8,p=1$" + salt + "$AAAAAAAAAAA";
        QTest::newRow("hash too long")
            << "$scrypt$ln=4,r=8,p=1$" + salt + '$' + QByteArray(100, 'A');
        QTest::newRow("non-canonical base64")
            << "$scrypt$ln=4,r=8,p=1$" + salt + '$' + hash.chopped(1) + 'B';
        QTest::newRow("NUL") << QByteArray(good).insert(10, '\0');
        QTest::newRow("non-ASCII") << QString::fromUtf8("$scrypt$ln=4,r=8,p=1$𠮷$𠮷").toUtf8();
        QTest::newRow("binary") << QByteArray(300, '\xff');
        QTest::newRow("dollars") << QByteArray(1000, '$');
    }

    void malformedFails()
    {
        QFETCH(QByteArray, encoded);
        PasswordHasher hasher(cheap());
        QElapsedTimer timer;
        timer.start();
        QVERIFY(!hasher.verify("pw", encoded));
        QVERIFY(hasher.errorString().startsWith("cannot verify the password"));
        QVERIFY(hasher.needsRehash(encoded));
        QVERIFY2(timer.elapsed() < 2000, "a malformed encoding must be refused before any work");
    }

    void needsRehash()
    {
        const QByteArray weak = PasswordHasher(cheap()).hash("pw");
        PasswordHasher strong; // recommended parameters
        QVERIFY(strong.needsRehash(weak));
        QVERIFY(!PasswordHasher(cheap()).needsRehash(weak));

        Parameters moreP = cheap();
        moreP.p = 2;
        QVERIFY(PasswordHasher(moreP).needsRehash(weak));
        Parameters longerHash = cheap();
        longerHash.hashSize = 48;
        QVERIFY(PasswordHasher(longerHash).needsRehash(weak));
        QVERIFY(!PasswordHasher(cheap()).needsRehash(PasswordHasher(longerHash).hash("pw")));
    }

    void invalidParametersRefused_data()
    {
        QTest::addColumn<Parameters>("parameters");
        Parameters p = cheap();
        p.logN = 0;
        QTest::newRow("logN 0") << p;
        p = cheap();
        p.logN = 21;
        QTest::newRow("logN 21") << p;
        p = cheap();
        p.r = 0;
        QTest::newRow("r 0") << p;
        p = cheap();
        p.p = 17;
        QTest::newRow("p 17") << p;
        p = cheap();
        p.saltSize = 7;
        QTest::newRow("salt 7") << p;
        p = cheap();
        p.hashSize = 15;
        QTest::newRow("hash 15") << p;
        p = cheap();
        p.hashSize = 65;
        QTest::newRow("hash 65") << p;
        p = cheap();
        p.logN = 20;
        p.r = 8;
        QTest::newRow("1 GiB") << p;
        p = cheap();
        p.logN = -1;
        QTest::newRow("negative") << p;
    }

    void invalidParametersRefused()
    {
        QFETCH(Parameters, parameters);
        QVERIFY(!parameters.isValid());
        PasswordHasher hasher(parameters);
        QVERIFY(hasher.hash("pw").isEmpty());
        QVERIFY(!hasher.errorString().isEmpty());
    }

    // The defaults cost roughly 50–150 ms on the reference workstation (scrypt runs inside the
    // uninstrumented libcrypto, so sanitizers hardly change it). Reported, loosely bounded.
    void recommendedCost()
    {
        const Parameters recommended = Parameters::recommended();
        QVERIFY(recommended.isValid());
        QCOMPARE(recommended.memoryBytes() / (1024 * 1024), quint64(16));
        PasswordHasher hasher;
        QElapsedTimer timer;
        timer.start();
        const QByteArray encoded = hasher.hash("clerk password");
        const qint64 hashMs = timer.restart();
        QVERIFY(!encoded.isEmpty());
        QVERIFY(encoded.startsWith("$scrypt$ln=14,r=8,p=1$"));
        QVERIFY(hasher.verify("clerk password", encoded));
        const qint64 verifyMs = timer.elapsed();
        qInfo("scrypt ln=%d r=%d p=%d: hash %lld ms, verify %lld ms", recommended.logN,
              recommended.r, recommended.p, hashMs, verifyMs);
        QVERIFY(hashMs < 3000);
        QVERIFY(!hasher.needsRehash(encoded));
    }
};

QTEST_GUILESS_MAIN(TestCryptoPassword)
#include "tst_crypto_password.moc"
