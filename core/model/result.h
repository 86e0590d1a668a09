#pragma once

#include <utility>
#include <variant>

#include <QJsonValue>
#include <QString>

/// An error as a value, carried across module edges instead of exceptions or out-parameters.
/// `code` is a stable machine-readable slug ("not_found", "invalid_value", "io"); `message` is
/// for people and names the file/line/field where there is one.
struct Error
{
    QString code;
    QString message;
    QJsonValue details;
};

/// Either a value or an Error. Deliberately small: `ok()`, `value()`, `error()`.
template <typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_data(std::in_place_index<0>, std::move(value)) {}
    Result(Error error) : m_data(std::in_place_index<1>, std::move(error)) {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<0>(m_data); }
    const T &value() const & { return std::get<0>(m_data); }
    /// By value: `for (x : f().value())` and `auto &v = f().value()` must not outlive the temporary Result.
    T value() && { return std::get<0>(std::move(m_data)); }
    const Error &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, Error> m_data;
};

/// Result for operations that return nothing on success.
struct Ok
{
};
using Status = Result<Ok>;
