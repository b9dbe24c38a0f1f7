#include "CaseJsonFile.h"

#include "CaseColumns.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>

namespace hc {

Status CaseJsonFile::read(const QByteArray &text, BatchKind kind, QStringList *header, const RowFn &fn)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(text, &pe);
    if (pe.error != QJsonParseError::NoError)
        return Error::badInput(tr("The JSON is not valid at offset %1: %2.").arg(pe.offset).arg(pe.errorString()));
    const QString listKey = kind == BatchKind::Cases ? QStringLiteral("cases") : QStringLiteral("records");
    const QJsonArray list = doc.isArray() ? doc.array() : doc.object().value(listKey).toArray();
    if (list.isEmpty())
        return Error::badInput(tr("The JSON holds no \"%1\" list, or it is empty.").arg(listKey));
    *header = CaseColumns::fields(kind);
    const QStringList &keys = *header;
    auto rowOf = [&](const QJsonObject &o, const QJsonObject &extra) {
        QStringList row;
        for (const QString &k : keys) {
            const QJsonValue v = extra.contains(k) ? extra.value(k) : o.value(k);
            row << (v.isDouble() ? QString::number(v.toDouble(), 'g', 17) : v.toString());
        }
        return row;
    };
    // One UTF-8 buffer per row, its views taken once it is whole (the checks' views point into it while the
    // row is handed on).
    QByteArray buffer;
    std::vector<QByteArrayView> views;
    int record = 0;
    auto each = [&](const QStringList &values) -> Result<bool> {
        buffer.resize(0);
        std::vector<qsizetype> ends;
        for (const QString &v : values) {
            buffer += v.toUtf8();
            ends.push_back(buffer.size());
        }
        views.clear();
        for (size_t i = 0; i < ends.size(); ++i) {
            const qsizetype begin = i == 0 ? 0 : ends[i - 1];
            views.emplace_back(buffer.constData() + begin, ends[i] - begin);
        }
        return fn(views, ++record);
    };
    for (const QJsonValue &v : list) {
        const QJsonObject o = v.toObject();
        const QJsonArray exposures = o.value(QStringLiteral("exposures")).toArray();
        QList<QStringList> rows;
        if (kind == BatchKind::Verifications || exposures.isEmpty())
            rows << rowOf(o, {});
        if (kind == BatchKind::Cases)
            for (const QJsonValue &e : exposures) {
                QJsonObject x = e.toObject();
                x.insert(QStringLiteral("exposure"), x.value(QStringLiteral("type")));
                rows << rowOf(o, x);
            }
        for (const QStringList &row : std::as_const(rows)) {
            const auto go = each(row);
            if (!go)
                return go.error();
            if (!*go)
                return Ok{};
        }
    }
    return Ok{};
}

} // namespace hc
