#include "core/pipeline/poisson.h"

#include <cmath>

namespace {

double logPmf(qint64 j, double lambda)
{
    const double x = double(j);
    return x * std::log(lambda) - lambda - std::lgamma(x + 1.0);
}

} // namespace

double logPoissonUpperTail(qint64 k, double lambda)
{
    if (k <= 0)
        return 0.0;
    if (double(k) >= lambda) {
        // Σ_{j≥k} pmf(j) = pmf(k)·(1 + λ/(k+1) + λ²/((k+1)(k+2)) + …): every ratio is < 1 and falling.
        double term = 1.0;
        double sum = 1.0;
        for (qint64 j = k + 1;; ++j) {
            term *= lambda / double(j);
            sum += term;
            if (term < 1e-17 * sum)
                break;
        }
        return logPmf(k, lambda) + std::log(sum);
    }
    // k < λ: P(X ≥ k) = 1 − Σ_{j≤k−1} pmf(j), the lower sum taken from k−1 down with ratios j/λ < 1.
    double term = 1.0;
    double sum = 1.0;
    for (qint64 j = k - 1; j > 0; --j) {
        term *= double(j) / lambda;
        sum += term;
        if (term < 1e-17 * sum)
            break;
    }
    const double logLower = logPmf(k - 1, lambda) + std::log(sum);
    return std::log1p(-std::exp(logLower));
}
