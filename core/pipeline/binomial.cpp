#include "core/pipeline/binomial.h"

#include <cmath>
#include <limits>

namespace {

double logPmf(qint64 j, qint64 trials, double lnP, double lnQ)
{
    const double x = double(j);
    const double t = double(trials);
    return std::lgamma(t + 1.0) - std::lgamma(x + 1.0) - std::lgamma(t - x + 1.0) + x * lnP + (t - x) * lnQ;
}

} // namespace

double logBinomialUpperTail(qint64 n, qint64 trials, double p)
{
    if (n <= 0)
        return 0.0;
    if (n > trials || p <= 0.0)
        return -std::numeric_limits<double>::infinity();
    if (p >= 1.0)
        return 0.0;
    const double lnP = std::log(p);
    const double lnQ = std::log1p(-p);
    const double odds = p / (1.0 - p);
    const double mode = (double(trials) + 1.0) * p;
    if (double(n) >= mode) {
        // Σ_{j≥n} pmf(j) = pmf(n)·(1 + r_n + r_n·r_{n+1} + …), r_j = (trials − j)/(j + 1)·p/(1 − p) < 1, falling.
        double term = 1.0;
        double sum = 1.0;
        for (qint64 j = n; j < trials; ++j) {
            term *= double(trials - j) / double(j + 1) * odds;
            sum += term;
            if (term < 1e-17 * sum)
                break;
        }
        return logPmf(n, trials, lnP, lnQ) + std::log(sum);
    }
    // n below the mode: P(X ≥ n) = 1 − Σ_{j≤n−1} pmf(j), the lower sum taken from n − 1 down.
    double term = 1.0;
    double sum = 1.0;
    for (qint64 j = n - 1; j > 0; --j) {
        term *= double(j) / double(trials - j + 1) / odds;
        sum += term;
        if (term < 1e-17 * sum)
            break;
    }
    const double logLower = logPmf(n - 1, trials, lnP, lnQ) + std::log(sum);
    return std::log1p(-std::exp(logLower));
}
