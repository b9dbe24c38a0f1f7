#pragma once
#include <QString>
#include <type_traits>
#include <utility>
#include <variant>

namespace hc {

// Why an operation failed: decides the CLI exit code (BadInput → 2, Refused → 1) and how the GUI words it.
enum class ErrorKind { BadInput, Refused, Internal };

struct Error
{
    ErrorKind kind = ErrorKind::Internal;
    QString message;
    // The database could not be used (busy past the wait, disk full, I/O): refused for the user, but a caller
    // that goes on after a refusal (a feed applying item by item) must stop and roll back instead.
    bool storage = false;
    // The original technical text (Qt's or OpenSSL's own words, untranslated) behind `message`, which says in the
    // official's language what happened and what to do; the GUI shows it on a details line. Empty when none.
    QString detail = {};
    static Error badInput(QString m) { return {ErrorKind::BadInput, std::move(m)}; }
    static Error refused(QString m) { return {ErrorKind::Refused, std::move(m)}; }
    static Error internal(QString m) { return {ErrorKind::Internal, std::move(m)}; }
    static Error unavailable(QString m) { return {ErrorKind::Refused, std::move(m), true}; }
    Error withDetail(QString d) const
    {
        Error e = *this;
        e.detail = std::move(d);
        return e;
    }
};

struct Ok
{
};

// Expected-style result: a value or an Error the user must see.
template<typename T = Ok>
class Result
{
public:
    Result()
        requires std::is_default_constructible_v<T>
    = default;
    Result(T v) : m_v(std::move(v)) {}
    Result(Error e) : m_v(std::move(e)) {}
    bool ok() const { return m_v.index() == 0; }
    explicit operator bool() const { return ok(); }
    const T &value() const { return std::get<0>(m_v); }
    T &value() { return std::get<0>(m_v); }
    const T *operator->() const { return &std::get<0>(m_v); }
    const T &operator*() const { return std::get<0>(m_v); }
    const Error &error() const { return std::get<1>(m_v); }

private:
    std::variant<T, Error> m_v;
};

using Status = Result<Ok>;

} // namespace hc
