#pragma once

#include <QtGlobal>

/// Natural log of the Poisson upper tail, ln P(X ≥ k) for X ~ Poisson(λ), λ > 0.
/// Exact in log space for k in the millions: the tail is a sum of pmf terms
/// ln pmf(j) = j·ln λ − λ − lgamma(j + 1), summed from k upward when k ≥ λ (terms shrink by λ/(j+1)),
/// or as 1 − P(X ≤ k − 1) with the lower sum taken from k − 1 downward when k < λ (terms shrink by j/λ).
/// Either sum stops once a term is below 1e-17 of the running total; k ≤ 0 gives ln 1 = 0.
double logPoissonUpperTail(qint64 k, double lambda);
