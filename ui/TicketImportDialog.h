#pragma once
#include "AppealService.h"

#include <QDialog>
#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace hc {

class ColumnFitter;
class Workspace;

// Imports the 12345 hotline system's export (CSV): the core checks every row first; the bad rows are shown
// with their line and reason, and nothing is filed while there are any unless "valid rows only" is ticked.
// The bad rows can be saved as an errors file for fixing and importing again.
class TicketImportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TicketImportDialog)
public:
    explicit TicketImportDialog(Workspace &ws, QWidget *parent = nullptr);

    void setPath(const QString &path);
    QString message() const;
    int filed() const { return m_filed; } // tickets filed by this dialog, over every import
    bool importNow(); // what Import does; true when the file was read (filed or not)
    bool saveErrorsFile(const QString &path = {}); // asks for the path when empty

signals:
    void ticketsFiled(int count);

private:
    void setMessage(const QString &text, bool error);
    void showReport(const AppealService::ImportReport &r);

    Workspace &m_ws;
    std::optional<AppealService::ImportReport> m_report;
    int m_filed = 0;
    QLineEdit *m_path;
    QCheckBox *m_validOnly;
    QLabel *m_summary;
    QTableWidget *m_errors;
    ColumnFitter *m_errorsFit; // refitted once the errors are listed
    QPushButton *m_saveErrors;
    QLabel *m_message;
};

} // namespace hc
