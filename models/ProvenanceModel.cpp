#include "ProvenanceModel.h"

#include "RecordedText.h"
#include "CodeColors.h"
#include "RiskLevel.h"
#include "TimeUtil.h"
#include "Workspace.h"

#include <QBrush>
#include <QFont>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

namespace hc {

ProvenanceModel::ProvenanceModel(Workspace &ws, QObject *parent) : QAbstractTableModel(parent), m_ws(ws)
{
    m_at = ws.clock().now().toSecsSinceEpoch();
}

void ProvenanceModel::setHolder(qint64 holderId)
{
    beginResetModel();
    m_holder = holderId;
    m_conditions = holderId ? m_ws.holderRepository().conditions(holderId) : QList<ConditionRecord>();
    cacheNames();
    endResetModel();
}

namespace {


bool allDigits(const QString &s)
{
    return !s.isEmpty() && std::all_of(s.cbegin(), s.cend(), [](QChar c) { return c.unicode() >= '0' && c.unicode() <= '9'; });
}

} // namespace

void ProvenanceModel::cacheNames()
{
    m_names.reload(m_ws.db());
    m_divisions.clear();
    m_periods.clear();
    QSet<QString> codes;
    QSet<qint64> periods;
    for (const ConditionRecord &c : m_conditions) {
        if (!c.sourceDivision.isEmpty())
            codes.insert(c.sourceDivision);
        for (const QString &token : c.basisRef.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            const auto ref = RecordedText::reference(token);
            if (!ref)
                continue;
            if (ref->first == QLatin1String("scan") && allDigits(ref->second) && ref->second.size() >= 6)
                codes.insert(ref->second);
            else if (ref->first == QLatin1String("risk_period") && allDigits(ref->second))
                periods.insert(ref->second.toLongLong());
        }
    }
    const DivisionRepository divisions = m_ws.divisions();
    for (const QString &code : codes)
        if (const auto d = divisions.find(code))
            m_divisions.insert(code, d->name);
    const RiskAreaService risk = m_ws.risk();
    // Conditions another commission handed over (issue 19): who received them here, and when.
    m_received.clear();
    QStringList batches;
    for (const ConditionRecord &c : m_conditions)
        if (c.batchId)
            batches << QString::number(*c.batchId);
    if (!batches.isEmpty()) {
        QSqlQuery q(m_ws.db());
        if (q.exec(QStringLiteral("SELECT id, applied_by, applied_at FROM case_batch WHERE format = 'handoff' AND id IN (%1)")
                       .arg(batches.join(QLatin1Char(',')))))
            while (q.next())
                m_received.insert(q.value(0).toLongLong(), tr("received here by %1 on %2")
                                                               .arg(m_names.name(q.value(1).toString()),
                                                                    time::formatShort(q.value(2).toLongLong())));
    }
    for (qint64 id : periods)
        if (const auto p = risk.period(id)) {
            QString place = p->divisionName.isEmpty() ? p->divisionCode : p->divisionName;
            if (!p->subarea.isEmpty())
                place += QLatin1Char(' ') + p->subarea;
            m_periods.insert(id, tr("%1 area %2, from %3").arg(riskLevelLabel(p->level), place, time::formatShort(p->from)));
        }
}

QString ProvenanceModel::divisionName(const QString &code) const
{
    return m_divisions.value(code, code);
}

QString ProvenanceModel::referenceWords(const QString &ref, const QString &besides) const
{
    QStringList words;
    bool machine = false;
    for (const QString &token : ref.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const auto r = RecordedText::reference(token);
        if (!r) {
            words << token;
            continue;
        }
        machine = true;
        const QString &key = r->first;
        const QString &value = r->second;
        if (key == QLatin1String("scan"))
            words << (m_divisions.contains(value) ? tr("venue scan in %1").arg(m_divisions.value(value)) : tr("venue scan %1").arg(value));
        else if (key == QLatin1String("risk_period"))
            words << m_periods.value(value.toLongLong(), tr("risk-area declaration %1").arg(value));
        else if (key == QLatin1String("case")) {
            if (!besides.contains(value)) // the basis text usually names the case already
                words << tr("case %1").arg(value);
        } else if (key == QLatin1String("line")) {
            if (besides.isEmpty()) // the report's line: for the tooltip, not beside the text
                words << tr("line %1 of the report").arg(value);
        } else
            words << token;
    }
    return words.join(machine ? QStringLiteral("，") : QStringLiteral(" "));
}

QString ProvenanceModel::basisWords(const ConditionRecord &c) const
{
    const QString kind = basisKindLabel(c.basisKind);
    const QString text = c.basisText.trimmed();
    const QString ref = referenceWords(c.basisRef.trimmed(), text);
    if (text.isEmpty())
        return ref.isEmpty() ? kind : QStringLiteral("%1：%2").arg(kind, ref);
    if (ref.isEmpty() || text.contains(ref))
        return QStringLiteral("%1：%2").arg(kind, text);
    return QStringLiteral("%1：%2（%3）").arg(kind, text, ref);
}

QString ProvenanceModel::sourceWords(const ConditionRecord &c) const
{
    if (c.sourceDivision.isEmpty())
        return c.sourceDepartment;
    const QString place = divisionName(c.sourceDivision);
    if (c.sourceDepartment.isEmpty())
        return place;
    if (c.sourceDepartment.contains(place))
        return c.sourceDepartment; // "淄博市张店区卫生健康局" already says where
    return c.sourceDepartment + QStringLiteral("（") + place + QStringLiteral("）");
}

void ProvenanceModel::setTime(qint64 t)
{
    m_at = t;
    if (!m_conditions.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QString ProvenanceModel::statusLabel(ConditionRecord::Status s)
{
    switch (s) {
    case ConditionRecord::Status::Pending: return tr("Not yet started");
    case ConditionRecord::Status::Active: return tr("Active");
    case ConditionRecord::Status::Cleared: return tr("Cleared");
    case ConditionRecord::Status::Voided: return tr("Voided");
    }
    return {};
}

QString ProvenanceModel::clearsText(const ConditionRecord &c)
{
    QString how;
    if (c.voidedAt != policy::kOpen)
        how = tr("voided %1").arg(time::formatShort(c.voidedAt));
    else if (c.byDeclaredDays())
        how = c.clear != policy::kOpen ? tr("after %1 declared days from the day after %2: at %3")
                                             .arg(c.days)
                                             .arg(time::formatShort(c.anchor), time::formatShort(c.clear))
                                       : tr("after %1 declared days from the day after %2 (not yet complete)")
                                             .arg(c.days)
                                             .arg(time::formatShort(c.anchor));
    else if (c.clear != policy::kOpen)
        how = tr("at %1").arg(time::formatShort(c.clear));
    else if (c.kind == policy::ConditionKind::ResidentHigh || c.kind == policy::ConditionKind::ResidentMedium)
        how = tr("when the area is lowered or lifted");
    else
        how = tr("on a later report (discharge, ruling out, end of observation)");
    if (!c.endReason.isEmpty())
        how += QStringLiteral(" · ") + c.endReason;
    return how;
}

int ProvenanceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_conditions.size());
}

int ProvenanceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProvenanceModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const ConditionRecord &c = m_conditions.at(index.row());
    const auto status = c.statusAt(m_at);
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case KindColumn: return conditionKindLabel(c.kind);
        case ColorColumn: return colorLabel(c.color);
        case StatusColumn: return statusLabel(status);
        case StartColumn: return time::formatShort(c.start);
        case ClearsColumn: return clearsText(c);
        case SourceColumn:
            if (role == Qt::ToolTipRole && c.batchId && m_received.contains(*c.batchId))
                return tr("Pushed by %1; %2. Only it can lift the condition: an appeal is forwarded there.")
                    .arg(sourceWords(c), m_received.value(*c.batchId));
            if (role == Qt::ToolTipRole && !c.sourceDivision.isEmpty())
                return tr("%1\nDivision %2 (%3)").arg(sourceWords(c), divisionName(c.sourceDivision), c.sourceDivision);
            return sourceWords(c);
        case BasisColumn:
            if (role == Qt::ToolTipRole && !c.basisRef.isEmpty())
                return tr("%1\nReference: %2 (%3)").arg(basisWords(c), referenceWords(c.basisRef.trimmed()), c.basisRef);
            return basisWords(c);
        case ByColumn:
            return QStringLiteral("%1 · %2").arg(role == Qt::ToolTipRole ? m_names.precise(c.createdBy) : m_names.name(c.createdBy),
                                                 time::formatShort(c.createdAt));
        }
    }
    if (index.column() == ColorColumn && role == Qt::BackgroundRole)
        return QBrush(codeBackground(c.color));
    if (index.column() == ColorColumn && role == Qt::ForegroundRole)
        return QBrush(codeForeground(c.color));
    if (role == Qt::FontRole && status == ConditionRecord::Status::Active) {
        QFont f;
        f.setBold(true);
        return f;
    }
    if (role == Qt::ForegroundRole && status != ConditionRecord::Status::Active)
        return QBrush(Qt::gray);
    if (role == ConditionIdRole)
        return c.id;
    if (role == ActiveRole)
        return status == ConditionRecord::Status::Active;
    return {};
}

