#pragma once
#include "NationalImporter.h"

#include <QWidget>
#include <optional>

class QCheckBox;
class QLabel;
class QPushButton;
class QTableView;

namespace hc {

class NationalEntryModel;
class Workspace;

// Imports a national risk-area list and shows how each entry was matched, for review and mapping.
class NationalImportPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NationalImportPane)
public:
    explicit NationalImportPane(Workspace &ws, QWidget *parent = nullptr);
    // Returns false (with the reason shown) when the file was refused; nothing is changed then.
    bool importFile(const QString &path);
    QString message() const;

Q_SIGNALS:
    void areasChanged();

public Q_SLOTS:
    void chooseFile();

private:
    void mapSelected();
    void reanalyse();
    void showReport(const NationalImportReport &r, bool applied);
    void setBusy(bool busy);
    void showMessage(const QString &text, bool error);

    Workspace &m_ws;
    NationalEntryModel *m_model;
    QLabel *m_summary;
    QLabel *m_message;
    QPushButton *m_importButton;
    QPushButton *m_mapButton;
    QPushButton *m_reanalyseButton;
    QCheckBox *m_reviewOnly;
    QTableView *m_table;
    std::optional<NationalList> m_list;
    NationalImportReport m_report;
};

} // namespace hc
