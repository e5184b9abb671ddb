#pragma once

// Outcome documents as a counter would print them, for the print and CLI tests.
#include "core/documents/OutcomeDocument.h"

#include <QDateTime>

namespace ow::test {

inline QString sampleNumber(core::OutcomeDocument::Kind kind)
{
    switch (kind) {
    case core::OutcomeDocument::Kind::Receipt:
        return QStringLiteral("W01-2026-000123");
    case core::OutcomeDocument::Kind::OneTimeNotice:
        return QStringLiteral("W01-2026-000124");
    case core::OutcomeDocument::Kind::Refusal:
        return QStringLiteral("W01-2026-000125");
    case core::OutcomeDocument::Kind::CommitmentLetter:
        break;
    }
    return QStringLiteral("W01-2026-000126");
}

inline const QString SampleSubjectCode = QStringLiteral("YJS4403000001");

// A rare character outside the BMP in the applicant's name (U+20BB7).
inline const QString SampleApplicant = QStringLiteral("张𠮷");

inline core::OutcomeDocument sampleDocument(core::OutcomeDocument::Kind kind)
{
    using namespace core;
    OutcomeDocument d;
    d.kind = kind;
    d.documentNumber = sampleNumber(kind);
    d.hallName = QStringLiteral("深圳市南山区政务服务中心");
    d.windowName = QStringLiteral("综合受理3号窗口");
    d.clerkName = QStringLiteral("王五");
    d.issuedAt = QDateTime(QDate(2026, 11, 23), QTime(10, 15));
    d.applicantName = SampleApplicant;
    d.applicantIdMasked = QStringLiteral("110105********002X");
    d.agentName = QStringLiteral("李四");
    d.subjectName = QStringLiteral("企业开办一件事");
    d.matters = {
        {QStringLiteral("企业设立登记"), QStringLiteral("区市场监督管理局"), QDate(2026, 11, 26),
         3},
        {QStringLiteral("公章刻制备案"), QStringLiteral("区公安分局"), QDate(2026, 11, 24), 1},
        {QStringLiteral("新办纳税人涉税事项"), QStringLiteral("区税务局"), QDate(2026, 11, 24), 1},
    };
    d.materials = {
        {QStringLiteral("法定代表人身份证件"), QStringLiteral("共享数据核验")},
        {QStringLiteral("公司章程"), QStringLiteral("原件已核验")},
        {QStringLiteral("住所使用证明"), QStringLiteral("告知承诺")},
        {QStringLiteral("股东会决议"), QStringLiteral("复用 2026-05-01 材料")},
    };
    d.hallContact = QStringLiteral("南山区南海大道2000号");
    d.hallPhone = QStringLiteral("0755-12345678");
    switch (kind) {
    case OutcomeDocument::Kind::Receipt:
        d.deadline = QDate(2026, 11, 26);
        d.note = QStringLiteral("营业执照可选择邮寄送达。");
        break;
    case OutcomeDocument::Kind::OneTimeNotice:
        d.noticeItems = {
            {QStringLiteral("公司章程"), QStringLiteral("缺：需提供全体股东签字的原件1份")},
            {QStringLiteral("住所使用证明"),
             QStringLiteral("租赁合同已过期，需提供有效期内的合同")},
        };
        for (OutcomeMatterLine &m : d.matters) {
            m.deadline = QDate();
            m.promisedDays = 0;
        }
        break;
    case OutcomeDocument::Kind::Refusal:
        d.refusalReason = QStringLiteral("申请事项不属于本机关职权范围。");
        d.legalBasis = QStringLiteral("《中华人民共和国行政许可法》第三十二条第一款第（二）项");
        for (OutcomeMatterLine &m : d.matters) {
            m.deadline = QDate();
            m.promisedDays = 0;
        }
        break;
    case OutcomeDocument::Kind::CommitmentLetter:
        d.materials = {{QStringLiteral("住所使用证明"), QStringLiteral("告知承诺")}};
        d.commitmentText = QStringLiteral("本人承诺所申报的住所真实存在、可以正常使用，"
                                          "并于30日内补交住所使用证明。");
        d.deadline = QDate(2026, 11, 26);
        break;
    }
    return d;
}

} // namespace ow::test
