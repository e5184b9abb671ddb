// Catalog search per keystroke: one query matched against every name of a 20,000-matter
// catalog (names made of common matter-name words, with polyphones, brackets and digits). A
// sample is one whole query: preparing it and matching all names. Target: p99 well under 2 ms.
// OW_BENCH_VERBOSE=1 also prints each query's first timing and its number of hits.
#include "core/search/PinyinMatcher.h"
#include "core/search/PinyinQuery.h"
#include "core/search/PinyinTable.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace ow::core;

namespace {

QStringList catalogNames(int count)
{
    const QStringList words = QStringLiteral(
        "不动产 登记 居住证 长期 临时 重新 申领 换领 补领 变更 注销 备案 许可 审批 核准 证明 "
        "出具 办理 申请 个体工商户 营业执照 食品经营 药品 医疗器械 道路运输 建筑工程 施工 "
        "社会保险 养老保险 医疗保险 失业保险 住房公积金 提取 缴存 户口 迁入 迁出 出生 死亡 "
        "结婚 离婚 残疾人 最低生活保障 临时救助 民办学校 教师资格 认定 职业资格 特种设备 "
        "作业人员 危险化学品 烟花爆竹 经营 排污 取水 林木采伐 渔业捕捞 机动车 驾驶证 银行 "
        "港澳 台湾居民 外国人 居留 签注 护照 出入境 税务 发票 增值税 个人所得税 房屋 土地 "
        "抵押 查封 预告 更正 异议 首次 转移 分割 合并 行政 给付 奖励 裁决 确认 公共服务 "
        "独生子女 父母 奖励扶助 绿色通道 重大 事项 调整 延续 参保 单位 职工 灵活就业 人员")
                                .split(u' ', Qt::SkipEmptyParts);
    QRandomGenerator rng(20000);
    QStringList names;
    names.reserve(count);
    for (int i = 0; i < count; ++i) {
        QString name;
        const int parts = 2 + int(rng.bounded(4));
        for (int k = 0; k < parts; ++k)
            name += words.at(int(rng.bounded(int(words.size()))));
        switch (rng.bounded(8)) {
        case 0:
            name += QStringLiteral("（") + words.at(int(rng.bounded(int(words.size()))))
                    + QStringLiteral("）");
            break;
        case 1:
            name = QStringLiteral("第%1类").arg(1 + rng.bounded(3)) + name;
            break;
        default:
            break;
        }
        names << name;
    }
    return names;
}

double percentile(std::vector<double> samples, double p)
{
    std::sort(samples.begin(), samples.end());
    const auto i = std::size_t(p * double(samples.size() - 1) + 0.5);
    return samples[std::min(i, samples.size() - 1)];
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);

    QElapsedTimer timer;
    timer.start();
    const PinyinTable &table = PinyinTable::builtIn();
    const double loadMs = double(timer.nsecsElapsed()) / 1e6;
    if (!table.isValid()) {
        std::fprintf(stderr, "pinyin table missing: %s\n", qPrintable(table.errorString()));
        return 1;
    }

    const QStringList names = catalogNames(20000);
    timer.restart();
    std::vector<PinyinMatcher> catalog;
    catalog.reserve(std::size_t(names.size()));
    for (const QString &name : names)
        catalog.emplace_back(name, table);
    const double buildMs = double(timer.nsecsElapsed()) / 1e6;

    // What clerks type, keystroke by keystroke: initials, full and partial pinyin, hanzi,
    // mixed, polyphones, and queries that match nothing.
    const QStringList queries{
        QStringLiteral("b"),        QStringLiteral("bd"),         QStringLiteral("bdc"),
        QStringLiteral("bdcdj"),    QStringLiteral("z"),          QStringLiteral("zh"),
        QStringLiteral("cqjzz"),    QStringLiteral("cxsl"),       QStringLiteral("zxsl"),
        QStringLiteral("budong"),   QStringLiteral("budongchan"), QStringLiteral("dengji"),
        QStringLiteral("shenq"),    QStringLiteral("yyzz"),       QStringLiteral("gtgsh"),
        QStringLiteral("shehuibaoxian"), QStringLiteral("gjjtq"), QStringLiteral("登记"),
        QStringLiteral("不动产"),   QStringLiteral("居住证"),     QStringLiteral("bdc登记"),
        QStringLiteral("jzz申领"),  QStringLiteral("xxxxx"),      QStringLiteral("qzv"),
        QStringLiteral("lstd"),     QStringLiteral("d2l"),        QStringLiteral("ZHUFANG GJJ"),
    };

    std::vector<double> samples;
    qsizetype hits = 0;
    const int rounds = 40;
    for (int round = -2; round < rounds; ++round) { // two warm-up rounds
        for (const QString &text : queries) {
            timer.restart();
            const PinyinQuery query(text, table);
            qsizetype n = 0;
            for (const PinyinMatcher &m : catalog)
                n += m.match(query) ? 1 : 0;
            const double us = double(timer.nsecsElapsed()) / 1e3;
            if (round == 0 && qEnvironmentVariableIsSet("OW_BENCH_VERBOSE"))
                out << text << " " << us << " hits " << n << Qt::endl;
            if (round >= 0) {
                samples.push_back(us);
                hits += n;
            }
        }
    }
    if (hits == 0) {
        std::fprintf(stderr, "no query matched: catalog generator broken\n");
        return 1;
    }

    out << "pinyin_table_load: " << QString::number(loadMs, 'f', 1) << " ms" << Qt::endl;
    out << "pinyin_index_build_20000: " << QString::number(buildMs, 'f', 1) << " ms" << Qt::endl;
    out << "pinyin_match_p50: " << QString::number(percentile(samples, 0.50), 'f', 0) << " us"
        << Qt::endl;
    out << "pinyin_match_p99: " << QString::number(percentile(samples, 0.99), 'f', 0) << " us"
        << Qt::endl;
    return 0;
}
