#pragma once

#include <QByteArray>
#include <QJsonValue>

namespace ow::core {

// The one byte sequence that stands for a JSON value when it is signed: the hub signs the
// canonical JSON of a verification answer, and a workstation that received the answer as JSON
// text, parsed it and canonicalizes it again gets the same bytes and can check the signature.
//
// The form:
// - compact: no white space anywhere;
// - object members sorted by their keys compared as sequences of UTF-16 code units (QString's
//   operator<, the order RFC 8785 "JCS" uses), so "Z" < "a" < "𠮷" (U+D842 U+DFB7) < "！"
//   (U+FF01) even though U+20BB7 is above U+FF01 as a code point; array order is kept;
// - strings in UTF-8, not escaped except where JSON requires it: the quotation mark, the
//   backslash and the control characters below U+0020 (\b \f \n \r \t as such, the others as
//   \u00xx with lower-case hex). "/", DEL, U+2028/U+2029 and everything else are written as
//   themselves. A lone surrogate, which no JSON parser produces, is written as QString::toUtf8
//   writes it;
// - numbers exactly as QJsonDocument writes them (integers as integers, other doubles in the
//   shortest form that reads back the same, e.g. 89.37, 1e+21; NaN and infinities as null) —
//   so a value that went through QJsonDocument's text and back keeps its spelling;
// - true, false, null; an undefined QJsonValue is written as null.
QByteArray canonicalJson(const QJsonValue &value);

} // namespace ow::core
