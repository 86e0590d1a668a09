#include "core/pipeline/binomial.h"

#include <cmath>
#include <limits>

// ln pmf after C. Loader, "Fast and accurate computation of binomial probabilities" (2000), the method of R's
// dbinom: ln C(trials, j) written as lgamma differences loses ~1e-8 in ln for trials in the millions (three numbers
// near 4e7 cancel); the saddle-point form below keeps every term small, so ln pmf stays exact to ~1e-13.
namespace {

constexpr double kLn2Pi = 1.837877066409345483560659472811; // ln(2π)

/// stirlerr(n) = ln(n!) − ln(√(2πn)·(n/e)^n), the error of Stirling's formula.
double stirlerr(double n)
{
    constexpr double s0 = 1.0 / 12, s1 = 1.0 / 360, s2 = 1.0 / 1260, s3 = 1.0 / 1680, s4 = 1.0 / 1188;
    if (n <= 15.0)
        return std::lgamma(n + 1.0) - (n + 0.5) * std::log(n) + n - 0.5 * kLn2Pi;
    const double nn = n * n;
    if (n > 500)
        return (s0 - s1 / nn) / n;
    if (n > 80)
        return (s0 - (s1 - s2 / nn) / nn) / n;
    if (n > 35)
        return (s0 - (s1 - (s2 - s3 / nn) / nn) / nn) / n;
    return (s0 - (s1 - (s2 - (s3 - s4 / nn) / nn) / nn) / nn) / n;
}

/// bd0(x, m) = x·ln(x/m) + m − x, the deviance term, without cancellation when x ≈ m.
double bd0(double x, double m)
{
    if (std::abs(x - m) < 0.1 * (x + m)) {
        double v = (x - m) / (x + m);
        double s = (x - m) * v;
        double ej = 2 * x * v;
        v *= v;
        for (int j = 1; j < 1000; ++j) {
            ej *= v;
            const double next = s + ej / (2 * j + 1);
            if (next == s)
                return next;
            s = next;
        }
        return s;
    }
    return x * std::log(x / m) + m - x;
}

/// ln P(X = j) for X ~ Binomial(trials, p), 0 < p < 1, 0 ≤ j ≤ trials.
double logPmf(qint64 j, qint64 trials, double p, double q)
{
    const double x = double(j);
    const double n = double(trials);
    if (j == 0)
        return p < 0.1 ? -bd0(n, n * q) - n * p : n * std::log1p(-p);
    if (j == trials)
        return q < 0.1 ? -bd0(n, n * p) - n * q : n * std::log(p);
    const double lc = stirlerr(n) - stirlerr(x) - stirlerr(n - x) - bd0(x, n * p) - bd0(n - x, n * q);
    const double lf = kLn2Pi + std::log(x) + std::log1p(-x / n); // ln(2π·x·(n − x)/n)
    return lc - 0.5 * lf;
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
    const double q = 1.0 - p;
    const double odds = p / q;
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
        return logPmf(n, trials, p, q) + std::log(sum);
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
    const double logLower = logPmf(n - 1, trials, p, q) + std::log(sum);
    return std::log1p(-std::exp(logLower));
}
