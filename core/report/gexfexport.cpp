#include "core/report/gexfexport.h"

#include <algorithm>

#include <QDateTime>
#include <QLocale>
#include <QSaveFile>
#include <QXmlStreamWriter>

#include "core/model/timeformat.h"
#include "core/report/networkstyle.h"

using namespace Qt::StringLiterals;

namespace {

const QString kGexfNamespace = u"http://gexf.net/1.3"_s;
const QString kVizNamespace = u"http://gexf.net/1.3/viz"_s;
constexpr double kPositionScale = 100;

QString number(double value)
{
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

QString boolean(bool value)
{
    return value ? u"true"_s : u"false"_s;
}

void declareAttribute(QXmlStreamWriter &xml, const QString &id, const QString &type)
{
    xml.writeEmptyElement(u"attribute"_s);
    xml.writeAttribute(u"id"_s, id);
    xml.writeAttribute(u"title"_s, id);
    xml.writeAttribute(u"type"_s, type);
}

void attributeValue(QXmlStreamWriter &xml, const QString &id, const QString &value)
{
    xml.writeEmptyElement(u"attvalue"_s);
    xml.writeAttribute(u"for"_s, id);
    xml.writeAttribute(u"value"_s, value);
}

} // namespace

Status writeNetworkGexf(const TagNetwork &network, const QList<QPointF> &positions, QIODevice &device)
{
    if (!device.isWritable())
        return Error{u"io"_s, u"GEXF export: the output is not open for writing"_s, {}};
    int maxPosts = 0;
    for (const NetworkNode &n : network.nodes)
        maxPosts = std::max(maxPosts, n.posts);
    const bool placed = positions.size() == network.nodes.size();

    QXmlStreamWriter xml(&device);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(1);
    xml.writeStartDocument();
    xml.writeNamespace(kVizNamespace, u"viz"_s);
    xml.writeDefaultNamespace(kGexfNamespace);
    xml.writeStartElement(kGexfNamespace, u"gexf"_s);
    xml.writeAttribute(u"version"_s, u"1.3"_s);
    xml.writeStartElement(u"meta"_s);
    // The run's as-of, not the wall clock: the same run exports the same file.
    xml.writeAttribute(u"lastmodifieddate"_s,
                       QDateTime::fromMSecsSinceEpoch(network.asOfMs, Qt::UTC).date().toString(Qt::ISODate));
    xml.writeTextElement(u"creator"_s, u"GlassTrend"_s);
    xml.writeTextElement(u"description"_s, u"Tag co-occurrence network of run %1: window of %2 h to %3"_s
                                               .arg(network.runId.isEmpty() ? u"(unsaved)"_s : network.runId)
                                               .arg(network.windowHours)
                                               .arg(isoUtc(network.asOfMs)));
    xml.writeEndElement(); // meta

    xml.writeStartElement(u"graph"_s);
    xml.writeAttribute(u"defaultedgetype"_s, u"undirected"_s);
    xml.writeAttribute(u"mode"_s, u"static"_s);
    xml.writeStartElement(u"attributes"_s);
    xml.writeAttribute(u"class"_s, u"node"_s);
    xml.writeAttribute(u"mode"_s, u"static"_s);
    declareAttribute(xml, u"posts"_s, u"integer"_s);
    declareAttribute(xml, u"cluster"_s, u"string"_s);
    declareAttribute(xml, u"trend"_s, u"boolean"_s);
    declareAttribute(xml, u"urgency"_s, u"string"_s);
    xml.writeEndElement();
    xml.writeStartElement(u"attributes"_s);
    xml.writeAttribute(u"class"_s, u"edge"_s);
    xml.writeAttribute(u"mode"_s, u"static"_s);
    declareAttribute(xml, u"jaccard"_s, u"double"_s);
    declareAttribute(xml, u"cooccurrence"_s, u"integer"_s);
    declareAttribute(xml, u"dropped_by_split"_s, u"boolean"_s);
    xml.writeEndElement();

    xml.writeStartElement(u"nodes"_s);
    for (qsizetype i = 0; i < network.nodes.size(); ++i) {
        const NetworkNode &n = network.nodes.at(i);
        xml.writeStartElement(u"node"_s);
        xml.writeAttribute(u"id"_s, n.tag);
        xml.writeAttribute(u"label"_s, u'#' + n.display);
        xml.writeStartElement(u"attvalues"_s);
        attributeValue(xml, u"posts"_s, QString::number(n.posts));
        attributeValue(xml, u"cluster"_s, n.clusterId);
        attributeValue(xml, u"trend"_s, boolean(n.inTrend));
        attributeValue(xml, u"urgency"_s, n.urgency);
        xml.writeEndElement();
        xml.writeEmptyElement(kVizNamespace, u"size"_s);
        xml.writeAttribute(u"value"_s, number(networkstyle::nodeRadius(n.posts, maxPosts) * kPositionScale));
        if (placed) {
            xml.writeEmptyElement(kVizNamespace, u"position"_s);
            xml.writeAttribute(u"x"_s, number(positions.at(i).x() * kPositionScale));
            xml.writeAttribute(u"y"_s, number(-positions.at(i).y() * kPositionScale)); // Gephi's y points up
            xml.writeAttribute(u"z"_s, u"0"_s);
        }
        const QColor colour = networkstyle::clusterColor(n.clusterIndex);
        xml.writeEmptyElement(kVizNamespace, u"color"_s);
        xml.writeAttribute(u"r"_s, QString::number(colour.red()));
        xml.writeAttribute(u"g"_s, QString::number(colour.green()));
        xml.writeAttribute(u"b"_s, QString::number(colour.blue()));
        xml.writeEndElement(); // node
    }
    xml.writeEndElement(); // nodes

    xml.writeStartElement(u"edges"_s);
    for (qsizetype i = 0; i < network.edges.size(); ++i) {
        const NetworkEdge &e = network.edges.at(i);
        xml.writeStartElement(u"edge"_s);
        xml.writeAttribute(u"id"_s, QString::number(i));
        xml.writeAttribute(u"source"_s, network.nodes.at(e.source).tag);
        xml.writeAttribute(u"target"_s, network.nodes.at(e.target).tag);
        xml.writeAttribute(u"weight"_s, number(e.jaccard));
        xml.writeStartElement(u"attvalues"_s);
        attributeValue(xml, u"jaccard"_s, number(e.jaccard));
        attributeValue(xml, u"cooccurrence"_s, QString::number(e.cooccurrence));
        attributeValue(xml, u"dropped_by_split"_s, boolean(e.droppedBySplit));
        xml.writeEndElement();
        xml.writeEndElement(); // edge
    }
    xml.writeEndElement(); // edges
    xml.writeEndElement(); // graph
    xml.writeEndElement(); // gexf
    xml.writeEndDocument();
    if (xml.hasError())
        return Error{u"io"_s, u"GEXF export: write failed: "_s + device.errorString(), {}};
    return Ok{};
}

Status writeNetworkGexf(const TagNetwork &network, const QList<QPointF> &positions, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{u"io"_s, u"GEXF export: cannot write "_s + path + u": "_s + file.errorString(), {}};
    const Status written = writeNetworkGexf(network, positions, file);
    if (!written.ok()) {
        file.cancelWriting();
        return Error{written.error().code, written.error().message + u" ("_s + path + u')', {}};
    }
    if (!file.commit())
        return Error{u"io"_s, u"GEXF export: cannot finish "_s + path + u": "_s + file.errorString(), {}};
    return Ok{};
}
