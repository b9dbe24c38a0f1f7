#pragma once
#include "CaseBatchService.h"

#include <QWidget>
#include <optional>

class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;

namespace hc {

class BatchResultModel;
class CaseBatchModel;
class ImpactView;
class Workspace;

// Case reports (issue 5): import a case report or verification records, preview what a batch would do, apply
// it (four-eyes above the policy's threshold), revert it with a reason, and see or export what each holder
// got. Every decision is the core's (CaseBatchService); refusals are shown with its reason.
class CasesPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CasesPane)
public:
    explicit CasesPane(Workspace &ws, QWidget *parent = nullptr);

    void refresh(); // keeps the selected batch
    bool selectBatch(qint64 batchId);
    std::optional<CaseBatch> selectedBatch() const;
    CaseBatchModel *batchModel() const { return m_batches; }
    BatchResultModel *resultModel() const { return m_results; }
    ImpactView *impactView() const { return m_impact; }
    QString message() const;

    bool importFile(BatchKind kind); // the import dialog; true when a batch was stored
    void previewSelected();          // off the GUI thread; ImpactView::finished tells when it is done
    bool applySelected(bool askFirst = true);
    bool revertSelected(const QString &reason = {}); // asks for the reason when empty
    bool exportResults(const QString &path = {});    // asks for the file when empty
    // The 协查 list of the selected batch: its contacts outside the jurisdiction, unmasked (OutsideContacts). Asks
    // for the purpose and the file when empty.
    bool exportOutside(const QString &path = {}, const QString &purpose = {});

signals:
    void changed(); // holders' colors, approvals or the audit log changed

private:
    void selectionChanged();
    void updateButtons();
    void setBusy(bool busy); // while a batch is applied or reverted: no second action on the pane
    void showMessage(const QString &text, bool error);
    std::optional<QString> signedIn();
    std::optional<std::pair<CaseBatch, QString>> caseBatchSignedIn();
    std::optional<QString> askIfEmpty(const QString &given, const QString &title, const QString &label,
                                      const QString &initial = {});
    std::optional<QString> csvPath(const QString &given, const QString &title, const QString &fileName);
    bool changedWith(const QString &message);
    std::optional<Impact> impactFor(const CaseBatch &b);

    Workspace &m_ws;
    CaseBatchModel *m_batches;
    BatchResultModel *m_results;
    QTableView *m_table;
    QTableView *m_resultsTable;
    ImpactView *m_impact;
    QTabWidget *m_tabs;
    QLabel *m_message;
    QPushButton *m_importCases;
    QPushButton *m_importScans;
    QPushButton *m_preview;
    QPushButton *m_apply;
    QPushButton *m_revert;
    QPushButton *m_export;
    QPushButton *m_exportOutside;
    bool m_busy = false;
};

} // namespace hc
