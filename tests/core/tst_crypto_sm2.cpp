// SM2 keys and SM2-with-SM3 signatures: round trips, the signer ID really applied, the
// GM/T 0003.5-2012 example signature, hostile input, and interoperability with `openssl`.
#include "core/crypto/Sm2Key.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ow::core;

namespace {

// GM/T 0003.5-2012 appendix A.2 (recommended curve, ID "1234567812345678", message
// "message digest"): key pair and the signature (r, s) of the example, as DER.
const QByteArray KatPublicKeyHex =
    "04"
    "09f9df311e5421a150dd7d161e4bc5c672179fad1833fc076bb08ff356f35020"
    "ccea490ce26775a52dc6ea718cc1aa600aed05fbf35e084a6632f6072da9ad13";
const QByteArray KatMessage = "message digest";
const QByteArray KatSignatureDer =
    QByteArray::fromHex("3046"
                        "022100f5a03b0648d2c4630eeac513e1bb81a15944da3827d5b74143ac7eaceee720b3"
                        "022100b1b6aa29df212fd8763182bc0d421ca1bb9038fd1f7f42d4840b69c485bbc1aa");
// The example's private key d = 3945208f…4df7c5b8 as PKCS#8 PEM (built with `openssl pkey` from
// the SEC1 encoding of d).
const QByteArray KatPrivateKeyPem =
    "-----BEGIN PRIVATE KEY-----\n"
    "MIGHAgEAMBMGByqGSM49AgEGCCqBHM9VAYItBG0wawIBAQQgOUUgj3shRLE/NuOK\n"
    "xtOflYiTk2koYLUaQvuB7033xbihRANCAAQJ+d8xHlQhoVDdfRYeS8XGchefrRgz\n"
    "/AdrsI/zVvNQIMzqSQziZ3WlLcbqcYzBqmAK7QX7814ISmYy9gctqa0T\n"
    "-----END PRIVATE KEY-----\n";

// Well-formed keys of another curve (NIST P-256), which must be refused.
const QByteArray P256PrivateKeyPem =
    "-----BEGIN PRIVATE KEY-----\n"
    "MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQggDmMI/NkKLgxJL/O\n"
    "YFBVWhBWJa88hnsii2+9MJAO5W+hRANCAATbr+iLq8/Mg76dD/PnJWDkihRWrr26\n"
    "a9511UvbT/GacAz+EKlzFIXYFehRI+//xygI//F0Ss8W1F3I7QoOQl81\n"
    "-----END PRIVATE KEY-----\n";
const QByteArray P256PublicKeyPem =
    "-----BEGIN PUBLIC KEY-----\n"
    "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE26/oi6vPzIO+nQ/z5yVg5IoUVq69\n"
    "umveddVL20/xmnAM/hCpcxSF2BXoUSPv/8coCP/xdErPFtRdyO0KDkJfNQ==\n"
    "-----END PUBLIC KEY-----\n";

struct Cli
{
    QString program = QStandardPaths::findExecutable("openssl");

