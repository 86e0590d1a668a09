#pragma once

#include <cstdint>
#include <numeric>
#include <utility>
#include <vector>

/// Disjoint sets over 0 … n−1 with union by size and path halving; sizes are kept per root.
class UnionFind
{
public:
    explicit UnionFind(std::size_t n) : m_parent(n), m_size(n, 1) { std::iota(m_parent.begin(), m_parent.end(), 0); }

    std::int32_t find(std::int32_t x)
    {
        while (m_parent[std::size_t(x)] != x) {
            m_parent[std::size_t(x)] = m_parent[std::size_t(m_parent[std::size_t(x)])];
            x = m_parent[std::size_t(x)];
        }
        return x;
    }

    /// Joins the sets of a and b; false when they were one set already.
    bool unite(std::int32_t a, std::int32_t b)
    {
        a = find(a);
        b = find(b);
        if (a == b)
            return false;
        if (m_size[std::size_t(a)] < m_size[std::size_t(b)])
            std::swap(a, b);
        m_parent[std::size_t(b)] = a;
        m_size[std::size_t(a)] += m_size[std::size_t(b)];
        return true;
    }

    int sizeOf(std::int32_t x) { return m_size[std::size_t(find(x))]; }

private:
    std::vector<std::int32_t> m_parent;
    std::vector<int> m_size;
};
