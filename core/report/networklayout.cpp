#include "core/report/networklayout.h"

#include <algorithm>
#include <cmath>
#include <random>
#include <vector>

namespace {

constexpr double kIdeal = 1.0;          // k
constexpr double kReach = 2.0 * kIdeal; // repulsion is felt within 2k (the paper's grid variant)
constexpr double kGravity = 0.003;
constexpr double kDroppedWeight = 0.25;

struct Vec
{
    double x = 0;
    double y = 0;
};

/// The nodes by grid cell (a counting sort): the cell of node i, and the nodes of each cell.
class Grid
{
public:
    void fill(const std::vector<Vec> &pos)
    {
        double minX = pos.front().x, minY = pos.front().y, maxX = minX, maxY = minY;
        for (const Vec &p : pos) {
            minX = std::min(minX, p.x);
            minY = std::min(minY, p.y);
            maxX = std::max(maxX, p.x);
            maxY = std::max(maxY, p.y);
        }
        // Cells at least 2k wide, and no more of them than a few per node.
        const double n = double(pos.size());
        m_cell = std::max(kReach, std::sqrt((maxX - minX) * (maxY - minY) / (4 * n)));
        m_minX = minX;
        m_minY = minY;
        m_width = int(std::floor((maxX - minX) / m_cell)) + 1;
        m_height = int(std::floor((maxY - minY) / m_cell)) + 1;
        m_start.assign(std::size_t(m_width) * std::size_t(m_height) + 1, 0);
        m_cellOf.resize(pos.size());
        for (std::size_t i = 0; i < pos.size(); ++i) {
            m_cellOf[i] = cellIndex(column(pos[i].x), row(pos[i].y));
            ++m_start[m_cellOf[i] + 1];
        }
        for (std::size_t c = 1; c < m_start.size(); ++c)
            m_start[c] += m_start[c - 1];
        m_nodes.resize(pos.size());
        std::vector<int> next(m_start.begin(), m_start.end() - 1);
        for (std::size_t i = 0; i < pos.size(); ++i)
            m_nodes[std::size_t(next[m_cellOf[i]]++)] = int(i);
    }

    int column(double x) const { return std::clamp(int((x - m_minX) / m_cell), 0, m_width - 1); }
    int row(double y) const { return std::clamp(int((y - m_minY) / m_cell), 0, m_height - 1); }
    int width() const { return m_width; }
    int height() const { return m_height; }
    std::size_t cellIndex(int col, int r) const { return std::size_t(r) * std::size_t(m_width) + std::size_t(col); }

    template <typename F> void forEachIn(std::size_t cell, F &&f) const
    {
        for (int k = m_start[cell]; k < m_start[cell + 1]; ++k)
            f(m_nodes[std::size_t(k)]);
    }

private:
    double m_cell = kReach;
    double m_minX = 0;
    double m_minY = 0;
    int m_width = 1;
    int m_height = 1;
    std::vector<int> m_start;
    std::vector<std::size_t> m_cellOf;
    std::vector<int> m_nodes;
};

} // namespace

QList<QPointF> layoutNetwork(const TagNetwork &network, const CancelToken &cancel, const NetworkLayoutOptions &options)
{
    const std::size_t n = std::size_t(network.nodes.size());
    if (n == 0)
        return {};
    const double side = std::sqrt(double(n)) * kIdeal * 2;
    std::mt19937 random(options.seed);
    std::vector<Vec> pos(n);
    for (Vec &p : pos) {
        // The raw 32-bit draws, scaled by hand: std::uniform_real_distribution differs between standard libraries.
        p.x = double(random()) / 4294967296.0 * side;
        p.y = double(random()) / 4294967296.0 * side;
    }

    std::vector<Vec> disp(n);
    Grid grid;
    const int iterations = std::max(1, options.iterations);
    const double startStep = side / 10 + kIdeal;
    for (int it = 0; it < iterations; ++it) {
        if (cancel.cancelled())
            return {};
        std::fill(disp.begin(), disp.end(), Vec{});
        grid.fill(pos);
        for (std::size_t i = 0; i < n; ++i) {
            const int col = grid.column(pos[i].x);
            const int row = grid.row(pos[i].y);
            for (int r = std::max(0, row - 1); r <= std::min(grid.height() - 1, row + 1); ++r) {
                for (int c = std::max(0, col - 1); c <= std::min(grid.width() - 1, col + 1); ++c) {
                    grid.forEachIn(grid.cellIndex(c, r), [&](int j) {
                        if (std::size_t(j) == i)
                            return;
                        const double dx = pos[i].x - pos[std::size_t(j)].x;
                        const double dy = pos[i].y - pos[std::size_t(j)].y;
                        const double d2 = dx * dx + dy * dy;
                        if (d2 >= kReach * kReach)
                            return;
                        if (d2 < 1e-18) {
                            // Two nodes on one point: push them apart along a direction fixed by their indices.
                            const double angle = double((i * 7919 + std::size_t(j) * 104729) % 628) / 100.0;
                            const double sign = i < std::size_t(j) ? 1 : -1;
                            disp[i].x += sign * std::cos(angle) * kIdeal * kIdeal / 1e-3;
                            disp[i].y += sign * std::sin(angle) * kIdeal * kIdeal / 1e-3;
                            return;
                        }
                        // Along (dx, dy)/d with strength k²/d: (dx, dy)·k²/d², no square root needed.
                        disp[i].x += dx * kIdeal * kIdeal / d2;
                        disp[i].y += dy * kIdeal * kIdeal / d2;
                    });
                }
            }
        }
        for (const NetworkEdge &e : network.edges) {
            const std::size_t s = std::size_t(e.source);
            const std::size_t t = std::size_t(e.target);
            const double dx = pos[s].x - pos[t].x;
            const double dy = pos[s].y - pos[t].y;
            // Along (dx, dy)/d with strength d²/k·weight: (dx, dy)·d·weight/k.
            const double weight = (0.5 + e.jaccard) * (e.droppedBySplit ? kDroppedWeight : 1.0);
            const double f = std::sqrt(dx * dx + dy * dy) / kIdeal * weight;
            disp[s].x -= dx * f;
            disp[s].y -= dy * f;
            disp[t].x += dx * f;
            disp[t].y += dy * f;
        }
        const double step = startStep * (1.0 - double(it) / double(iterations));
        for (std::size_t i = 0; i < n; ++i) {
            disp[i].x += (side / 2 - pos[i].x) * kGravity;
            disp[i].y += (side / 2 - pos[i].y) * kGravity;
            const double length = std::sqrt(disp[i].x * disp[i].x + disp[i].y * disp[i].y);
            if (length < 1e-12 || !std::isfinite(length))
                continue;
            const double move = std::min(length, step);
            pos[i].x += disp[i].x / length * move;
            pos[i].y += disp[i].y / length * move;
        }
    }

    Vec centre;
    for (const Vec &p : pos) {
        centre.x += p.x / double(n);
        centre.y += p.y / double(n);
    }
    QList<QPointF> out;
    out.reserve(qsizetype(n));
    for (const Vec &p : pos)
        out.append(QPointF(p.x - centre.x, p.y - centre.y));
    return out;
}
