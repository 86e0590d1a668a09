#pragma once

#include <QJsonObject>
#include <QString>

class DataGenerator;

/// The truth written beside the data (schema in tests/bench/README.md): as_of, the window, the
/// parameters it assumes (SPEC section 3 defaults), every planted trend with its anchor, tags,
/// platforms, regions and creators as actually written, and every decoy with the checks that
/// must fail. Built after DataGenerator::run(), from what was really written.
namespace truthjson {

QJsonObject build(const DataGenerator &generator, const QString &dataFile);

/// −log10 P(X ≥ k) for X ~ Poisson(λ), in log space (finite for k in the millions); 0 when k ≤ λ.
double poissonTailMinusLog10(qint64 k, double lambda);

} // namespace truthjson
