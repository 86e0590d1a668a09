#include "ui/projectsettings.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include "core/model/runjson.h"

using namespace Qt::StringLiterals;

namespace {

QJsonObject parseObject(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

} // namespace

QMap<QString, QString> ProjectSettings::toValues() const
{
    return {
        {QString::fromUtf16(kParamsKey),
         QString::fromUtf8(QJsonDocument(runjson::toJson(params)).toJson(QJsonDocument::Compact))},
        {QString::fromUtf16(kFiltersKey), QString::fromUtf8(QJsonDocument(filters).toJson(QJsonDocument::Compact))},
    };
}

ProjectSettings ProjectSettings::fromValues(const QMap<QString, QString> &values, const PipelineParams &defaults)
{
    ProjectSettings settings;
    settings.params = defaults;
    settings.stored = values;
    settings.filters = parseObject(values.value(QString::fromUtf16(kFiltersKey)));
    const QString stored = values.value(QString::fromUtf16(kParamsKey));
    if (stored.isEmpty())
        return settings; // a new project: the configuration's defaults
    // Stored keys over the defaults' full set; keys this build does not know are skipped.
    QJsonObject merged = runjson::toJson(defaults);
    QStringList skipped;
    const QJsonObject saved = parseObject(stored);
    for (auto it = saved.begin(); it != saved.end(); ++it) {
        if (merged.contains(it.key()))
            merged.insert(it.key(), it.value());
        else
            skipped.append(it.key());
    }
    Result<PipelineParams> params = runjson::paramsFromJson(merged);
    if (!params) {
        settings.warning =
            QCoreApplication::translate("ProjectSettings", "project settings not restored: %1").arg(params.error().message);
        return settings;
    }
    settings.params = std::move(params).value();
    if (!skipped.isEmpty())
        settings.warning = QCoreApplication::translate("ProjectSettings", "project settings: unknown keys skipped: %1")
                               .arg(skipped.join(u", "_s));
    return settings;
}
