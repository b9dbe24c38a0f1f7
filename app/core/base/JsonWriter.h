#pragma once
#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>

namespace hc {

// A JSON value that keeps its keys in the order they were set (QJsonObject sorts them), written with a
// two-space indent: the output contracts (hcctl simulate) are compared byte for byte.
class JsonNode
{
public:
    JsonNode(const QJsonValue &scalar = QJsonValue()) : m_kind(Scalar), m_scalar(scalar) {}
    JsonNode(const QString &s) : m_kind(Scalar), m_scalar(s) {}
    static JsonNode object() { return JsonNode(Object); }
    static JsonNode array() { return JsonNode(Array); }

    JsonNode &set(const QString &key, JsonNode value);
    JsonNode &append(JsonNode value);

    QByteArray toJson() const; // pretty, ends with a newline

private:
    enum Kind { Scalar, Object, Array };
    explicit JsonNode(Kind k) : m_kind(k) {}
    void write(QByteArray &out, int depth) const;

    Kind m_kind;
    QJsonValue m_scalar;
    QList<QPair<QString, JsonNode>> m_members;
    QList<JsonNode> m_items;
};

} // namespace hc
