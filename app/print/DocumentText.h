#pragma once

#include "core/documents/OutcomeDocument.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace ow::print {

// The fixed wording of the printed outcome documents, all in one place. These are official
// Chinese documents: their text is Chinese whatever the UI language and is never translated.
namespace DocumentText {

using Kind = core::OutcomeDocument::Kind;

QString title(Kind kind); // 受理回执, 一次性告知书, 不予受理通知书, 告知承诺书
QString continuedTitle(Kind kind);                     // 受理回执（续页）
QString date(QDate date);                              // 2026年11月23日
QString dateTime(const QDateTime &dateTime);           // 2026年11月23日 10:15
QString numberLine(const QString &number);             // 编号：W01-2026-000123
QString chineseOrdinal(int n);                         // 1 → 一, 12 → 十二 (1–99)
QString sectionHeading(int n, const QString &heading); // 一、申请事项
QString pageOf(int page, int pages);                   // 第1页 共2页

// The labels of the applicant block.
QString applicantLabel();
QString idNumberLabel();
QString agentLabel();
QString subjectLabel();
QString windowLabel();
QString clerkLabel();
QString issuedLabel(Kind kind);

// Section headings.
QString mattersHeading();
QString materialsHeading(Kind kind);
QString noticeItemsHeading();
QString reasonHeading();
QString legalBasisHeading();
QString commitmentHeading();

// Table headers.
QString numberColumn();
QString matterColumn();
QString departmentColumn();
QString promisedColumn();
QString deadlineColumn();
QString materialColumn();
QString materialStatusColumn();
QString noticeItemColumn();
QString whatIsNeededColumn();
QString workingDays(int days); // 15个工作日
QString none();                // —

// The letter's opening and closing, by kind.
QString salutation(const QString &applicantName); // 张三：
QString introduction(const core::OutcomeDocument &document);
QString closing(Kind kind);
QString deadlineLine(QDate deadline); // 办结期限：2026年12月8日
QString noteLine(const QString &note);
QString applicantPledge();
QString applicantSignatureLine();

// The issuer's block, the QR caption and the footer.
QString issuer(const QString &hallName, const QString &windowName); // 某政务服务中心　3号窗口
QString clerkSignature(const QString &clerkName);                   // 经办人：王五
QString sealStatement(const QString &keyId);
QString qrCaption();
QString contactLine(const QString &contact, const QString &phone);

} // namespace DocumentText
} // namespace ow::print