    bool run(const QStringList &arguments, QByteArray *output = nullptr) const
    {
        QProcess process;
        process.start(program, arguments);
        if (!process.waitForFinished(30000))
            return false;
        if (output)
            *output = process.readAllStandardOutput();
        return process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    }
};

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestCryptoSm2 : public QObject
{
    Q_OBJECT

private slots:
    void signVerifyRoundTrip_data()
    {
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("ascii") << QByteArray("receipt 2026-0001");
        QTest::newRow("utf-8") << QString::fromUtf8("收件回执 𠮷").toUtf8();
        QTest::newRow("binary") << QByteArray("\0\1\2\xff", 4);
        QTest::newRow("1 MiB") << QByteArray(1 << 20, 'x');
    }

    void signVerifyRoundTrip()
    {
        QFETCH(QByteArray, message);
        Sm2Key key;
        QVERIFY(key.isNull());
        QVERIFY2(key.generate(), qPrintable(key.errorString()));
        QVERIFY(!key.isNull());
        QVERIFY(key.hasPrivateKey());

        const QByteArray signature = key.sign(message);
        QVERIFY2(!signature.isEmpty(), qPrintable(key.errorString()));
        QVERIFY(signature.size() <= 72);
        QCOMPARE(signature.front(), '\x30'); // DER SEQUENCE
        QVERIFY2(key.verify(message, signature), qPrintable(key.errorString()));

        // Signatures are randomized; each one verifies.
        const QByteArray again = key.sign(message);
        QVERIFY(again != signature);
        QVERIFY(key.verify(message, again));

        // A public-only copy verifies too.
        Sm2Key publicOnly;
        QVERIFY(publicOnly.importPublicKeyRaw(key.publicKeyRaw()));
        QVERIFY(!publicOnly.hasPrivateKey());
        QVERIFY(publicOnly.verify(message, signature));
    }

    void tamperedMessageFails()
    {
        Sm2Key key;
        QVERIFY(key.generate());
        const QByteArray message = "amount=100.00;matter=A-17";
        const QByteArray signature = key.sign(message);
        QVERIFY(key.verify(message, signature));
        for (qsizetype i = 0; i < message.size(); ++i) {
            QByteArray tampered = message;
            tampered[i] = char(tampered[i] ^ 0x01);
            QVERIFY(!key.verify(tampered, signature));
        }
        QVERIFY(!key.verify(message + ' ', signature));
        QVERIFY(!key.verify(message.chopped(1), signature));
        QVERIFY(!key.errorString().isEmpty());
    }

    void tamperedSignatureFails()
    {
        Sm2Key key;
        QVERIFY(key.generate());
        const QByteArray message = "audit entry 42";
        const QByteArray signature = key.sign(message);
        for (qsizetype i = 0; i < signature.size(); ++i) {
            for (int bit : {0x01, 0x80}) {
                QByteArray tampered = signature;
                tampered[i] = char(tampered[i] ^ bit);
                QVERIFY(!key.verify(message, tampered));
            }
        }
    }

    void wrongKeyFails()
    {
        Sm2Key alice, bob;
        QVERIFY(alice.generate());
        QVERIFY(bob.generate());
        const QByteArray signature = alice.sign("receipt");
        QVERIFY(alice.verify("receipt", signature));
        QVERIFY(!bob.verify("receipt", signature));
    }

    void signerIdIsApplied()
    {
        Sm2Key key;
        QVERIFY(key.generate());
        const QByteArray message = "receipt";
        // OpenSSL 3's default distinguishing ID is empty; ours must not be.
        const QByteArray withEmptyId = key.sign(message, QByteArrayView());
        QVERIFY2(!withEmptyId.isEmpty(), qPrintable(key.errorString()));
        QVERIFY(key.verify(message, withEmptyId, QByteArrayView()));
        QVERIFY(!key.verify(message, withEmptyId)); // standard ID
        QVERIFY(!key.verify(message, withEmptyId, Sm2Key::defaultSignerId()));

        const QByteArray withDefault = key.sign(message);
        QVERIFY(key.verify(message, withDefault, "1234567812345678"));
        QVERIFY(!key.verify(message, withDefault, QByteArrayView()));

        const QByteArray withOther = key.sign(message, "clerk-0007@hall.example");
        QVERIFY(key.verify(message, withOther, "clerk-0007@hall.example"));
        QVERIFY(!key.verify(message, withOther));

        const QByteArray tooLong(Sm2Key::MaximumSignerIdSize + 1, 'i');
        QVERIFY(key.sign(message, tooLong).isEmpty());
        QVERIFY(!key.verify(message, withDefault, tooLong));
    }

    // GM/T 0003.5-2012 A.2: a signature made by another implementation with the standard ID.
    void knownAnswerVerifies()
    {
        Sm2Key key;
        QVERIFY2(key.importPublicKeyHex(KatPublicKeyHex), qPrintable(key.errorString()));
        QCOMPARE(key.publicKeyHex(), KatPublicKeyHex);
        QVERIFY2(key.verify(KatMessage, KatSignatureDer), qPrintable(key.errorString()));
        QVERIFY(!key.verify(KatMessage, KatSignatureDer, QByteArrayView()));
        QVERIFY(!key.verify("message digesT", KatSignatureDer));

        QVERIFY(key.importPublicKeyHex(KatPublicKeyHex.toUpper()));
        QVERIFY(key.verify(KatMessage, KatSignatureDer));
    }

    void knownPrivateKeyDerivesItsPublicKey()
    {
        Sm2Key key;
        QVERIFY2(key.importPrivateKeyPem(KatPrivateKeyPem), qPrintable(key.errorString()));
        QVERIFY(key.hasPrivateKey());
        QCOMPARE(key.publicKeyHex(), KatPublicKeyHex);
        QVERIFY(key.verify(KatMessage, KatSignatureDer));

        Sm2Key verifier;
        QVERIFY(verifier.importPublicKeyHex(KatPublicKeyHex));
        QVERIFY(verifier.verify(KatMessage, key.sign(KatMessage)));
    }

    void exportImportRoundTrip()
    {
        Sm2Key original;
        QVERIFY(original.generate());

        const QByteArray privatePem = original.exportPrivateKeyPem();
        QVERIFY2(privatePem.startsWith("-----BEGIN PRIVATE KEY-----\n"), privatePem.constData());
        const QByteArray publicPem = original.exportPublicKeyPem();
        QVERIFY2(publicPem.startsWith("-----BEGIN PUBLIC KEY-----\n"), publicPem.constData());
        const QByteArray raw = original.publicKeyRaw();
        QCOMPARE(raw.size(), Sm2Key::RawPublicKeySize);
        QCOMPARE(raw.front(), '\x04');
        QCOMPARE(original.publicKeyHex(), raw.toHex());

        Sm2Key fromPrivate;
        QVERIFY2(fromPrivate.importPrivateKeyPem(privatePem),
                 qPrintable(fromPrivate.errorString()));
        QVERIFY(fromPrivate.hasPrivateKey());
        QCOMPARE(fromPrivate.publicKeyRaw(), raw);
        QCOMPARE(fromPrivate.exportPrivateKeyPem(), privatePem);

        Sm2Key fromPublicPem;
        QVERIFY2(fromPublicPem.importPublicKeyPem(publicPem),
                 qPrintable(fromPublicPem.errorString()));
        QVERIFY(!fromPublicPem.hasPrivateKey());
        QCOMPARE(fromPublicPem.publicKeyRaw(), raw);
        QCOMPARE(fromPublicPem.exportPublicKeyPem(), publicPem);

        Sm2Key fromHex;
        QVERIFY(fromHex.importPublicKeyHex(raw.toHex()));
        QCOMPARE(fromHex.exportPublicKeyPem(), publicPem);

        const QByteArray signature = fromPrivate.sign("round trip");
        QVERIFY(original.verify("round trip", signature));
        QVERIFY(fromPublicPem.verify("round trip", signature));
        QVERIFY(fromHex.verify("round trip", signature));
    }

    void publicKeyCannotSign()
    {
        Sm2Key key;
        QVERIFY(key.importPublicKeyHex(KatPublicKeyHex));
        QVERIFY(key.sign("x").isEmpty());
        QVERIFY(!key.errorString().isEmpty());
        QVERIFY(key.exportPrivateKeyPem().isEmpty());
        QVERIFY(!key.exportPublicKeyPem().isEmpty());
    }

    void nullKeyFailsCleanly()
    {
        Sm2Key key;
        QVERIFY(key.sign("x").isEmpty());
        QVERIFY(!key.verify("x", KatSignatureDer));
        QVERIFY(key.exportPrivateKeyPem().isEmpty());
        QVERIFY(key.exportPublicKeyPem().isEmpty());
        QVERIFY(key.publicKeyRaw().isEmpty());
        QVERIFY(key.publicKeyHex().isEmpty());
        QVERIFY(!key.errorString().isEmpty());
    }

    void garbageKeysRejected_data()
    {
        QTest::addColumn<QByteArray>("input");
        const QByteArray pemBody = KatPrivateKeyPem;
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("text") << QByteArray("garbage");
        QTest::newRow("nul bytes") << QByteArray(200, '\0');
        QTest::newRow("pem header only") << QByteArray("-----BEGIN PRIVATE KEY-----\n");
        QTest::newRow("pem truncated") << pemBody.left(pemBody.size() / 2);
        QTest::newRow("pem bad base64") << QByteArray(pemBody).replace("MIGHAgEA", "!!!!!!!!");
        QTest::newRow("pem bit flipped") << QByteArray(pemBody).replace("OUUgj3sh", "OUUgj3si");
        QTest::newRow("pem wrong label")
            << QByteArray(pemBody).replace("PRIVATE KEY", "CERTIFICATE");
        QTest::newRow("encrypted pem")
            << QByteArray("-----BEGIN ENCRYPTED PRIVATE KEY-----\n"
                          "MIHsMFcGCSqGSIb3DQEFDTBKMCkGCSqGSIb3DQEFDDAcBAhHXqJTGzWkhQICCAAw\n"
                          "-----END ENCRYPTED PRIVATE KEY-----\n");
        QTest::newRow("p-256 private") << P256PrivateKeyPem;
        QTest::newRow("p-256 public") << P256PublicKeyPem;
        QTest::newRow("raw point given as PEM") << QByteArray::fromHex(KatPublicKeyHex);
    }

    void garbageKeysRejected()
    {
        QFETCH(QByteArray, input);
        Sm2Key key;
        QVERIFY(!key.importPrivateKeyPem(input));
        QVERIFY(!key.errorString().isEmpty());
        QVERIFY(!key.importPublicKeyPem(input));
        QVERIFY(!key.importPublicKeyHex(input));
        if (input.size() != Sm2Key::RawPublicKeySize)
            QVERIFY(!key.importPublicKeyRaw(input));
        QVERIFY(key.isNull());

        // A failed import leaves the previous key in place.
        Sm2Key kept;
        QVERIFY(kept.importPrivateKeyPem(KatPrivateKeyPem));
        QVERIFY(!kept.importPrivateKeyPem(input));
        QVERIFY(!kept.importPublicKeyPem(input));
        QVERIFY(kept.hasPrivateKey());
        QCOMPARE(kept.publicKeyHex(), KatPublicKeyHex);
    }

    void garbagePointsRejected_data()
    {
        QTest::addColumn<QByteArray>("hex");
        const QByteArray x = KatPublicKeyHex.mid(2, 64);
        const QByteArray y = KatPublicKeyHex.mid(66, 64);
        QTest::newRow("not on curve") << "04" + x + y.left(63) + (y.endsWith('3') ? "4" : "3");
        QTest::newRow("compressed") << "03" + x + QByteArray(64, '0');
        QTest::newRow("compressed 33 bytes") << "03" + x;
        QTest::newRow("point at infinity") << QByteArray("00");
        QTest::newRow("all zero") << "04" + QByteArray(128, '0');
        QTest::newRow("x = p") << "04"
                                  "fffffffeffffffffffffffffffffffffffffffff00000000ffffffffffffffff"
                                      + y;
        QTest::newRow("short") << KatPublicKeyHex.chopped(2);
        QTest::newRow("long") << KatPublicKeyHex + "00";
        QTest::newRow("non-hex") << QByteArray(KatPublicKeyHex).replace(10, 1, "g");
        QTest::newRow("spaces") << QByteArray(KatPublicKeyHex).replace(10, 1, " ");
    }

    void garbagePointsRejected()
    {
        QFETCH(QByteArray, hex);
        Sm2Key key;
        QVERIFY(!key.importPublicKeyHex(hex));
        QVERIFY(!key.importPublicKeyRaw(QByteArray::fromHex(hex)));
        QVERIFY(key.isNull());
        QVERIFY(!key.errorString().isEmpty());
    }

    void garbageSignaturesRejected_data()
    {
        QTest::addColumn<QByteArray>("signature");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("one byte") << QByteArray("\x30", 1);
        QTest::newRow("text") << QByteArray("not a signature");
        QTest::newRow("truncated") << KatSignatureDer.chopped(1);
        QTest::newRow("trailing byte") << KatSignatureDer + '\0';
        QTest::newRow("r and s swapped") << QByteArray::fromHex(
            "3046"
            "022100b1b6aa29df212fd8763182bc0d421ca1bb9038fd1f7f42d4840b69c485bbc1aa"
            "022100f5a03b0648d2c4630eeac513e1bb81a15944da3827d5b74143ac7eaceee720b3");
        QTest::newRow("r = 0") << QByteArray::fromHex(
            "3026020100"
            "022100b1b6aa29df212fd8763182bc0d421ca1bb9038fd1f7f42d4840b69c485bbc1aa");
        QTest::newRow("non-minimal length") << QByteArray::fromHex(
            "308146"
            "022100f5a03b0648d2c4630eeac513e1bb81a15944da3827d5b74143ac7eaceee720b3"
            "022100b1b6aa29df212fd8763182bc0d421ca1bb9038fd1f7f42d4840b69c485bbc1aa");
        QTest::newRow("huge length") << QByteArray::fromHex("3084ffffffff0201010201");
        QTest::newRow("raw r||s") << QByteArray::fromHex(
            "f5a03b0648d2c4630eeac513e1bb81a15944da3827d5b74143ac7eaceee720b3"
            "b1b6aa29df212fd8763182bc0d421ca1bb9038fd1f7f42d4840b69c485bbc1aa");
        QTest::newRow("64 KiB") << QByteArray(1 << 16, '\x30');
    }

    void garbageSignaturesRejected()
    {
        QFETCH(QByteArray, signature);
        Sm2Key key;
        QVERIFY(key.importPublicKeyHex(KatPublicKeyHex));
        QVERIFY(!key.verify(KatMessage, signature));
        QVERIFY(!key.errorString().isEmpty());
        QVERIFY(key.verify(KatMessage, KatSignatureDer)); // the key is still usable
    }

    // Both directions against the openssl command line, with the ID given as distid.
    void interoperatesWithOpensslCli()
    {
        const Cli cli;
        if (cli.program.isEmpty())
            QSKIP("the openssl command is not installed");
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString privatePath = dir.filePath("key.pem");
        const QString publicPath = dir.filePath("pub.pem");
        const QString messagePath = dir.filePath("message");
        const QString signaturePath = dir.filePath("signature");
        const QByteArray message = QString::fromUtf8("回执 2026-0001 𠮷").toUtf8();
        const QString distid = "distid:" + QString::fromLatin1(Sm2Key::defaultSignerId());

        Sm2Key key;
        QVERIFY(key.generate());
        QVERIFY(writeFile(privatePath, key.exportPrivateKeyPem()));
        QVERIFY(writeFile(publicPath, key.exportPublicKeyPem()));
        QVERIFY(writeFile(messagePath, message));

        // openssl signs, OneWindow verifies.
        QVERIFY(cli.run({"pkeyutl", "-sign", "-rawin", "-digest", "sm3", "-inkey", privatePath,
                         "-pkeyopt", distid, "-in", messagePath, "-out", signaturePath}));
        const QByteArray cliSignature = readFile(signaturePath);
        QVERIFY(!cliSignature.isEmpty());
        QVERIFY2(key.verify(message, cliSignature), qPrintable(key.errorString()));
        QVERIFY(!key.verify(message, cliSignature, QByteArrayView()));

        // OneWindow signs, openssl verifies with the standard ID and refuses without it.
        QVERIFY(writeFile(signaturePath, key.sign(message)));
        const QStringList verify = {"pkeyutl", "-verify",   "-rawin",   "-digest",
                                    "sm3",     "-pubin",    "-inkey",   publicPath,
                                    "-in",     messagePath, "-sigfile", signaturePath};
        QVERIFY(cli.run(verify + QStringList{"-pkeyopt", distid}));
        QVERIFY(!cli.run(verify));

        // openssl reads the exported key and derives the same public key.
        QByteArray derived;
        QVERIFY(cli.run({"pkey", "-in", privatePath, "-pubout"}, &derived));
        QCOMPARE(derived, key.exportPublicKeyPem());
    }
};

QTEST_GUILESS_MAIN(TestCryptoSm2)
#include "tst_crypto_sm2.moc"
