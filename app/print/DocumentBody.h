#pragma once

#include "core/documents/OutcomeDocument.h"

#include <QString>

class QTextDocument;

namespace ow::print {

// Lengths on a paint device of `dpi` dots per inch.
struct PageMetrics
{
    qreal dpi = 72;
    qreal mm(qreal millimetres) const { return millimetres * dpi / 25.4; }
    qreal pt(qreal points) const { return points * dpi / 72; }
};

// Fills the empty `body` with the flowing part of `document`: the applicant block, the letter,
// the tables of matters, materials and notice items, and the issuer's block naming the seal's
// `keyId`. Page headers and footers are not part of it. Set the body's paint device (its
// layout's) first: lengths are laid out for it.
void buildDocumentBody(QTextDocument &body, const core::OutcomeDocument &document,
                       const QString &keyId);

} // namespace ow::print
