#pragma once
#include "DivisionSearch.h"

#include <QAbstractListModel>
#include <memory>

namespace hc {

class DivisionNameIndex;
class Workspace;

// What the division completer proposes for the text typed so far: one row per division, shown as
// "张店区 · 淄博市 · 山东省　370303", inserted as the label alone. Rows come from DivisionSearch (50 at most,
// provinces/cities/counties first). Names containing the text (not only starting with it) are found for levels 1–4
// through an in-memory index of those 44,703 names shared by every field; villages by their leading characters.
class DivisionCompletionModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DivisionCompletionModel)
public:
    enum Role { CodeRole = Qt::UserRole + 1, LabelRole, LevelRole };
    static constexpr int kLimit = 50;

    explicit DivisionCompletionModel(Workspace &ws, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setText(const QString &text); // searches and resets the rows
    // What the text names, for the rows just searched (no second search).
    DivisionResolution resolve() const;
    // A DivisionSearch with the shared index of names of levels 1–4 (built once per database and generation, ~0.1 s,
    // so that names containing the text are found in memory, not by a 40–70 ms scan per keystroke).
    DivisionSearch search() const;
    // That index for a database: whether it is built for the current divisions, and building it (any thread; the
    // field starts it off the GUI thread when it is created, so that the first keystroke does not wait).
    static bool indexReady(const QSqlDatabase &db);
    static void prepareIndex(const QSqlDatabase &db);
    const QString &text() const { return m_text; }
    const DivisionHit &hitAt(int row) const { return m_hits.at(row); }
    int rowOfLabel(const QString &label) const; // -1 when no row shows it

private:
    Workspace &m_ws;
    QString m_text;
    QList<DivisionHit> m_hits;
    mutable std::shared_ptr<const DivisionNameIndex> m_index; // kept while a DivisionSearch of ours points to it
};

} // namespace hc
