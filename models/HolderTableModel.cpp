#include "HolderTableModel.h"

#include "CodeColors.h"
#include "StallWatchdog.h"
#include "TimeUtil.h"
#include "Workspace.h"

#include <QBrush>
#include <QtConcurrent>

namespace hc {

HolderTableModel::HolderTableModel(Workspace &ws, QObject *parent) : KeysetTableModel(kPageSize, parent), m_ws(ws)
{
    connect(&m_countsWatcher, &QFutureWatcherBase::finished, this, [this] {
        // A notice of a count replaced by a later filter's is dropped (result() would wait for the later one).
        if (!m_countsPending || !m_countsWatcher.isFinished())
            return;
        m_counts = m_countsWatcher.result();
        m_countsPending = false;
        emit countsChanged();
    });
    setFilter(m_filter);
}

HolderTableModel::~HolderTableModel()
{
    m_countsWatcher.waitForFinished(); // the worker uses the workspace
}

void HolderTableModel::setFilter(const HolderFilter &f)
{
    const StallWatchdog::Activity activity("HolderTableModel::setFilter");
    m_filter = f;
    m_filter.hasCursor = false;
    m_refusal.clear();
    // The core narrows the filter to the official's jurisdiction; an official without the lookup permission
    // sees the reason instead of an audited refusal on every refresh.
    const auto who = m_ws.official();
    if (!who) {
        m_refusal = who.error().message;
    } else if (Status s = Authorizer::check(who.value(), Permission::LookupHolder); !s) {
        m_refusal = s.error().message;
    } else {
        AuditLog audit = m_ws.audit();
        const auto scope = m_ws.authorizer().holderScope(who->username, f.divisionPrefix, audit);
        if (scope)
            m_filter.divisionPrefix = scope.value();
        else
            m_refusal = scope.error().message;
    }
    m_counts = {};
    m_countsPending = false;
    if (m_refusal.isEmpty() && m_countsPool && !(m_filter.idPrefix.isEmpty() && m_filter.namePrefix.isEmpty())) {
        // A prefix count reads rows: on the pool; the rows below come first.
        m_countsPending = true;
        Workspace *ws = &m_ws;
        const HolderFilter filter = m_filter;
        m_countsWatcher.setFuture(QtConcurrent::run(m_countsPool, [ws, filter] { return ws->holderRepository().counts(filter); }));
    } else if (m_refusal.isEmpty()) {
        m_counts = m_ws.holderRepository().counts(m_filter);
    }
    reloadRows();
    emit countsChanged();
}

QList<Holder> HolderTableModel::loadPage(const Holder *last, int limit) const
{
    if (!m_refusal.isEmpty())
        return {};
    HolderFilter f = m_filter;
    f.limit = limit;
    if (last)
        f.continueAfter(*last);
    return m_ws.holderRepository().page(f);
}

QString HolderTableModel::divisionName(const QString &code) const
{
    auto it = m_names.constFind(code);
    if (it == m_names.cend())
        it = m_names.insert(code, m_ws.divisions().pathName(code));
    return *it;
}

int HolderTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HolderTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Holder &h = rowAt(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case NumberColumn: return h.id;
        case IdColumn: return h.maskedIdNumber();
        case NameColumn: return h.maskedName();
        case PhoneColumn: return h.maskedPhone();
        case HomeColumn:
            return role == Qt::ToolTipRole ? tr("%1 (code %2)").arg(divisionName(h.homeDivision), h.homeDivision)
                                           : divisionName(h.homeDivision);
        case AddressColumn: return h.maskedAddress();
        case ColorColumn: return colorLabel(h.color);
        case SinceColumn: return time::formatShort(h.colorSince);
        case NextChangeColumn: return h.nextChangeAt ? time::formatShort(*h.nextChangeAt) : QString();
        }
    }
    if (index.column() == ColorColumn && role == Qt::BackgroundRole)
        return QBrush(codeBackground(h.color));
    if (index.column() == ColorColumn && role == Qt::ForegroundRole)
        return QBrush(codeForeground(h.color));
    if (role == HolderIdRole)
        return h.id;
    if (role == ColorRole)
        return int(h.color);
    return {};
}

QVariant HolderTableModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NumberColumn: return tr("No.");
    case IdColumn: return tr("ID number");
    case NameColumn: return tr("Name");
    case PhoneColumn: return tr("Phone");
    case HomeColumn: return tr("Home division");
    case AddressColumn: return tr("Address");
    case ColorColumn: return tr("Color");
    case SinceColumn: return tr("Since");
    case NextChangeColumn: return tr("Next change");
    }
    return {};
}

} // namespace hc
