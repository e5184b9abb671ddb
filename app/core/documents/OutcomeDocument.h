#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace ow::core {

// One matter on an outcome document: what was applied for, who decides, and by when.
struct OutcomeMatterLine
{
    QString name;         // 事项名称
    QString department;   // 实施部门
    QDate deadline;       // 办结期限; invalid when the document gives none (notice, refusal)
    int promisedDays = 0; // 承诺时限 in working days; 0 when none
};

// One material and what happened to it at the counter, as the clerk should read it on paper:
// "原件已核验", "复用 2026-05-01 材料", "共享数据核验", "告知承诺", "缺：需提供原件1份".
struct OutcomeMaterialLine
{
    QString name;
    QString status;
};

// One entry of a one-time notice (一次性告知书): what is missing or wrong, and what is needed.
struct OutcomeNoticeItem
{
    QString name;
    QString whatIsNeeded;
};

// What the counter prints at the end of a visit. Plain data: the workbench fills it from the
// case, DocumentSeal seals it, the print library lays it out. Text is printed as given (the
// documents are official Chinese documents whatever the UI language); personal numbers arrive
// masked (110105********002X) and are never unmasked here.
struct OutcomeDocument
{
    enum class Kind {
        Receipt,         // 受理回执
        OneTimeNotice,   // 一次性告知书
        Refusal,         // 不予受理通知书
        CommitmentLetter // 告知承诺书
    };

    Kind kind = Kind::Receipt;
    QString documentNumber; // the receipt number, e.g. "W01-2026-000123"

    QString hallName;   // 服务大厅
    QString windowName; // 窗口, e.g. "综合受理 3 号窗口"
    QString clerkName;  // 经办人
    QDateTime issuedAt; // when the document was issued, local time of the hall

    QString applicantName;     // may contain characters outside the BMP (e.g. 𠮷)
    QString applicantIdMasked; // e.g. "110105********002X"
    QString agentName;         // 代理人/经办人 of the applicant; empty when none

    QString subjectName; // the matter's or the bundle's name
    QList<OutcomeMatterLine> matters;
    QDate deadline; // overall 办结期限; invalid when none

    QList<OutcomeMaterialLine> materials;
    QList<OutcomeNoticeItem> noticeItems; // one-time notice: everything to bring or correct

    QString refusalReason; // refusal: why
    QString legalBasis;    // refusal: the provision it rests on

    QString commitmentText; // commitment letter: what the applicant pledges

    QString hallContact; // e.g. address or office of the hall
    QString hallPhone;
    QString note; // free text printed at the end; empty when none
};

} // namespace ow::core
