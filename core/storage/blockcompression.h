#pragma once

#include <QByteArray>
#include <QByteArrayView>

/// The compressed form every stored run block uses (a cluster's JSON, a block of decisions, a decision index): what
/// qCompress(raw, 1) writes and qUncompress reads, the raw size as 4 bytes big-endian and then a zlib stream. Made by
/// libdeflate, about three times as fast as zlib at the same level, with one compressor per thread kept between
/// blocks (a run writes thousands; qCompress sets up and clears a quarter of a megabyte of zlib state for each).
namespace blockcompression {

QByteArray compress(QByteArrayView raw);

} // namespace blockcompression
