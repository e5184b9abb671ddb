#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace ow::core::detail {

// Conversions between the DER signatures of Sm2Key (SEQUENCE of INTEGER r, INTEGER s) and the
// fixed-size r‖s form printed in seals: 32 + 32 bytes, big-endian, zero-padded. One spelling
// per signature either way; both return an empty array for anything else.
constexpr qsizetype RawSignatureSize = 64;

QByteArray signatureDerToRaw(QByteArrayView der);
QByteArray signatureRawToDer(QByteArrayView raw);

} // namespace ow::core::detail
