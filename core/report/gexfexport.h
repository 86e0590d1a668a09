#pragma once

#include <QList>
#include <QPointF>
#include <QString>

#include "core/model/result.h"
#include "core/model/tagnetwork.h"

class QIODevice;

/// The tag network as GEXF 1.3 (Gephi's format, http://gexf.net/1.3), UTF-8, an undirected static graph:
/// - a node per tag: id = the normalized tag, label = "#" + its display form, attributes posts (integer), cluster
///   (string: the trend id), trend (boolean), urgency (string, empty when not a trend); viz:size by posts and
///   viz:color by cluster (networkstyle.h, as on the Network page);
/// - an edge per graph edge: id, source, target, weight = Jaccard, attributes jaccard (double), cooccurrence
///   (integer), dropped_by_split (boolean).
/// `positions`, parallel to network.nodes or empty, become viz:position (× 100: Gephi's units are pixels-ish).
/// Numbers use a dot and the shortest form that reads back exactly. Error "io" when the device fails.
Status writeNetworkGexf(const TagNetwork &network, const QList<QPointF> &positions, QIODevice &device);

/// The same into `path` through a temporary file renamed on success (QSaveFile), as the CSV export.
Status writeNetworkGexf(const TagNetwork &network, const QList<QPointF> &positions, const QString &path);

/// The content type of a GEXF answer: application/gexf+xml.
inline constexpr char kGexfContentType[] = "application/gexf+xml";
