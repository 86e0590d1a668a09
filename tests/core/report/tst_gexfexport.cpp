#include <QBuffer>
#include <QHash>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include "core/report/gexfexport.h"

using namespace Qt::StringLiterals;

/// The GEXF export, read back with an XML parser: the graph, the metrics as attributes, the viz extension.
class TestGexfExport final : public QObject
{
    Q_OBJECT

    static TagNetwork network()
    {
        TagNetwork net;
        net.runId = u"r1"_s;
        net.asOfMs = 1748736000000; // 2025-06-01T00:00:00Z
        net.windowHours = 24;
        net.nodes = {NetworkNode{u"a"_s, u"A"_s, 5, u"tab"_s, 0, true, u"act_now"_s},
                     NetworkNode{u"b"_s, u"b"_s, 6, u"tab"_s, 0, true, u"act_now"_s},
                     NetworkNode{u"c"_s, u"抹茶"_s, 3, u"tc"_s, 1, false, {}}};
        net.edges = {NetworkEdge{0, 1, 4, 4.0 / 7.0, false}, NetworkEdge{1, 2, 2, 2.0 / 7.0, true}};
        return net;
    }

    struct Parsed
    {
        QString version;
        QString edgeType;
        QHash<QString, QString> nodeAttributeTypes; // id → type
        QHash<QString, QString> edgeAttributeTypes;
        QList<QHash<QString, QString>> nodes; // "id", "label", "size", "x", "y", "r", and each attvalue
        QList<QHash<QString, QString>> edges;
        QString description;
        bool foreign = false; ///< an element outside the gexf and viz namespaces
    };

    static Parsed parse(const QByteArray &bytes)
    {
        Parsed out;
        QXmlStreamReader xml(bytes);
        const QString gexf = u"http://gexf.net/1.3"_s;
        const QString viz = u"http://gexf.net/1.3/viz"_s;
        QString attributeClass;
        QHash<QString, QString> *current = nullptr;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            const auto a = xml.attributes();
            const QStringView name = xml.name();
            if (xml.namespaceUri() == viz) {
                if (!current)
                    continue;
                if (name == u"size")
                    current->insert(u"size"_s, a.value("value"_L1).toString());
                else if (name == u"position") {
                    current->insert(u"x"_s, a.value("x"_L1).toString());
                    current->insert(u"y"_s, a.value("y"_L1).toString());
                } else if (name == u"color")
                    current->insert(u"rgb"_s, u"%1,%2,%3"_s.arg(a.value("r"_L1), a.value("g"_L1), a.value("b"_L1)));
                continue;
            }
            if (xml.namespaceUri() != gexf)
                out.foreign = true;
            if (name == u"gexf")
                out.version = a.value("version"_L1).toString();
            else if (name == u"graph")
                out.edgeType = a.value("defaultedgetype"_L1).toString();
            else if (name == u"description")
                out.description = xml.readElementText();
            else if (name == u"attributes")
                attributeClass = a.value("class"_L1).toString();
            else if (name == u"attribute")
                (attributeClass == u"node" ? out.nodeAttributeTypes : out.edgeAttributeTypes)
                    .insert(a.value("id"_L1).toString(), a.value("type"_L1).toString());
            else if (name == u"node" || name == u"edge") {
                auto &list = name == u"node" ? out.nodes : out.edges;
                list.append(QHash<QString, QString>());
                current = &list.last();
                for (const auto &attr : a)
                    current->insert(attr.name().toString(), attr.value().toString());
            } else if (name == u"attvalue" && current)
                current->insert(a.value("for"_L1).toString(), a.value("value"_L1).toString());
        }
        if (xml.hasError())
            out.version = u"error: "_s + xml.errorString();
        return out;
    }