QVariant ProvenanceModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KindColumn: return tr("Condition");
    case ColorColumn: return tr("Color");
    case StatusColumn: return tr("Status");
    case StartColumn: return tr("Start");
    case ClearsColumn: return tr("Clears");
    case SourceColumn: return tr("Assigned by");
    case BasisColumn: return tr("Basis");
    case ByColumn: return tr("Recorded by");
    }
    return {};
}

QString ProvenanceModel::explanation() const
{
    const policy::Evaluation e = m_ws.holders().colorAt(m_holder, m_at);
    QStringList reasons;
    for (const ConditionRecord &c : m_conditions)
        if (c.statusAt(m_at) == ConditionRecord::Status::Active && c.batchId && m_received.contains(*c.batchId))
            // The whole chain: 由 淄博市张店区卫生健康局 依据 病例 C-1（第 12 行，扫码 4711）推送，本地 张*三 于 … 接收
            reasons << tr("%1 (%2), pushed by %3 on the basis of %4 “%5”, %6; clears %7")
                           .arg(conditionKindLabel(c.kind), colorLabel(c.color), sourceWords(c),
                                referenceWords(c.basisRef.trimmed(), c.basisText), c.basisText, m_received.value(*c.batchId),
                                clearsText(c));
        else if (c.statusAt(m_at) == ConditionRecord::Status::Active)
            reasons << tr("%1 (%2), assigned by %3 on the basis of %4 %5 “%6”; clears %7")
                           .arg(conditionKindLabel(c.kind), colorLabel(c.color), sourceWords(c), basisKindLabel(c.basisKind),
                                referenceWords(c.basisRef.trimmed(), c.basisText), c.basisText, clearsText(c));
    const QString head = tr("At %1 the code is %2.").arg(time::formatShort(m_at), colorLabel(e.color));
    if (!reasons.isEmpty())
        return head + QLatin1Char(' ') + tr("Because of:") + QStringLiteral("\n• ") + reasons.join(QStringLiteral("\n• "));
    if (e.color == policy::Color::Green)
        return head + QLatin1Char(' ') + tr("No condition is active and the latest health declaration is recent enough.");
    return head + QLatin1Char(' ') + tr("No condition is active, but there is no health declaration within the validity period.");
}

} // namespace hc
