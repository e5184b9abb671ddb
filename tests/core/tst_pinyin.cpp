#include "core/search/PinyinMatcher.h"
#include "core/search/PinyinQuery.h"
#include "core/search/PinyinTable.h"
#include "core/search/SearchText.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <atomic>
#include <thread>

using namespace ow::core;

namespace {

// "none" when the query must not match.
QString kindName(std::optional<PinyinMatch> m)
{
    if (!m)
        return "none";
    switch (m->kind) {
    case PinyinMatchKind::Substring:
        return "substring";
    case PinyinMatchKind::InitialsPrefix:
        return "initials-prefix";
    case PinyinMatchKind::Initials:
        return "initials";
    case PinyinMatchKind::FullPinyin:
        return "full";
    case PinyinMatchKind::Mixed:
        return "mixed";
    }
    return "?";
}

QByteArray builtInTableData()
{
    QFile file(":/pinyin/pinyin.owpy");
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}


// A plain recursive matcher with the semantics PinyinMatcher documents, for cross-checking the
// bit-parallel automaton and the signature filters on random names and queries.
class ReferenceMatcher
{
public:
    enum class Mode { Literal, Initials, Full, Any };

    explicit ReferenceMatcher(const QString &name) : m_table(PinyinTable::builtIn())
    {
        for (const FoldedChar &f : foldForSearch(name)) {
            m_cps.push_back(f.cp);
            m_offsets.push_back(f.offset);
            m_separator.push_back(!m_table.hasReadings(f.cp) && isSearchSeparator(f.cp));
        }
    }

    // Kind and UTF-16 start of the best match; nothing when none.
    std::optional<std::pair<PinyinMatchKind, qsizetype>> match(const QString &query)
    {
        m_query.clear();
        for (const FoldedChar &f : foldForSearch(query))
            m_query.push_back(f.cp);
        if (m_query.empty())
            return std::nullopt;
        const Mode modes[] = {Mode::Literal, Mode::Initials, Mode::Full, Mode::Any};
        for (const Mode mode : modes) {
            for (std::size_t s = 0; s < m_cps.size(); ++s) {
                if (m_separator[s] && m_cps[s] != m_query[0])
                    continue;
                if (!from(mode, s, 0))
                    continue;
                PinyinMatchKind kind = PinyinMatchKind::Mixed;
                if (mode == Mode::Literal)
                    kind = PinyinMatchKind::Substring;
                else if (mode == Mode::Initials)
                    kind = firstWord() == s ? PinyinMatchKind::InitialsPrefix
                                            : PinyinMatchKind::Initials;
                else if (mode == Mode::Full)
                    kind = PinyinMatchKind::FullPinyin;
                return std::pair{kind, m_offsets[s]};
            }
        }
        return std::nullopt;
    }

private:
    std::size_t firstWord() const
    {
        std::size_t i = 0;
        while (i < m_separator.size() && m_separator[i])
            ++i;
        return i;
    }

    bool from(Mode mode, std::size_t i, std::size_t j) const
    {
        if (j == m_query.size())
            return true;
        if (i == m_cps.size())
            return false;
        const char32_t cp = m_cps[i];
        const bool same = m_query[j] == cp;
        if (m_separator[i])
            return from(mode, i + 1, j) || (same && from(mode, i + 1, j + 1));
        const QStringList readings = m_table.readings(cp);
        if (readings.isEmpty() || mode == Mode::Literal || mode == Mode::Any) {
            if (same && from(mode, i + 1, j + 1))
                return true;
        }
        if (mode == Mode::Literal)
            return false;
        for (const QString &r : readings) {
            for (qsizetype k = 1; k <= r.size(); ++k) {
                if (mode == Mode::Initials && k > 1)
                    break;
                if (j + std::size_t(k) > m_query.size()
                    || m_query[j + std::size_t(k) - 1] != char32_t(r[k - 1].unicode()))
                    break;
                const std::size_t next = j + std::size_t(k);
                if (mode == Mode::Full && k < r.size()) {
                    if (next == m_query.size())
                        return true;
                    continue;
                }
                if (from(mode, i + 1, next))
                    return true;
            }
        }
        return false;
    }

