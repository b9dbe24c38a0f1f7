#include "DivisionCompletionModel.h"
#include "DivisionNameIndex.h"
#include "Workspace.h"

#include <QHash>
#include <QMutex>

namespace hc {

namespace {

// One index per database (file or server database) and division generation, for every field of the process.
struct IndexCache
{
    QMutex mutex; // held while one is built: a second asker waits for it rather than building it again
    QHash<QString, std::shared_ptr<const DivisionNameIndex>> byDatabase;
};

IndexCache &indexCache()
{
    static IndexCache *c = new IndexCache; // never destroyed: a build may still run at exit
    return *c;
}

QString cacheKey(const QSqlDatabase &db)
{
    return QStringList{db.driverName(), db.hostName(), QString::number(db.port()), db.databaseName()}.join(QLatin1Char('|'));
}

std::shared_ptr<const DivisionNameIndex> sharedIndex(const QSqlDatabase &db)
{
    IndexCache &c = indexCache();
    const QString generation = DivisionNameIndex::currentGeneration(db);
    const QMutexLocker lock(&c.mutex);
    std::shared_ptr<const DivisionNameIndex> &slot = c.byDatabase[cacheKey(db)];
    if (!slot || slot->generation() != generation)
        slot = std::make_shared<const DivisionNameIndex>(DivisionNameIndex::build(db, DivisionSearch::kDeepestContainedLevel));
    return slot;
}

} // namespace

DivisionCompletionModel::DivisionCompletionModel(Workspace &ws, QObject *parent) : QAbstractListModel(parent), m_ws(ws) {}

int DivisionCompletionModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

QVariant DivisionCompletionModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DivisionHit &h = m_hits.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        // The code after an ideographic space: officials who think in codes see it, the label stays what is inserted.
        return h.label() + QChar(0x3000) + h.division.code;
    case Qt::EditRole:
    case LabelRole: return h.label();
    case Qt::ToolTipRole: return h.label() + QLatin1Char('\n') + h.division.code;
    case CodeRole: return h.division.code;
    case LevelRole: return h.division.level;
    default: return {};
    }
}

QHash<int, QByteArray> DivisionCompletionModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names.insert(CodeRole, "code");
    names.insert(LabelRole, "label");
    names.insert(LevelRole, "level");
    return names;
}

void DivisionCompletionModel::setText(const QString &text)
{
    const QString t = text.trimmed();
    if (t == m_text)
        return;
    beginResetModel();
    m_text = t;
    m_hits = t.isEmpty() ? QList<DivisionHit>{} : search().search(t, kLimit);
    endResetModel();
}

DivisionSearch DivisionCompletionModel::search() const
{
    m_index = sharedIndex(m_ws.db());
    return DivisionSearch(m_ws.db(), m_index.get());
}

bool DivisionCompletionModel::indexReady(const QSqlDatabase &db)
{
    IndexCache &c = indexCache();
    const QString generation = DivisionNameIndex::currentGeneration(db);
    if (!c.mutex.tryLock())
        return false; // being built
    const auto slot = c.byDatabase.value(cacheKey(db));
    c.mutex.unlock();
    return slot && slot->generation() == generation;
}

void DivisionCompletionModel::prepareIndex(const QSqlDatabase &db)
{
    sharedIndex(db);
}

DivisionResolution DivisionCompletionModel::resolve() const
{
    return search().resolve(m_text, !m_hits.isEmpty());
}

int DivisionCompletionModel::rowOfLabel(const QString &label) const
{
    const QString l = label.trimmed();
    for (int i = 0; i < m_hits.size(); ++i)
        if (m_hits.at(i).label() == l)
            return i;
    return -1;
}

} // namespace hc
