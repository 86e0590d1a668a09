#pragma once

#include <QtGlobal>

/// Natural log of the binomial upper tail, ln P(X ≥ n) for X ~ Binomial(trials, p), 0 ≤ p ≤ 1.
/// Exact in log space for counts in the millions and for p near 0 or 1: the tail is a sum of pmf terms
/// ln pmf(j) = ln C(trials, j) + j·ln p + (trials − j)·ln(1 − p) (in Loader's saddle-point form, exact to ~1e-13 where
/// lgamma differences would lose 1e-8 for trials in the millions), each taken relative to the first one so nothing
/// underflows. Summed from the mode side: when n lies above the mode (trials + 1)·p the terms
/// from n upward shrink by (trials − j)/(j + 1) · p/(1 − p) < 1; else P(X ≥ n) = 1 − P(X ≤ n − 1) with the lower
/// sum taken from n − 1 downward (terms shrink by j/(trials − j + 1) · (1 − p)/p < 1), and log1p keeps the
/// difference exact. Either sum stops once a term is below 1e-17 of the running total.
/// n ≤ 0 gives ln 1 = 0; n > trials (or p = 0 with n > 0) gives −∞, the only non-finite answer.
double logBinomialUpperTail(qint64 n, qint64 trials, double p);