    const PinyinTable &m_table;
    std::vector<char32_t> m_cps;
    std::vector<qsizetype> m_offsets;
    std::vector<bool> m_separator;
    std::vector<char32_t> m_query;
};

} // namespace

class TestPinyin : public QObject
{
    Q_OBJECT

private slots:
    void tableIsBuiltIn()
    {
        const PinyinTable &t = PinyinTable::builtIn();
        QVERIFY2(t.isValid(), qPrintable(t.errorString()));
        QVERIFY(t.characterCount() > 40000); // Unihan 15: 41,421 characters with readings
        QVERIFY(t.syllableCount() > 400);
        QCOMPARE(&PinyinTable::builtIn(), &t);
    }

    void readings_data()
    {
        QTest::addColumn<uint>("cp");
        QTest::addColumn<QStringList>("mustHave");
        QTest::addColumn<QString>("preferred"); // empty: no readings at all

        QTest::newRow("长 chang/zhang") << 0x957Fu << QStringList{"chang", "zhang"} << "zhang";
        QTest::newRow("重 chong/zhong") << 0x91CDu << QStringList{"chong", "zhong"} << "zhong";
        QTest::newRow("行 xing/hang") << 0x884Cu << QStringList{"xing", "hang"} << "xing";
        QTest::newRow("绿 lv/lu") << 0x7EFFu << QStringList{"lv", "lu"} << "lv";
        QTest::newRow("女 nv/nu") << 0x5973u << QStringList{"nv", "nu"} << "nv";
        QTest::newRow("律 lv/lu") << 0x5F8Bu << QStringList{"lv", "lu"} << "lv";
        QTest::newRow("参 can/shen/cen") << 0x53C2u << QStringList{"can", "shen", "cen"} << "can";
        QTest::newRow("差 cha/chai/ci") << 0x5DEEu << QStringList{"cha", "chai", "ci"} << "cha";
        QTest::newRow("嗯 n/ng") << 0x55EFu << QStringList{"n", "ng"} << "n";
        QTest::newRow("不 bu") << 0x4E0Du << QStringList{"bu"} << "bu";
        QTest::newRow("登 deng") << 0x767Bu << QStringList{"deng"} << "deng";
        QTest::newRow("一: first of the URO") << 0x4E00u << QStringList{"yi"} << "yi";
        QTest::newRow("㐀: extension A") << 0x3400u << QStringList{"qiu"} << "qiu";
        QTest::newRow("𠀀: extension B") << 0x20000u << QStringList{"he"} << "he";
        QTest::newRow("𰻞: extension G") << 0x30EDEu << QStringList{"biang"} << "biang";
        QTest::newRow("𠮷: no Mandarin reading") << 0x20BB7u << QStringList{} << "";
        QTest::newRow("Latin a") << uint('a') << QStringList{} << "";
        QTest::newRow("full-width （") << 0xFF08u << QStringList{} << "";
        QTest::newRow("NUL") << 0u << QStringList{} << "";
        QTest::newRow("last code point") << 0x10FFFFu << QStringList{} << "";
        QTest::newRow("beyond Unicode") << 0xFFFFFFFFu << QStringList{} << "";
    }

    void readings()
    {
        QFETCH(uint, cp);
        QFETCH(QStringList, mustHave);
        QFETCH(QString, preferred);
        const QStringList r = PinyinTable::builtIn().readings(char32_t(cp));
        for (const QString &reading : mustHave)
            QVERIFY2(r.contains(reading), qPrintable(r.join(',')));
        QCOMPARE(r.value(0), preferred);
        QStringList distinct = r;
        QCOMPARE(distinct.removeDuplicates(), 0);
        for (const QString &reading : r) {
            QVERIFY(!reading.isEmpty());
            QVERIFY2(std::all_of(reading.cbegin(), reading.cend(),
                                 [](QChar c) { return c >= 'a' && c <= 'z'; }),
                     qPrintable(reading));
        }
    }

