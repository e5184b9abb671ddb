#include "OutcomeDocumentBuilder.h"

namespace ow::core {
namespace {

// Official wording on paper, independent of the UI language.
QString paperStatus(const MaterialLine &line)
{
    const MaterialRequirement &r = line.requirement;
    const MaterialDecision &d = line.decision;
    switch (d.disposition) {
    case MaterialDisposition::Paper:
        return r.form == MaterialForm::Copy ? QStringLiteral("复印件已收取")
                                            : QStringLiteral("原件已核验");
    case MaterialDisposition::Scanned:
        return QStringLiteral("电子材料已收取");
    case MaterialDisposition::Reused:
        return QStringLiteral("复用历史材料");
    case MaterialDisposition::Verified:
        return QStringLiteral("共享数据核验");
    case MaterialDisposition::Commitment:
        return QStringLiteral("告知承诺");
    case MaterialDisposition::Missing:
        return QStringLiteral("缺");
    case MaterialDisposition::Incorrect:
        return QStringLiteral("有误");
    }
    return {};
}

QString whatIsNeeded(const MaterialLine &line)
{
    const MaterialRequirement &r = line.requirement;
    QString form;
    switch (r.form) {
    case MaterialForm::Original:
        form = QStringLiteral("原件");
        break;
    case MaterialForm::Copy:
        form = QStringLiteral("复印件");
        break;
    case MaterialForm::OriginalAndCopy:
        form = QStringLiteral("原件及复印件");
        break;
    }
    QString text = line.decision.disposition == MaterialDisposition::Incorrect
                       ? QStringLiteral("所交材料有误，请重新提供%1%2份").arg(form).arg(r.copies)
                       : QStringLiteral("请提供%1%2份").arg(form).arg(r.copies);
    if (!line.decision.detail.isEmpty())
        text += QStringLiteral("（%1）").arg(line.decision.detail);
    else if (!r.note.isEmpty())
        text += QStringLiteral("（%1）").arg(r.note);
    return text;
}

QString maskedId(const ApplicantProfile &applicant)
{
    return applicant.maskedIdentifier();
}

OutcomeDocument base(const AcceptanceRequest &request, const AcceptanceResult &result,
                     const IssuingStation &station)
{
    OutcomeDocument doc;
    doc.documentNumber = result.summary.receiptNumber;
    doc.hallName = station.hallName;
    doc.windowName = station.windowName;
    doc.clerkName = station.clerkName;
    doc.issuedAt = result.summary.createdAt;
    doc.applicantName = request.applicant.name;
    doc.applicantIdMasked = maskedId(request.applicant);
    doc.agentName = request.agent.name;
    doc.subjectName = result.summary.subjectName;
    doc.hallContact = station.hallContact;
    doc.hallPhone = station.hallPhone;
    return doc;
}

} // namespace

OutcomeDocument buildOutcomeDocument(const AcceptanceRequest &request,
                                     const AcceptanceResult &result, const Catalog &catalog,
                                     const IssuingStation &station,
                                     const QList<OutcomeNoticeItem> &formIssues)
{
    OutcomeDocument doc = base(request, result, station);
    switch (result.summary.outcome) {
    case CaseOutcome::Accepted:
        doc.kind = OutcomeDocument::Kind::Receipt;
        break;
    case CaseOutcome::Notice:
        doc.kind = OutcomeDocument::Kind::OneTimeNotice;
        break;
    case CaseOutcome::Refused:
        doc.kind = OutcomeDocument::Kind::Refusal;
        break;
    }
    doc.deadline = result.summary.deadline;
    if (!result.steps.isEmpty()) {
        for (const CaseStep &s : result.steps) {
            const Department *d = catalog.department(s.departmentId);
            doc.matters.append(
                {s.matterName, d ? d->name : s.departmentId, s.deadline, s.workingDays});
        }
    } else if (const auto subject = catalog.subject(result.summary.subjectCode)) {
        for (const QString &code : subject->matterCodes) {
            if (const Matter *m = catalog.matter(code)) {
                const Department *d = catalog.department(m->departmentId);
                doc.matters.append(
                    {m->name, d ? d->name : m->departmentId, {}, AcceptanceService::limitDays(*m)});
            }
        }
    }
    for (const MaterialLine &line : result.materials) {
        doc.materials.append({line.requirement.name, paperStatus(line)});
        const MaterialDisposition d = line.decision.disposition;
        if (doc.kind == OutcomeDocument::Kind::OneTimeNotice
            && (d == MaterialDisposition::Missing || d == MaterialDisposition::Incorrect)
            && line.requirement.required)
            doc.noticeItems.append({line.requirement.name, whatIsNeeded(line)});
    }
    if (doc.kind == OutcomeDocument::Kind::OneTimeNotice) {
        doc.noticeItems += formIssues;
        if (!request.reason.isEmpty() && formIssues.isEmpty())
            doc.note = request.reason;
    }
    if (doc.kind == OutcomeDocument::Kind::Refusal) {
        doc.refusalReason = request.reason;
        doc.legalBasis = request.legalBasis;
    }
    return doc;
}

std::optional<OutcomeDocument> buildCommitmentLetter(const AcceptanceRequest &request,
                                                     const AcceptanceResult &result,
                                                     const IssuingStation &station)
{
    QStringList pledged;
    for (const MaterialLine &line : result.materials) {
        if (line.decision.disposition == MaterialDisposition::Commitment)
            pledged << line.requirement.name;
    }
    if (pledged.isEmpty() || result.summary.outcome != CaseOutcome::Accepted)
        return std::nullopt;
    OutcomeDocument doc = base(request, result, station);
    doc.kind = OutcomeDocument::Kind::CommitmentLetter;
    doc.deadline = result.commitmentChecks.isEmpty() ? QDate() : result.commitmentChecks.first();
    for (const QString &name : pledged)
        doc.materials.append({name, QStringLiteral("告知承诺")});
    doc.commitmentText =
        QStringLiteral(
            "本人（单位）已知晓行政机关告知的全部内容，承诺所申请事项符合法定条件、标准和"
            "要求，以下材料所载内容真实、合法、有效：%1。本人（单位）愿意承担不实承诺的"
            "法律责任，并接受行政机关在%2前对承诺内容的核查。")
            .arg(pledged.join(QStringLiteral("、")),
                 doc.deadline.isValid() ? doc.deadline.toString(QStringLiteral("yyyy年M月d日"))
                                        : QStringLiteral("规定期限"));
    return doc;
}

} // namespace ow::core
