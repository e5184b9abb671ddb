#pragma once

#include "FieldSchema.h"

#include <QList>
#include <QString>

#include <optional>

namespace ow::core {

// The kinds of government service matter (事项类型) of the national catalog.
enum class MatterType {
    Licensing,     // 行政许可
    Confirmation,  // 行政确认
    Payment,       // 行政给付
    Ruling,        // 行政裁决
    Reward,        // 行政奖励
    Filing,        // 行政备案
    OtherPower,    // 其他行政权力
    PublicService, // 公共服务
};

std::optional<MatterType> matterTypeFromKey(const QString &key);
QString matterTypeKey(MatterType type);

// 原件 / 复印件 / 原件或复印件
enum class MaterialForm { Original, Copy, OriginalAndCopy };
// 纸质 / 电子 / 纸质或电子
enum class MaterialMedium { Paper, Electronic, Either };

// One material a matter asks for, as its service guide (办事指南) lists it.
struct MaterialRequirement
{
    QString id; // unique within the matter; shared ids collapse in a bundle
    QString name;
    MaterialForm form = MaterialForm::Original;
    MaterialMedium medium = MaterialMedium::Either;
    int copies = 1;
    bool required = true;
    Condition condition;        // when the material is needed
    QString verification;       // shared-data check that can stand in, e.g. "identity", "marriage"
    int reuseValidDays = 0;     // an earlier copy may be reused for this many days; 0 = never
    bool commitmentAllowed = false; // 告知承诺: a signed pledge may replace it
    QString note;
};

struct Department
{
    QString id;   // short key, e.g. "market"
    QString name; // 市场监督管理局
};

// A matter (事项) of the unified catalog. Invariants once imported: codes non-empty, at most 64
// characters; promisedDays ≤ statutoryDays; immediate matters (即办件) have no day limit.
struct Matter
{
    QString basicCode;          // 基本编码: the same everywhere
    QString implementationCode; // 实施编码: this hall's implementation; the key in OneWindow
    QString name;
    MatterType type = MatterType::PublicService;
    QString departmentId;
    bool immediate = false; // 即办件 (done at the counter) versus 承诺件
    int statutoryDays = 0;  // 法定办结时限, working days
    int promisedDays = 0;   // 承诺办结时限, working days
    QString fees;           // as published, e.g. "不收费" or "80元/件"
    QString acceptanceConditions;
    QString legalBasis;
    QStringList keywords;   // extra search words
    QList<FieldSchema> fields;
    QList<MaterialRequirement> materials;
};

// 一件事: several matters of several departments accepted as one thing.
struct Bundle
{
    QString code;
    QString name;
    QString description;
    QStringList matterCodes; // implementation codes, at least two
    QStringList keywords;
};

} // namespace ow::core