private Q_SLOTS:
    void graphMetricsAndViz()
    {
        const TagNetwork net = network();
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        const QList<QPointF> positions{{0, 0}, {1.5, -2}, {3, 0.25}};
        QVERIFY(writeNetworkGexf(net, positions, buffer).ok());
        const Parsed g = parse(buffer.data());
        QCOMPARE(g.version, u"1.3"_s);
        QVERIFY(!g.foreign);
        QCOMPARE(g.edgeType, u"undirected"_s);
        QVERIFY(g.description.contains(u"run r1"_s));
        QVERIFY(g.description.contains(u"2025-06-01T00:00:00Z"_s));
        QCOMPARE(g.nodeAttributeTypes.value(u"posts"_s), u"integer"_s);
        QCOMPARE(g.nodeAttributeTypes.value(u"cluster"_s), u"string"_s);
        QCOMPARE(g.nodeAttributeTypes.value(u"trend"_s), u"boolean"_s);
        QCOMPARE(g.edgeAttributeTypes.value(u"jaccard"_s), u"double"_s);
        QCOMPARE(g.edgeAttributeTypes.value(u"cooccurrence"_s), u"integer"_s);
        QCOMPARE(g.edgeAttributeTypes.value(u"dropped_by_split"_s), u"boolean"_s);

        QCOMPARE(g.nodes.size(), 3);
        QCOMPARE(g.nodes.at(0).value(u"id"_s), u"a"_s);
        QCOMPARE(g.nodes.at(0).value(u"label"_s), u"#A"_s);
        QCOMPARE(g.nodes.at(0).value(u"posts"_s), u"5"_s);
        QCOMPARE(g.nodes.at(0).value(u"cluster"_s), u"tab"_s);
        QCOMPARE(g.nodes.at(0).value(u"trend"_s), u"true"_s);
        QCOMPARE(g.nodes.at(0).value(u"urgency"_s), u"act_now"_s);
        QCOMPARE(g.nodes.at(2).value(u"label"_s), u"#抹茶"_s);
        QCOMPARE(g.nodes.at(2).value(u"trend"_s), u"false"_s);
        // Size: 100 × (0.1 + 0.3 × √(posts / max posts)): the biggest tag (b, 6 posts) 40.
        QCOMPARE(g.nodes.at(1).value(u"size"_s).toDouble(), 40.0);
        QCOMPARE(g.nodes.at(1).value(u"x"_s).toDouble(), 150.0);
        QCOMPARE(g.nodes.at(1).value(u"y"_s).toDouble(), 200.0); // y up in Gephi
        QVERIFY(g.nodes.at(0).value(u"rgb"_s) == g.nodes.at(1).value(u"rgb"_s)); // one cluster, one colour
        QVERIFY(g.nodes.at(0).value(u"rgb"_s) != g.nodes.at(2).value(u"rgb"_s));

        QCOMPARE(g.edges.size(), 2);
        QCOMPARE(g.edges.at(0).value(u"source"_s), u"a"_s);
        QCOMPARE(g.edges.at(0).value(u"target"_s), u"b"_s);
        QCOMPARE(g.edges.at(0).value(u"jaccard"_s).toDouble(), 4.0 / 7.0); // shortest form that reads back exactly
        QCOMPARE(g.edges.at(0).value(u"weight"_s).toDouble(), 4.0 / 7.0);
        QCOMPARE(g.edges.at(0).value(u"cooccurrence"_s), u"4"_s);
        QCOMPARE(g.edges.at(0).value(u"dropped_by_split"_s), u"false"_s);
        QCOMPARE(g.edges.at(1).value(u"dropped_by_split"_s), u"true"_s);
        QVERIFY(g.edges.at(0).value(u"id"_s) != g.edges.at(1).value(u"id"_s));
    }

    void withoutPositionsAndToAFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"net.gexf"_s);
        QVERIFY(writeNetworkGexf(network(), {}, path).ok());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const Parsed g = parse(file.readAll());
        QCOMPARE(g.nodes.size(), 3);
        QVERIFY(!g.nodes.at(0).contains(u"x"_s)); // no layout given: no viz:position
        QVERIFY(g.nodes.at(0).contains(u"size"_s));

        const Status bad = writeNetworkGexf(network(), {}, dir.filePath(u"missing/dir/net.gexf"_s));
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().code, u"io"_s);
        QVERIFY(bad.error().message.contains(u"missing/dir"_s));
    }

    void emptyGraphIsValid()
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(writeNetworkGexf(TagNetwork{}, {}, buffer).ok());
        const Parsed g = parse(buffer.data());
        QCOMPARE(g.version, u"1.3"_s);
        QVERIFY(g.nodes.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestGexfExport)
#include "tst_gexfexport.moc"
