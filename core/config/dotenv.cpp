#include "core/config/dotenv.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

QString unquoteDouble(const QString &body)
{
    QString out;
    for (qsizetype i = 0; i < body.size(); ++i) {
        if (body[i] == u'\\' && i + 1 < body.size()) {
            const QChar next = body[++i];
            out += next == u'n' ? u'\n' : next == u't' ? u'\t' : next;
        } else {
            out += body[i];
        }
    }
    return out;
}

} // namespace

DotEnv readDotEnv(const QString &path)
{
    DotEnv env;
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        env.errors.append(u"%1: cannot read: %2"_s.arg(path, file.errorString()));
        return env;
    }
    static const QRegularExpression assignment(u"^(?:export\\s+)?([A-Za-z_][A-Za-z0-9_]*)\\s*=\\s*(.*)$"_s);
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
    for (int i = 0; i < lines.size(); ++i) {
        QString line = lines[i].trimmed();
        if (line.startsWith(u'\uFEFF'))
            line.remove(0, 1);
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const auto match = assignment.match(line);
        if (!match.hasMatch()) {
            env.errors.append(u"%1:%2: expected NAME=value"_s.arg(name).arg(i + 1));
            continue;
        }
        QString value = match.captured(2);
        if (value.size() >= 2 && value.startsWith(u'\'') && value.indexOf(u'\'', 1) > 0) {
            value = value.mid(1, value.indexOf(u'\'', 1) - 1);
        } else if (value.size() >= 2 && value.startsWith(u'"')) {
            // The closing quote is the first one not escaped by a backslash.
            qsizetype end = 1;
            while (end < value.size() && !(value[end] == u'"' && value[end - 1] != u'\\'))
                ++end;
            if (end >= value.size()) {
                env.errors.append(u"%1:%2: unterminated quote"_s.arg(name).arg(i + 1));
                continue;
            }
            value = unquoteDouble(value.mid(1, end - 1));
        } else {
            const qsizetype comment = value.indexOf(u" #"_s);
            if (comment >= 0)
                value = value.left(comment);
            value = value.trimmed();
        }
        env.entries.append({match.captured(1), value, i + 1});
    }
    return env;
}
