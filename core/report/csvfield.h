#pragma once

#include <QString>

/// One CSV field as RFC 4180 writes it: quoted, with its quotes doubled, when it holds a comma,
/// a quote, CR or LF; as is otherwise. Every CSV the product writes escapes its cells here.
QString csvField(const QString &value);
