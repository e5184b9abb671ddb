// CatalogJson::serialize: the export half of docs/catalog-format.md. parse(serialize(c))
// gives back an equal catalog.
#include "CatalogJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ow::core {
namespace {

void putIf(QJsonObject &o, const QString &key, const QString &value)
{
    if (!value.isEmpty())
        o.insert(key, value);
}

QJsonArray fieldsJson(const QList<FieldSchema> &fields)
{
    QJsonArray array;
    for (const FieldSchema &f : fields) {
        QJsonObject o{{QStringLiteral("id"), f.id},
                      {QStringLiteral("label"), f.label},
                      {QStringLiteral("type"), fieldTypeKey(f.type)}};
        if (f.required)
            o.insert(QStringLiteral("required"), true);
        putIf(o, QStringLiteral("help"), f.help);
        putIf(o, QStringLiteral("prefill"), f.prefill);
        if (f.maxLength > 0)
            o.insert(QStringLiteral("maxLength"), f.maxLength);
        if (f.minimum)
            o.insert(QStringLiteral("minimum"), *f.minimum);
        if (f.maximum)
            o.insert(QStringLiteral("maximum"), *f.maximum);
        if (!f.condition.isAlways())
            o.insert(QStringLiteral("condition"), f.condition.toJson());
        if (!f.options.isEmpty()) {
            QJsonArray options;
            for (const FieldOption &opt : f.options) {
                if (opt.label == opt.value)
                    options.append(opt.value);
                else
                    options.append(QJsonObject{{QStringLiteral("value"), opt.value},
                                               {QStringLiteral("label"), opt.label}});
            }
            o.insert(QStringLiteral("options"), options);
        }
        if (f.type == FieldType::Group) {
            o.insert(QStringLiteral("fields"), fieldsJson(f.children));
            if (f.minItems > 0)
                o.insert(QStringLiteral("minItems"), f.minItems);
            if (f.maxItems > 0)
                o.insert(QStringLiteral("maxItems"), f.maxItems);
            putIf(o, QStringLiteral("sharesField"), f.sharesField);
        }
        array.append(o);
    }
    return array;
}

QString formKey(MaterialForm form)
{
    switch (form) {
    case MaterialForm::Original:
        return QStringLiteral("original");
    case MaterialForm::Copy:
        return QStringLiteral("copy");
    case MaterialForm::OriginalAndCopy:
        return QStringLiteral("original-and-copy");
    }
    return {};
}

QString mediumKey(MaterialMedium medium)
{
    switch (medium) {
    case MaterialMedium::Paper:
        return QStringLiteral("paper");
    case MaterialMedium::Electronic:
        return QStringLiteral("electronic");
    case MaterialMedium::Either:
        break;
    }
    return QStringLiteral("either");
}

QJsonArray materialsJson(const QList<MaterialRequirement> &materials)
{
    QJsonArray array;
    for (const MaterialRequirement &m : materials) {
        QJsonObject o{{QStringLiteral("id"), m.id},
                      {QStringLiteral("name"), m.name},
                      {QStringLiteral("form"), formKey(m.form)},
                      {QStringLiteral("medium"), mediumKey(m.medium)},
                      {QStringLiteral("copies"), m.copies},
                      {QStringLiteral("required"), m.required}};
        if (!m.condition.isAlways())
            o.insert(QStringLiteral("condition"), m.condition.toJson());
        putIf(o, QStringLiteral("verification"), m.verification);
        if (m.reuseValidDays > 0)
            o.insert(QStringLiteral("reuseValidDays"), m.reuseValidDays);
        if (m.commitmentAllowed)
            o.insert(QStringLiteral("commitmentAllowed"), true);
        putIf(o, QStringLiteral("note"), m.note);
        array.append(o);
    }
    return array;
}

} // namespace

QJsonObject CatalogJson::matterToJson(const Matter &m)
{
    QJsonObject o{{QStringLiteral("basicCode"), m.basicCode},
                  {QStringLiteral("implementationCode"), m.implementationCode},
                  {QStringLiteral("name"), m.name},
                  {QStringLiteral("type"), matterTypeKey(m.type)},
                  {QStringLiteral("department"), m.departmentId},
                  {QStringLiteral("immediate"), m.immediate},
                  {QStringLiteral("statutoryDays"), m.statutoryDays},
                  {QStringLiteral("promisedDays"), m.promisedDays}};
    putIf(o, QStringLiteral("fees"), m.fees);
    putIf(o, QStringLiteral("acceptanceConditions"), m.acceptanceConditions);
    putIf(o, QStringLiteral("legalBasis"), m.legalBasis);
    if (!m.keywords.isEmpty())
        o.insert(QStringLiteral("keywords"), QJsonArray::fromStringList(m.keywords));
    o.insert(QStringLiteral("fields"), fieldsJson(m.fields));
    o.insert(QStringLiteral("materials"), materialsJson(m.materials));
    return o;
}

QJsonObject CatalogJson::bundleToJson(const Bundle &b)
{
    QJsonObject o{{QStringLiteral("code"), b.code},
                  {QStringLiteral("name"), b.name},
                  {QStringLiteral("matters"), QJsonArray::fromStringList(b.matterCodes)}};
    putIf(o, QStringLiteral("description"), b.description);
    if (!b.keywords.isEmpty())
        o.insert(QStringLiteral("keywords"), QJsonArray::fromStringList(b.keywords));
    return o;
}

Bundle CatalogJson::bundleFromJson(const QJsonObject &o)
{
    Bundle b;
    b.code = o.value(u"code").toString();
    b.name = o.value(u"name").toString();
    b.description = o.value(u"description").toString();
    for (const QJsonValue &v : o.value(u"keywords").toArray())
        b.keywords << v.toString();
    for (const QJsonValue &v : o.value(u"matters").toArray())
        b.matterCodes << v.toString();
    return b;
}

QByteArray CatalogJson::serialize(const Catalog &catalog)
{
    QJsonArray departments;
    for (const Department &d : catalog.departments())
        departments.append(
            QJsonObject{{QStringLiteral("id"), d.id}, {QStringLiteral("name"), d.name}});
    QJsonArray matters;
    for (const Matter &m : catalog.matters())
        matters.append(matterToJson(m));

    QJsonArray bundles;
    for (const Bundle &b : catalog.bundles())
        bundles.append(bundleToJson(b));
    const QJsonObject root{{QStringLiteral("format"), QStringLiteral("onewindow-catalog")},
                           {QStringLiteral("version"), kFormatVersion},
                           {QStringLiteral("departments"), departments},
                           {QStringLiteral("matters"), matters},
                           {QStringLiteral("bundles"), bundles}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace ow::core