    void normalization_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("normalized");
        QTest::newRow("as typed") << "bdcdj" << "bdcdj";
        QTest::newRow("upper case and spaces") << " BDC  Dj " << "bdcdj";
        QTest::newRow("full-width") << QStringLiteral("ＢＤＣ１２（") << "bdc12(";
        QTest::newRow("ideographic space") << QStringLiteral("登\u3000记") << QStringLiteral("登记");
        QTest::newRow("zero-width space, tab")
            << QStringLiteral("登\u200B\t记") << QStringLiteral("登记");
        QTest::newRow("ü as v") << QStringLiteral("lüse Lǜ") << "lvselv";
        QTest::newRow("non-BMP kept") << QStringLiteral("𠮷X") << QStringLiteral("𠮷x");
        QTest::newRow("lone surrogate") << QString(QChar(0xD800)) << QString(QChar(0xFFFD));
        QTest::newRow("empty") << "" << "";
        QTest::newRow("only spaces") << QStringLiteral(" \u3000 ") << "";
    }

    void normalization()
    {
        QFETCH(QString, query);
        QFETCH(QString, normalized);
        const PinyinQuery q(query);
        QCOMPARE(q.normalized(), normalized);
        QCOMPARE(q.isEmpty(), normalized.isEmpty());
    }

    void match_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("kind");

        const QString bdc = QStringLiteral("不动产登记");
        QTest::newRow("hanzi substring") << bdc << QStringLiteral("登记") << "substring";
        QTest::newRow("whole name") << bdc << bdc << "substring";
        QTest::newRow("one hanzi") << bdc << QStringLiteral("产") << "substring";
        QTest::newRow("initials") << bdc << "bdcdj" << "initials-prefix";
        QTest::newRow("initials, upper case") << bdc << "BDCDJ" << "initials-prefix";
        QTest::newRow("initials, spaces") << bdc << "b d c" << "initials-prefix";
        QTest::newRow("initials, full-width") << bdc << QStringLiteral("ｂｄｃ") << "initials-prefix";
        QTest::newRow("one initial") << bdc << "b" << "initials-prefix";
        QTest::newRow("initials in the middle") << bdc << "cdj" << "initials";
        QTest::newRow("initials at the end") << bdc << "dj" << "initials";
        QTest::newRow("full pinyin") << bdc << "budongchandengji" << "full";
        QTest::newRow("full pinyin, partial") << bdc << "budong" << "full";
        QTest::newRow("full pinyin, cut short") << bdc << "budongch" << "full";
        QTest::newRow("full pinyin, one syllable") << bdc << "bu" << "full";
        QTest::newRow("full pinyin in the middle") << bdc << "dengji" << "full";
        QTest::newRow("full pinyin, upper case") << bdc << "DengJi" << "full";
        QTest::newRow("mixed initials and hanzi") << bdc << QStringLiteral("bdc登记") << "mixed";
        QTest::newRow("mixed hanzi and initials") << bdc << QStringLiteral("不dcdj") << "mixed";
        QTest::newRow("mixed initials and syllables") << bdc << "bdongcdj" << "mixed";
        QTest::newRow("mixed syllables and hanzi") << bdc << QStringLiteral("budong产") << "mixed";

        QTest::newRow("wrong last initial") << bdc << "bdcdx" << "none";
        QTest::newRow("skipping a character") << bdc << "bdj" << "none";
        QTest::newRow("subsequence of hanzi") << bdc << QStringLiteral("不登记") << "none";
        QTest::newRow("too long") << bdc << "bdcdjx" << "none";
        QTest::newRow("too long full pinyin") << bdc << "budongchandengjii" << "none";
        QTest::newRow("letter in no reading") << bdc << "q" << "none";
        QTest::newRow("other hanzi") << bdc << QStringLiteral("登录") << "none";
        QTest::newRow("empty query") << bdc << "" << "none";
        QTest::newRow("spaces only") << bdc << "   " << "none";

        const QString cq = QStringLiteral("长期居住证");
        QTest::newRow("长 as chang") << cq << "cqjzz" << "initials-prefix";
        QTest::newRow("长 as zhang") << cq << "zqjzz" << "initials-prefix";
        QTest::newRow("长 as chang, full") << cq << "changqijuzhuzheng" << "full";
        QTest::newRow("长 as zhang, full") << cq << "zhangqi" << "full";
        QTest::newRow("长期 too many") << cq << "cqjzzz" << "none";
        QTest::newRow("长 never x") << cq << "xqjzz" << "none";

        const QString cx = QStringLiteral("重新申领");
        QTest::newRow("重 as chong") << cx << "cxsl" << "initials-prefix";
        QTest::newRow("重 as zhong") << cx << "zxsl" << "initials-prefix";
        QTest::newRow("重 as chong, full") << cx << "chongxinshenling" << "full";
        QTest::newRow("重 as zhong, partial") << cx << "zhongxinsh" << "full";
        QTest::newRow("重新 negative") << cx << "cxsx" << "none";

        const QString yh = QStringLiteral("银行卡挂失");
        QTest::newRow("行 as hang") << yh << "yhkgs" << "initials-prefix";
        QTest::newRow("行 as xing") << yh << "yxkgs" << "initials-prefix";
        QTest::newRow("行 as hang, full") << yh << "yinhangka" << "full";

        const QString ls = QStringLiteral("绿色通道申请");
        QTest::newRow("绿 typed lv") << ls << "lvsetongdao" << "full";
        QTest::newRow("绿 typed lu") << ls << "lusetongdao" << "full";
        QTest::newRow("绿 typed lü") << ls << QStringLiteral("lüse") << "full";
        QTest::newRow("绿 initials") << ls << "lstd" << "initials-prefix";

        const QString hk = QStringLiteral("居住证（港澳台居民）签注");
        QTest::newRow("initials across brackets") << hk << "jzzgat" << "initials-prefix";
        QTest::newRow("initials after brackets") << hk << "jmqz" << "initials";
        QTest::newRow("hanzi across brackets") << hk << QStringLiteral("证港澳") << "substring";
        QTest::newRow("brackets typed") << hk << QStringLiteral("(港澳台") << "substring";
        QTest::newRow("full-width brackets typed") << hk << QStringLiteral("（港澳台居民）")
                                                   << "substring";
        QTest::newRow("pinyin across brackets") << hk << "zhenggangao" << "full";

        const QString etc = QStringLiteral("ETC卡办理");
        QTest::newRow("Latin in name, literal") << etc << "etc" << "substring";
        QTest::newRow("Latin in name, upper") << etc << QStringLiteral("ＥＴＣ") << "substring";
        QTest::newRow("Latin then initials") << etc << "etckbl" << "initials-prefix";
        QTest::newRow("Latin then full") << etc << "etckabanli" << "full";
        QTest::newRow("Latin is not pinyin") << etc << "yitiaoc" << "none";

        const QString digits = QStringLiteral("第2类医疗器械产品备案");
        QTest::newRow("digit in name") << digits << "d2lylqx" << "initials-prefix";
        QTest::newRow("digit then full") << digits << "2leiyiliao" << "full";
        QTest::newRow("digit is literal") << digits << "dylqx" << "none";

        const QString jx = QStringLiteral("𠮷祥物登记");
        QTest::newRow("non-BMP without reading") << jx << QStringLiteral("𠮷") << "substring";
        QTest::newRow("non-BMP then initial") << jx << QStringLiteral("𠮷x") << "initials-prefix";
        QTest::newRow("after non-BMP") << jx << "xwdj" << "initials";
        QTest::newRow("non-BMP has no pinyin") << jx << "jxw" << "none";

        const QString biang = QStringLiteral("𰻞𰻞面馆许可");
        QTest::newRow("non-BMP with reading") << biang << "biangbiangmian" << "full";
        QTest::newRow("non-BMP initials") << biang << "bbmg" << "initials-prefix";
        QTest::newRow("non-BMP hanzi") << biang << QStringLiteral("𰻞面") << "substring";
    }

    void match()
    {
        QFETCH(QString, name);
        QFETCH(QString, query);
        QFETCH(QString, kind);
        const PinyinMatcher matcher(name);
        const auto m = matcher.match(PinyinQuery(query));
        QCOMPARE(kindName(m), kind);
        QCOMPARE(kindName(matcher.match(query)), kind); // the convenience overload agrees
        if (m) {
            QVERIFY(m->start >= 0 && m->length > 0);
            QVERIFY(m->start + m->length <= name.size());
        }
    }

    void matchRange_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("covered");
        QTest::newRow("full pinyin in the middle") << "不动产登记" << "dengji" << "登记";
        QTest::newRow("initials prefix") << "不动产登记" << "bdc" << "不动产";
        QTest::newRow("cut-short syllable") << "不动产登记" << "dongch" << "动产";
        QTest::newRow("hanzi") << "不动产登记" << "产登" << "产登";
        QTest::newRow("after non-BMP") << "𠮷祥物" << "祥" << "祥";
        QTest::newRow("non-BMP") << "𠮷祥物" << "𠮷x" << "𠮷祥";
        QTest::newRow("skipped bracket inside") << "居住证（港澳）" << "zga" << "证（港澳";
        QTest::newRow("spaces in name") << "A 类 许可" << "alxk" << "A 类 许可";
    }

    void matchRange()
    {
        QFETCH(QString, name);
        QFETCH(QString, query);
        QFETCH(QString, covered);
        const auto m = PinyinMatcher(name).match(query);
        QVERIFY(m);
        QCOMPARE(name.mid(m->start, m->length), covered);
    }

    void ranking_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("names");
        QTest::addColumn<QStringList>("expected"); // best first; names not listed must not match

        QTest::newRow("substring, then initials; shorter and nearer first")
            << "dj"
            << QStringList{"不动产登记", "单据", "dj备案", "DJ证", "登记", "大病救助", "对接",
                           "代缴", "定价(dj)", "地籍调查", "电子证照"}
            << QStringList{"DJ证", "dj备案", "定价(dj)", "单据", "登记", "对接", "代缴",
                           "地籍调查", "不动产登记"};
        QTest::newRow("substring before initials")
            << "ds"
            << QStringList{"电商", "DS", "代收代缴", "多式联运", "大师", "地税"}
            << QStringList{"DS", "电商", "大师", "地税", "代收代缴", "多式联运"};
        QTest::newRow("full pinyin: nearer, then shorter first")
            << "dengji"
            << QStringList{"不动产登记", "登记证明", "登j", "dengji资料", "登记"}
            << QStringList{"dengji资料", "登记", "登记证明", "不动产登记"};
        QTest::newRow("initials before full pinyin before mixed")
            << "chan"
            << QStringList{"产品备案", "c h a n", "出海安宁", "不动产", "车安宁", "产", "婵娟"}
            << QStringList{"c h a n", "出海安宁", "产", "婵娟", "产品备案", "不动产", "车安宁"};
    }

    void ranking()
    {
        QFETCH(QString, query);
        QFETCH(QStringList, names);
        QFETCH(QStringList, expected);
        const PinyinQuery q(query);
        QList<std::pair<int, QString>> hits;
        for (const QString &name : names) {
            if (const auto m = PinyinMatcher(name).match(q))
                hits.append({m->score, name});
        }
        std::stable_sort(hits.begin(), hits.end(),
                         [](const auto &a, const auto &b) { return a.first > b.first; });
        QStringList order;
        for (const auto &hit : hits)
            order << hit.second;
        QCOMPARE(order, expected);
    }

    void scoreFollowsKindThenPosition()
    {
        const PinyinQuery q(u"dj");
        const auto prefix = PinyinMatcher(u"登记").match(q);
        const auto later = PinyinMatcher(u"不动产登记").match(q);
        const auto sub = PinyinMatcher(u"xdj").match(q);
        QVERIFY(prefix && later && sub);
        QCOMPARE(prefix->kind, PinyinMatchKind::InitialsPrefix);
        QCOMPARE(later->kind, PinyinMatchKind::Initials);
        QCOMPARE(sub->kind, PinyinMatchKind::Substring);
        QVERIFY(sub->score > prefix->score);
        QVERIFY(prefix->score > later->score);
        const auto nearer = PinyinMatcher(u"产登记").match(q);
        QVERIFY(nearer && nearer->score > later->score);
    }

    void longName()
    {
        // 150 characters; the match sits at the very end.
        QString name;
        for (int i = 0; i < 29; ++i)
            name += QStringLiteral("行政许可、");
        name += QStringLiteral("重新申领");
        const PinyinMatcher matcher(name);
        QCOMPARE(kindName(matcher.match(QStringView(u"重新申领"))), QString("substring"));
        QCOMPARE(kindName(matcher.match(QStringView(u"cxsl"))), QString("initials"));
        QCOMPARE(kindName(matcher.match(QStringView(u"xzxk"))), QString("initials-prefix"));
        QCOMPARE(kindName(matcher.match(QStringView(u"xkcxsl"))), QString("initials"));
        QCOMPARE(kindName(matcher.match(QStringView(u"xkcxsx"))), QString("none"));
        const auto m = matcher.match(QStringView(u"chongxinshenling"));
        QVERIFY(m);
        QCOMPARE(m->kind, PinyinMatchKind::FullPinyin);
        QCOMPARE(m->start, name.size() - 4);
        QCOMPARE(m->score, 100000 * 2 - 99 * 1000 - 149);
    }

    void longQueries()
    {
        // 28 characters, about 100 letters of full pinyin: beyond one 64-bit word of states.
        const QString name = QStringLiteral("中华人民共和国居民身份证申领换领补领登记不动产权证书查询");
        QStringList full;
        QString initials;
        for (const QChar c : name) {
            const QString r = PinyinTable::builtIn().readings(c.unicode()).value(0);
            QVERIFY(!r.isEmpty());
            full << r;
            initials += r.front();
        }
        const QString all = full.join(QString());
        QVERIFY(all.size() > 64);
        const PinyinMatcher matcher(name);
        QCOMPARE(kindName(matcher.match(all)), QString("full"));
        QCOMPARE(kindName(matcher.match(all.chopped(2))), QString("full"));
        QCOMPARE(kindName(matcher.match(all + "x")), QString("none"));
        QCOMPARE(kindName(matcher.match(initials)), QString("initials-prefix"));
        const QString mixed = full.mid(0, 20).join(QString()) + name.mid(20, 2);
        QVERIFY(mixed.size() > 64);
        QCOMPARE(kindName(matcher.match(mixed)), QString("mixed"));

        // Past 255 code points only a plain substring can match.
        QString longName;
        for (int i = 0; i < 40; ++i)
            longName += name;
        const PinyinMatcher longMatcher(longName);
        QCOMPARE(kindName(longMatcher.match(longName.mid(30, 300))), QString("substring"));
        QCOMPARE(kindName(longMatcher.match(longName.mid(30, 300) + "x")), QString("none"));
        QCOMPARE(kindName(longMatcher.match(all + all + all)), QString("none"));
    }

    void polyphonesDoNotBlowUp()
    {
        // 200 × 长 (chang/zhang) then 期: 2^200 reading combinations.
        const QString name = QString(200, QChar(0x957F)) + QStringLiteral("期");
        QString query;
        for (int i = 0; i < 60; ++i)
            query += (i % 3 == 0) ? QStringLiteral("zhang") : QStringLiteral("c");
        QElapsedTimer timer;
        timer.start();
        const PinyinMatcher matcher(name);
        QCOMPARE(kindName(matcher.match(query + "q")), QString("mixed"));
        QCOMPARE(kindName(matcher.match(query + "x")), QString("none"));
        QCOMPARE(kindName(matcher.match(QString(63, 'z') + "q")), QString("initials"));
        QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
    }

    void agreesWithReference()
    {
        // Random names from polyphones, plain hanzi, Latin, digits, brackets and non-BMP
        // characters; queries derived from them (initials, syllables, prefixes, hanzi, typos)
        // and random letters.
        const QStringList pool = QStringLiteral(
            "长 重 行 参 差 绿 女 乐 不 动 产 登 记 居 住 证 申 领 银 卡 港 澳 （ ） 、 · A b 2 𠮷 𰻞 "
            "嗯 安 宁 车 出 海 新 期 挂 失")
                                     .split(u' ', Qt::SkipEmptyParts);
        const PinyinTable &table = PinyinTable::builtIn();
        QRandomGenerator rng(1983);
        int matched = 0;
        for (int round = 0; round < 2500; ++round) {
            QString name;
            const int n = 1 + int(rng.bounded(9));
            for (int i = 0; i < n; ++i)
                name += pool.at(int(rng.bounded(int(pool.size()))));
            ReferenceMatcher reference(name);
            const PinyinMatcher matcher(name);
            for (int k = 0; k < 8; ++k) {
                QString query;
                if (k == 7) {
                    for (int i = int(rng.bounded(5)); i >= 0; --i)
                        query += QChar(u'a' + char16_t(rng.bounded(26)));
                } else {
                    const QList<uint> cps = name.toUcs4();
                    const int from = int(rng.bounded(int(cps.size())));
                    const int to = from + 1 + int(rng.bounded(int(cps.size()) - from));
                    for (int i = from; i < to; ++i) {
                        const QStringList r = table.readings(char32_t(cps[i]));
                        const int how = int(rng.bounded(4));
                        if (r.isEmpty() || how == 0) {
                            const char32_t cp = char32_t(cps[i]);
                            query += QString::fromUcs4(&cp, 1);
                        } else {
                            const QString reading = r.at(int(rng.bounded(int(r.size()))));
                            const int cut = 1 + int(rng.bounded(int(reading.size())));
                            query += how == 1 ? reading.left(1)
                                     : how == 2 ? reading
                                                : reading.left(cut);
                        }
                    }
                    if (k >= 5 && !query.isEmpty()) { // a typo
                        query[int(rng.bounded(int(query.size())))] =
                            QChar(u'a' + char16_t(rng.bounded(26)));
                    }
                }
                const auto expected = reference.match(query);
                const auto actual = matcher.match(PinyinQuery(query));
                const QString context = name + " / " + query;
                QVERIFY2(bool(expected) == bool(actual), qPrintable(context));
                if (!expected)
                    continue;
                ++matched;
                QVERIFY2(actual->kind == expected->first,
                         qPrintable(context + ": " + kindName(actual)));
                QVERIFY2(actual->start == expected->second, qPrintable(context));
            }
        }
        QVERIFY2(matched > 10000, qPrintable(QString::number(matched)));
    }

    void garbageNeverCrashes()
    {
        QRandomGenerator rng(20250);
        const QString brokenSurrogates = QString(QChar(0xD800)) + QChar(0xDC00) + QChar(0xDFFF)
                                         + QChar(0xD800);
        const QStringList names{"不动产登记", "居住证（港澳台居民）签注", "𠮷祥物", "ETC卡办理", "",
                                "（）、", brokenSurrogates};
        QList<PinyinMatcher> matchers;
        for (const QString &name : names)
            matchers.append(PinyinMatcher(name));
        const char16_t pool[] = {u'a', u'z', u'v', u'1', u'(', u'（', u'登', u'记', 0xD842,
                                 0xDFB7, 0xD800, 0xDFFF, 0x0000, 0xFFFF, u'\u3000', u'ｂ', 0x200B};
        for (int i = 0; i < 3000; ++i) {
            QString query;
            const int n = int(rng.bounded(300));
            for (int k = 0; k < n; ++k) {
                query.append(rng.bounded(4) == 0 ? QChar(char16_t(rng.bounded(0x10000)))
                                                 : QChar(pool[rng.bounded(int(std::size(pool)))]));
            }
            const PinyinQuery q(query);
            for (const PinyinMatcher &m : matchers) {
                if (const auto r = m.match(q)) {
                    QVERIFY(r->start >= 0 && r->start + r->length <= m.name().size());
                    QVERIFY(r->score > 0);
                }
            }
        }
        // Arbitrary bytes read as text.
        for (int i = 0; i < 500; ++i) {
            QByteArray bytes(int(rng.bounded(100)), Qt::Uninitialized);
            for (char &b : bytes)
                b = char(rng.bounded(256));
            for (const QString &query : {QString::fromUtf8(bytes), QString::fromLatin1(bytes)}) {
                const PinyinQuery q(query);
                for (const PinyinMatcher &m : matchers)
                    m.match(q);
                PinyinMatcher(query).match(QStringView(u"bdc"));
            }
        }
    }

    void defaultsAndMismatchedTables()
    {
        const PinyinMatcher none;
        QVERIFY(!none.match(QStringView(u"b")));
        QVERIFY(!none.match(PinyinQuery()));
        QVERIFY(!PinyinMatcher(u"不动产登记").match(PinyinQuery()));

        // Without readings only literal matching is left; a query from another table never matches.
        const PinyinTable empty;
        QVERIFY(!empty.isValid());
        const PinyinMatcher literalOnly(u"不动产登记", empty);
        QCOMPARE(kindName(literalOnly.match(PinyinQuery(u"登记", empty))), QString("substring"));
        QCOMPARE(kindName(literalOnly.match(PinyinQuery(u"bdc", empty))), QString("none"));
        QCOMPARE(kindName(literalOnly.match(PinyinQuery(u"登记"))), QString("none"));
    }

    void damagedTableData()
    {
        const QByteArray data = builtInTableData();
        QVERIFY(!data.isEmpty());
        const PinyinTable copy = PinyinTable::fromData(data);
        QVERIFY2(copy.isValid(), qPrintable(copy.errorString()));
        QCOMPARE(copy.characterCount(), PinyinTable::builtIn().characterCount());
        QCOMPARE(copy.readings(0x957F), PinyinTable::builtIn().readings(0x957F));

        QVERIFY(!PinyinTable::fromData(QByteArray()).isValid());
        QVERIFY(!PinyinTable::fromData("OWPY1\n").isValid());
        QVERIFY(!PinyinTable::fromData("not a table at all").isValid());
        QVERIFY(!PinyinTable::fromData(data + '\0').isValid()); // trailing data

        QRandomGenerator rng(41421);
        for (int i = 0; i < 200; ++i) {
            const qsizetype cut = i < 100 ? i : qsizetype(rng.bounded(int(data.size())));
            const PinyinTable t = PinyinTable::fromData(data.first(cut));
            QVERIFY(!t.isValid());
            QVERIFY(!t.errorString().isEmpty());
            QVERIFY(t.readings(0x957F).isEmpty());
        }
        for (int i = 0; i < 200; ++i) {
            QByteArray damaged = data;
            for (int k = 0; k < 4; ++k)
                damaged[qsizetype(rng.bounded(int(damaged.size())))] = char(rng.bounded(256));
            const PinyinTable t = PinyinTable::fromData(damaged);
            const QStringList r = t.readings(0x957F); // valid or not: never out of bounds
            QVERIFY(t.isValid() || r.isEmpty());
            const PinyinMatcher m(u"长期居住证", t);
            m.match(PinyinQuery(u"cqjzz", t));
        }
    }

    void threads()
    {
        const PinyinMatcher matcher(QStringLiteral("长期居住证"));
        const PinyinQuery query(u"zqjzz");
        std::vector<std::thread> workers;
        std::atomic<int> good{0};
        for (int t = 0; t < 8; ++t) {
            workers.emplace_back([&] {
                const PinyinTable &table = PinyinTable::builtIn();
                for (int i = 0; i < 200; ++i) {
                    const auto m = matcher.match(query);
                    if (m && m->kind == PinyinMatchKind::InitialsPrefix
                        && table.readings(0x957F).contains("zhang"))
                        good.fetch_add(1, std::memory_order_relaxed);
                }
            });
        }
        for (auto &w : workers)
            w.join();
        QCOMPARE(good.load(), 8 * 200);
    }
};

QTEST_GUILESS_MAIN(TestPinyin)
#include "tst_pinyin.moc"
