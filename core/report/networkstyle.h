#pragma once

#include <algorithm>
#include <array>
#include <cmath>

#include <QColor>

/// How the tag network looks, on the Network page and in the GEXF export alike (Gephi shows the file's
/// viz:color and viz:size): a colour per cluster and a node size by posts.
namespace networkstyle {

/// Cluster `clusterIndex` (its position in RunResult::clusters) takes one of twelve distinct hues in turn.
inline QColor clusterColor(int clusterIndex)
{
    static const std::array<QRgb, 12> kPalette{0x4E79A7, 0xF28E2B, 0x59A14F, 0xB07AA1, 0x76B7B2, 0xEDC948,
                                               0xFF9DA7, 0x9C755F, 0x8CD17D, 0x499894, 0xD37295, 0xBAB0AC};
    return QColor::fromRgb(kPalette[std::size_t(std::max(0, clusterIndex)) % kPalette.size()]);
}

/// A node's radius in units of the ideal edge length of the layout: the area grows with the posts,
/// from 0.1 (a tag with few posts) to 0.4 (the run's biggest tag), so two tags an edge apart do not overlap.
inline double nodeRadius(int posts, int maxPosts)
{
    const double share = maxPosts > 0 ? std::clamp(double(posts) / double(maxPosts), 0.0, 1.0) : 0.0;
    return 0.1 + 0.3 * std::sqrt(share);
}

} // namespace networkstyle
