#pragma once
#include <QFuture>
#include <QWidget>
#include <memory>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTimer;
class QTreeView;

namespace hc {

class DivisionNameIndex;
class DivisionTreeModel;
class Workspace;

// The whole division tree with each division's risk level; search by name or code prefix as you type.
class DivisionPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DivisionPane)
public:
    explicit DivisionPane(Workspace &ws, QWidget *parent = nullptr);
    ~DivisionPane() override;
    DivisionTreeModel *model() const { return m_model; }
    QString currentCode() const;
    void refresh();
    void jumpTo(const QString &code);
    void search(const QString &text); // as if typed into the search box

Q_SIGNALS:
    void areasChanged();

public Q_SLOTS:
    void declareArea();

private:
    void runSearch();
    void buildNameIndex();
    void updateDetails();

    Workspace &m_ws;
    DivisionTreeModel *m_model;
    QLineEdit *m_search;
    QListWidget *m_results;
    QTreeView *m_tree;
    QLabel *m_details;
    QPushButton *m_declare;
    QPushButton *m_history;
    QTimer *m_debounce;
    std::shared_ptr<const DivisionNameIndex> m_index; // until it is built, search asks SQLite
    QFuture<std::shared_ptr<const DivisionNameIndex>> m_indexBuild;
};

} // namespace hc
