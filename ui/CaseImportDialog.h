#pragma once
#include "CaseBatchService.h"
#include "CaseFile.h"

#include <QDateTime>
#include <QDialog>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace hc {
class ColumnMappingTable;
class ParsedRowsTable;
class ProgressPanel;
} // namespace hc

namespace hc {

class ColumnFitter;
class Workspace;

// Imports a case report or a file of verification records: the file is streamed and checked whole first (off the
// GUI thread, CaseBatchService::importFile with checkOnly), its counts and first bad lines shown with the rows of
// its head, then streamed again into a batch. Nothing of the file is held beyond its head (kHeadBytes): the memory
// does not grow with the file. Which column holds which field may be mapped by hand and saved for the next file
// of the same source.
class CaseImportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaseImportDialog)
public:
    explicit CaseImportDialog(Workspace &ws, BatchKind kind = BatchKind::Cases, QWidget *parent = nullptr);

    void setPath(const QString &path);
    BatchKind kind() const;
    bool readFile();                              // what "Read file" does; false with the reason in message()
    bool importNow();                             // what "Import" does; the new batch in batchId()
    bool saveMappingAs(const QString &name = {}); // asks for the name when empty
    bool saveErrorsFile(const QString &path = {}); // asks for the path when empty
    // What the last check found (counts, encoding, delimiter, format, the first bad rows), and its head as parsed
    // for the preview; both empty until a file is read, and again once the file, kind or mapping changes.
    const std::optional<ImportReport> &report() const { return m_report; }
    const std::optional<ParsedFile> &head() const { return m_head; }
    qint64 batchId() const { return m_batchId; }
    QString message() const;

    static constexpr int kPreviewRows = 50;
    static constexpr int kMaxErrorRows = 200;         // listed in the dialog (ImportReport::errors); the errors file has every bad row
    static constexpr qint64 kHeadBytes = 256 * 1024; // read into memory for the preview, cut at its last line end
    ProgressPanel *progressPanel() const { return m_progress; }

public Q_SLOTS:
    void reject() override; // while reading or storing: cancels instead (the dialog closes after the work)

private:
    void kindChanged();
    void loadMapping();
    void invalidate();
    void showChecked();
    bool fileUnchanged(); // since it was checked; else invalidates and says to read it again
    void setMessage(const QString &text, bool error);
    void setBusy(bool busy);
    std::optional<QString> signedIn();

    Workspace &m_ws;
    QLineEdit *m_path;
    QComboBox *m_kind;
    QComboBox *m_mappingNames;
    ColumnMappingTable *m_mapping;
    QLabel *m_summary;
    QLabel *m_previewLabel;
    QLabel *m_errorsLabel;
    QWidget *m_errorsBox;
    ParsedRowsTable *m_preview;
    QTableWidget *m_errors;
    ColumnFitter *m_errorsFit; // refitted once the errors are listed
    QCheckBox *m_validOnly;
    QPushButton *m_saveErrors;
    QPushButton *m_import;
    QLabel *m_message;
    ProgressPanel *m_progress;
    QList<QWidget *> m_lockedWhileBusy;
    bool m_busy = false;
    std::optional<ImportReport> m_report; // of the last check (checkOnly)
    std::optional<ParsedFile> m_head;     // the head of the file as parsed: the preview and the columns found
    // What was checked: the import and the errors file stream the same file with the same columns.
    QString m_checkedPath;
    BatchKind m_checkedKind = BatchKind::Cases;
    ColumnMapping m_checkedMapping;
    qint64 m_checkedSize = -1;
    QDateTime m_checkedModified;
    qint64 m_batchId = 0;
};

} // namespace hc
