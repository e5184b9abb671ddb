#include "CanonicalJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

#include <algorithm>

namespace ow::core {
namespace {

void appendString(QByteArray &out, const QString &text)
{
    static constexpr char kHex[] = "0123456789abcdef";
    const QByteArray utf8 = text.toUtf8();
    out.append('"');
    for (const char c : utf8) {
        const auto byte = static_cast<unsigned char>(c);
        switch (byte) {
        case '"':
            out.append("\\\"");
            break;
        case '\\':
            out.append("\\\\");
            break;
        case '\b':
            out.append("\\b");
            break;
        case '\f':
            out.append("\\f");
            break;
        case '\n':
            out.append("\\n");
            break;
        case '\r':
            out.append("\\r");
            break;
        case '\t':
            out.append("\\t");
            break;
        default:
            if (byte < 0x20) {
                out.append("\\u00");
                out.append(kHex[byte >> 4]);
                out.append(kHex[byte & 0xf]);
            } else {
                out.append(c); // UTF-8 continuation and lead bytes are all >= 0x80
            }
        }
    }
    out.append('"');
}

// Numbers go through QJsonDocument itself so that their spelling is Qt's by construction,
// also for whatever Qt decides about integers stored as doubles.
void appendNumber(QByteArray &out, const QJsonValue &number)
{
    const QByteArray text = QJsonDocument(QJsonArray{number}).toJson(QJsonDocument::Compact);
    out.append(text.mid(1, text.size() - 2)); // without "[" and "]"
}

void append(QByteArray &out, const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        out.append("null");
        break;
    case QJsonValue::Bool:
        out.append(value.toBool() ? "true" : "false");
        break;
    case QJsonValue::Double:
        appendNumber(out, value);
        break;
    case QJsonValue::String:
        appendString(out, value.toString());
        break;
    case QJsonValue::Array: {
        const QJsonArray array = value.toArray();
        out.append('[');
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (i > 0)
                out.append(',');
            append(out, array.at(i));
        }
        out.append(']');
        break;
    }
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        QStringList keys = object.keys();
        // QString's operator< compares UTF-16 code units; sorting here rather than relying on
        // QJsonObject's internal order keeps the documented order whatever Qt does inside.
        std::sort(keys.begin(), keys.end());
        out.append('{');
        for (qsizetype i = 0; i < keys.size(); ++i) {
            if (i > 0)
                out.append(',');
            appendString(out, keys.at(i));
            out.append(':');
            append(out, object.value(keys.at(i)));
        }
        out.append('}');
        break;
    }
    }
}

} // namespace

QByteArray canonicalJson(const QJsonValue &value)
{
    QByteArray out;
    append(out, value);
    return out;
}

} // namespace ow::core
