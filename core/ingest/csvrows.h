#pragma once

#include <functional>

#include <QIODevice>
#include <QStringList>

#include "core/ingest/readsession.h"
#include "core/model/post.h"
#include "core/model/result.h"

/// Checks the header row (its error aborts the read: "the CSV header has no post_id column").
using CsvHeaderFn = std::function<Status(const QStringList &header)>;
/// Maps one row, which has as many cells as the header, to a post or a field error.
using CsvRowFn = std::function<Result<Post>(QStringList &row)>;

/// The loop the post-per-row CSV readers share (native and mapped): header, then each row mapped
/// and accepted, or rejected with its line (broken quotes, wrong field counts, field errors);
/// unread lines are reported to the session.
Status readCsvRows(QIODevice &device, ReadSession &session, const CsvHeaderFn &header, const CsvRowFn &row);
