#pragma once

#include <initializer_list>
#include <vector>

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

/// Builds many QJsonObjects of one shape (the `values` of decisions, the `inputs` of FormulaTraces). Building an
/// object key by key costs an insertion with a key search and a reallocation per key (about 1 µs for 5 keys);
/// copying a prepared object and overwriting its values in place costs a fifth of that, which matters when a run
/// writes hundreds of thousands of decisions.
class JsonTemplate
{
public:
    /// The keys, in the order make() takes the values; `fixed` presets the values of the first keys (a value that
    /// never changes, written once here instead of in every object).
    JsonTemplate(std::initializer_list<QString> keys, std::initializer_list<QJsonValue> fixed = {})
    {
        const QJsonValue *preset = fixed.begin();
        std::size_t n = 0;
        for (const QString &key : keys) {
            m_object.insert(key, n < fixed.size() ? preset[n] : QJsonValue(QJsonValue::Null));
            ++n;
        }
        // QJsonObject keeps its keys sorted: remember which argument goes to which sorted slot.
        for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
            int i = 0;
            for (const QString &key : keys) {
                if (key == it.key())
                    m_argumentOfSlot.push_back(i);
                ++i;
            }
        }
    }

    /// An object with the template's keys and these values, given in the order of the keys; an Undefined value keeps
    /// the template's.
    QJsonObject make(std::initializer_list<QJsonValue> values) const
    {
        QJsonObject object = m_object;
        const QJsonValue *args = values.begin();
        auto it = object.begin();
        for (const int argument : m_argumentOfSlot) {
            if (std::size_t(argument) < values.size() && !args[argument].isUndefined())
                it.value() = args[argument];
            ++it;
        }
        return object;
    }

private:
    QJsonObject m_object;
    std::vector<int> m_argumentOfSlot;
};
