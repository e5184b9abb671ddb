#include "DocumentText.h"

#include <QStringList>

namespace ow::print::DocumentText {

QString title(Kind kind)
{
    switch (kind) {
    case Kind::Receipt:
        return QStringLiteral("受理回执");
    case Kind::OneTimeNotice:
        return QStringLiteral("一次性告知书");
    case Kind::Refusal:
        return QStringLiteral("不予受理通知书");
    case Kind::CommitmentLetter:
        break;
    }
    return QStringLiteral("告知承诺书");
}

QString continuedTitle(Kind kind)
{
    return QStringLiteral("%1（续页）").arg(title(kind));
}

QString date(QDate date)
{
    if (!date.isValid())
        return none();
    return QStringLiteral("%1年%2月%3日").arg(date.year()).arg(date.month()).arg(date.day());
}

QString dateTime(const QDateTime &dateTime)
{
    if (!dateTime.isValid())
        return none();
    return QStringLiteral("%1 %2").arg(date(dateTime.date()),
                                       dateTime.time().toString(QStringLiteral("HH:mm")));
}

QString numberLine(const QString &number)
{
    return QStringLiteral("编号：%1").arg(number);
}

QString chineseOrdinal(int n)
{
    static const QStringList digits{QString(),
                                    QStringLiteral("一"),
                                    QStringLiteral("二"),
                                    QStringLiteral("三"),
                                    QStringLiteral("四"),
                                    QStringLiteral("五"),
                                    QStringLiteral("六"),
                                    QStringLiteral("七"),
                                    QStringLiteral("八"),
                                    QStringLiteral("九")};
    if (n < 1 || n > 99)
        return QString::number(n);
    const int tens = n / 10;
    const int ones = n % 10;
    QString text;
    if (tens > 1)
        text += digits.at(tens);
    if (tens > 0)
        text += QStringLiteral("十");
    text += digits.at(ones);
    return text;
}

QString sectionHeading(int n, const QString &heading)
{
    return QStringLiteral("%1、%2").arg(chineseOrdinal(n), heading);
}

QString pageOf(int page, int pages)
{
    return QStringLiteral("第%1页 共%2页").arg(page).arg(pages);
}

QString applicantLabel()
{
    return QStringLiteral("申请人");
}

QString idNumberLabel()
{
    return QStringLiteral("证件号码");
}

QString agentLabel()
{
    return QStringLiteral("代理人");
}

QString subjectLabel()
{
    return QStringLiteral("申请事项");
}

QString windowLabel()
{
    return QStringLiteral("办理窗口");
}

QString clerkLabel()
{
    return QStringLiteral("经办人");
}

QString issuedLabel(Kind kind)
{
    return kind == Kind::Receipt ? QStringLiteral("受理时间") : QStringLiteral("出具时间");
}

QString mattersHeading()
{
    return QStringLiteral("申请事项");
}

QString materialsHeading(Kind kind)
{
    switch (kind) {
    case Kind::OneTimeNotice:
        return QStringLiteral("已收取的材料");
    case Kind::CommitmentLetter:
        return QStringLiteral("以承诺代替的证明材料");
    case Kind::Receipt:
    case Kind::Refusal:
        break;
    }
    return QStringLiteral("申请材料");
}

QString noticeItemsHeading()
{
    return QStringLiteral("需要补正的全部内容");
}

QString reasonHeading()
{
    return QStringLiteral("不予受理的理由");
}

QString legalBasisHeading()
{
    return QStringLiteral("法律依据");
}

QString commitmentHeading()
{
    return QStringLiteral("申请人承诺");
}

QString numberColumn()
{
    return QStringLiteral("序号");
}

QString matterColumn()
{
    return QStringLiteral("事项名称");
}

QString departmentColumn()
{
    return QStringLiteral("实施部门");
}

QString promisedColumn()
{
    return QStringLiteral("承诺时限");
}

QString deadlineColumn()
{
    return QStringLiteral("办结期限");
}

QString materialColumn()
{
    return QStringLiteral("材料名称");
}

QString materialStatusColumn()
{
    return QStringLiteral("核验情况");
}

QString noticeItemColumn()
{
    return QStringLiteral("材料或事项");
}

QString whatIsNeededColumn()
{
    return QStringLiteral("需要补正的内容");
}

QString workingDays(int days)
{
    if (days <= 0)
        return none();
    return QStringLiteral("%1个工作日").arg(days);
}

QString none()
{
    return QStringLiteral("—");
}

QString salutation(const QString &applicantName)
{
    return QStringLiteral("%1：").arg(applicantName);
}

QString introduction(const core::OutcomeDocument &document)
{
    const QString when = date(document.issuedAt.date());
    switch (document.kind) {
    case Kind::Receipt:
        return QStringLiteral("您（单位）于%1提交的“%2”申请，申请材料齐全、符合法定形式，"
                              "现予受理。办理情况告知如下：")
            .arg(when, document.subjectName);
    case Kind::OneTimeNotice:
        return QStringLiteral("您（单位）于%1申请办理“%2”，经审查，提交的申请材料不齐全或者不符合"
                              "法定形式。依据《中华人民共和国行政许可法》第三十二条的规定，现一次性"
                              "告知您需要补正的全部内容如下：")
            .arg(when, document.subjectName);
    case Kind::Refusal:
        return QStringLiteral("您（单位）于%1申请办理“%2”，经审查，决定不予受理。理由和依据如下：")
            .arg(when, document.subjectName);
    case Kind::CommitmentLetter:
        break;
    }
    return QStringLiteral("您（单位）申请办理“%1”。依据证明事项告知承诺制的有关规定，下列证明材料"
                          "可以由您以书面承诺代替提交，现将有关事项告知如下：")
        .arg(document.subjectName);
}

QString closing(Kind kind)
{
    switch (kind) {
    case Kind::Receipt:
        return QStringLiteral("请妥善保管本回执，凭本回执和申请人有效身份证件领取办理结果。办理进度"
                              "可凭受理编号查询。");
    case Kind::OneTimeNotice:
        return QStringLiteral("请按上述要求补正后再次提交。补正后的申请材料齐全、符合法定形式的，"
                              "将依法予以受理；本告知书所列内容之外，不再要求补正其他材料。");
    case Kind::Refusal:
        return QStringLiteral("如对本决定不服，可以自收到本通知书之日起六十日内依法申请行政复议，"
                              "或者在六个月内依法向人民法院提起行政诉讼。");
    case Kind::CommitmentLetter:
        break;
    }
    return QStringLiteral("行政机关将依法对承诺内容进行核查；发现承诺不实的，将依法处理并记入"
                          "信用记录。");
}

QString deadlineLine(QDate deadline)
{
    return QStringLiteral("办结期限：%1").arg(date(deadline));
}

QString noteLine(const QString &note)
{
    return QStringLiteral("备注：%1").arg(note);
}

QString applicantPledge()
{
    return QStringLiteral("本人已知晓上述告知内容，承诺所提供的信息真实、准确、完整，符合告知的条件"
                          "和要求，愿意承担不实承诺的法律责任。");
}

QString applicantSignatureLine()
{
    return QStringLiteral("承诺人（签字）：____________　　日期：______年____月____日");
}

QString issuer(const QString &hallName, const QString &windowName)
{
    if (windowName.isEmpty())
        return hallName;
    return QStringLiteral("%1　%2").arg(hallName, windowName);
}

QString clerkSignature(const QString &clerkName)
{
    return QStringLiteral("经办人：%1").arg(clerkName);
}

QString sealStatement(const QString &keyId)
{
    return QStringLiteral("本文书加盖 SM2 电子签章（密钥标识 %1），扫描二维码可离线核验真伪。")
        .arg(keyId);
}

QString qrCaption()
{
    return QStringLiteral("扫码核验");
}

QString contactLine(const QString &contact, const QString &phone)
{
    QStringList parts;
    if (!contact.isEmpty())
        parts.append(QStringLiteral("联系方式：%1").arg(contact));
    if (!phone.isEmpty())
        parts.append(QStringLiteral("咨询电话：%1").arg(phone));
    return parts.join(QStringLiteral("　"));
}

} // namespace ow::print::DocumentText
