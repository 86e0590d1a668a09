#pragma once

#include <cmath>
#include <cstdint>
#include <random>

/// std::mt19937_64 with hand-written draws. The std distributions are implementation-defined
/// (libstdc++ and libc++ give different numbers), so they would break "same seed ⇒ same bytes".
class Rng
{
public:
    explicit Rng(std::uint64_t seed) : m_engine(seed) {}

    std::uint64_t next() { return m_engine(); }

    /// Uniform in [0, 1) with 53 random bits.
    double uniform() { return double(m_engine() >> 11) * 0x1.0p-53; }

    /// Uniform integer in [0, n); n > 0.
    std::int64_t below(std::int64_t n) { return std::int64_t(uniform() * double(n)); }

    /// Uniform integer in [lo, hi].
    std::int64_t between(std::int64_t lo, std::int64_t hi) { return lo + below(hi - lo + 1); }

    bool chance(double p) { return uniform() < p; }

    /// Standard normal (Box–Muller, one value per call: simplicity over speed).
    double normal()
    {
        const double u1 = 1.0 - uniform(); // (0, 1]: log is finite
        const double u2 = uniform();
        return std::sqrt(-2.0 * std::log(u1)) * std::cos(6.283185307179586 * u2);
    }

private:
    std::mt19937_64 m_engine;
};

/// splitmix64: a stateless hash for per-creator attributes (home region, name), so that creators
/// need no table in memory and keep their attributes whatever order posts are generated in.
inline std::uint64_t mix64(std::uint64_t x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}
