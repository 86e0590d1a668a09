#pragma once

#include <memory>

#include <QString>
#include <QStringList>

#include "core/config/pollsource.h"
#include "core/model/canceltoken.h"
#include "core/model/importreport.h"

class PollStateStore;
class ImportService;

/// What one poll of a folder did.
struct FolderPollResult
{
    ImportReport report;   ///< all files of this poll together (file = the folder); rejects name their file
    int filesSeen = 0;     ///< candidate files in the folder
    int filesImported = 0; ///< files (or appended parts of files) read in this poll
    QStringList errors;    ///< "<file>: <reason>", or the folder's own error; empty = success
};

namespace poll {

/// Polls a folder once, on the calling (worker) thread: imports what is new since the state stored
/// under `sourceId`, then stores the new state file by file.
///
/// Rules, per regular non-hidden file directly in the folder (no sub-folders; names ending in
/// .part, .tmp, .crdownload, .download or ~ are skipped as unfinished downloads):
/// - unchanged size and modification time: skipped, so a restart re-reads nothing;
/// - a line format (a reader whose extensions include ndjson or jsonl, on content whose first line
///   is a JSON object) is read from the stored offset up to the end of its last complete line; a
///   last line without its newline is taken only when it already parses as a JSON object (a line
///   still being written never does), otherwise it waits for the next poll;
/// - a line file that shrank, or whose first bytes changed (replaced), is read from the start
///   again; storage's idempotent upsert makes that safe;
/// - any other format (JSON array, CSV) that changed is read whole again: a CSV row or JSON document
///   cannot be resumed safely in the middle (quoted newlines, closing brackets);
/// - a read of more than `source.maxBytes` bytes is refused, and a read that takes longer than
///   `source.timeoutS` is stopped; both are errors;
/// - a file with an unknown extension whose content no reader recognises is skipped silently
///   (a README in the folder is not an error); with a known extension it is an error.
/// A failed file is not retried until it changes, except after a storage error. `cancel` stops
/// between files and inside a file (its progress is then not stored, so it is read again later).
FolderPollResult pollFolder(const PollSource &source, const QString &sourceId, const ImportService &importer,
                            const PollStateStore &store, const CancelToken &cancel = {});

} // namespace poll
