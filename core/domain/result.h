#pragma once
// Errors are values in core (DESIGN.md): a command either succeeds with a value or is refused with
// every problem found — each naming the field it concerns (if any), saying what is wrong in the
// caseworker's words, and citing the article of the rules it rests on. Nothing in core throws or
// shows a dialog; the window and the command line decide how to present a refusal.

#include "core/domain/article.h"

#include <QList>
#include <QString>

#include <optional>
#include <utility>

namespace ecoclaim::domain {

struct Problem
{
    QString field;      // command field it concerns, e.g. "served_on"; empty for case-level problems
    QString message;    // translated, complete sentence
    ArticleRef article; // the rule behind it; null for plain input errors

    // "message（第十九条）" / "message (Art. 19)"
    QString toString() const;
};

// A list of problems; empty means "no problem".
class Problems
{
public:
    Problems() = default;
    Problems(std::initializer_list<Problem> list) : m_list(list) {}

    void add(Problem p) { m_list.append(std::move(p)); }
    void add(const QString &field, const QString &message, ArticleRef article = {})
    {
        m_list.append(Problem{field, message, std::move(article)});
    }
    void append(const Problems &other) { m_list.append(other.m_list); }
    bool isEmpty() const { return m_list.isEmpty(); }
    qsizetype size() const { return m_list.size(); }
    const QList<Problem> &list() const { return m_list; }
    const Problem &first() const { return m_list.first(); }
    // One problem per line.
    QString toString() const;

private:
    QList<Problem> m_list;
};

// A value or the problems that prevented it.
template <typename T>
class Result
{
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Problems problems) : m_problems(std::move(problems)) { Q_ASSERT(!m_problems.isEmpty()); }
    Result(Problem problem) { m_problems.add(std::move(problem)); }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return *m_value; }
    T &value() & { return *m_value; }
    // By value: `for (auto &x : f().value())` must not bind to a member of a dead temporary.
    T value() && { return std::move(*m_value); }
    const T *operator->() const { return &*m_value; }
    const Problems &problems() const { return m_problems; }
    QString errorString() const { return m_problems.toString(); }

private:
    std::optional<T> m_value;
    Problems m_problems;
};

// For commands that produce nothing but success.
struct Done
{
};
using Status = Result<Done>;
inline Status success() { return Done{}; }

} // namespace ecoclaim::domain
