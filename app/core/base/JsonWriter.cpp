#include "JsonWriter.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace hc {

namespace {

QByteArray scalarText(const QJsonValue &v)
{
    // Let Qt escape and format the scalar: wrap it in an array and strip the brackets.
    const QByteArray a = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
    return a.mid(1, a.size() - 2);
}

void indent(QByteArray &out, int depth)
{
    out.append(QByteArray(depth * 2, ' '));
}

} // namespace

JsonNode &JsonNode::set(const QString &key, JsonNode value)
{
    m_members.append({key, std::move(value)});
    return *this;
}

JsonNode &JsonNode::append(JsonNode value)
{
    m_items.append(std::move(value));
    return *this;
}

void JsonNode::write(QByteArray &out, int depth) const
{
    switch (m_kind) {
    case Scalar: out.append(scalarText(m_scalar)); return;
    case Object:
        if (m_members.isEmpty()) {
            out.append("{}");
            return;
        }
        out.append("{\n");
        for (qsizetype i = 0; i < m_members.size(); ++i) {
            indent(out, depth + 1);
            out.append(scalarText(m_members[i].first)).append(": ");
            m_members[i].second.write(out, depth + 1);
            out.append(i + 1 < m_members.size() ? ",\n" : "\n");
        }
        indent(out, depth);
        out.append('}');
        return;
    case Array:
        if (m_items.isEmpty()) {
            out.append("[]");
            return;
        }
        out.append("[\n");
        for (qsizetype i = 0; i < m_items.size(); ++i) {
            indent(out, depth + 1);
            m_items[i].write(out, depth + 1);
            out.append(i + 1 < m_items.size() ? ",\n" : "\n");
        }
        indent(out, depth);
        out.append(']');
        return;
    }
}

QByteArray JsonNode::toJson() const
{
    QByteArray out;
    write(out, 0);
    out.append('\n');
    return out;
}

} // namespace hc
