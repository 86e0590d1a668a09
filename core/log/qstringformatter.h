#pragma once

#include <string_view>

#include <fmt/format.h>

#include <QString>

/// Lets spdlog/fmt format a QString directly (`log::pipeline()->info("tag {}", tag)`), as UTF-8.
template <>
struct fmt::formatter<QString> : fmt::formatter<std::string_view>
{
    template <typename FormatContext>
    auto format(const QString &text, FormatContext &ctx) const -> decltype(ctx.out())
    {
        const QByteArray utf8 = text.toUtf8();
        return fmt::formatter<std::string_view>::format(std::string_view(utf8.constData(), size_t(utf8.size())), ctx);
    }
};
