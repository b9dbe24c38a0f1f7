#pragma once
#include "CaseFile.h"

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

class Workspace;

// Imports a case report or a file of verification records: the file is read and checked whole first (off the
// GUI thread), its rows and bad lines shown, then stored as a batch. Which column holds which field may be
// mapped by hand and saved for the next file of the same source.
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
    const std::optional<ParsedFile> &parsed() const { return m_parsed; }
    qint64 batchId() const { return m_batchId; }
    QString message() const;

    static constexpr int kPreviewRows = 50;
    static constexpr int kMaxErrorRows = 1000; // listed in the dialog; the errors file has every bad row
    ProgressPanel *progressPanel() const { return m_progress; }

public Q_SLOTS:
    void reject() override; // while reading or storing: cancels instead (the dialog closes after the work)

private:
    void kindChanged();
    void loadMapping();
    void invalidate();
    void showParsed();
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
    QCheckBox *m_validOnly;
    QPushButton *m_saveErrors;
    QPushButton *m_import;
    QLabel *m_message;
    ProgressPanel *m_progress;
    QList<QWidget *> m_lockedWhileBusy;
    bool m_busy = false;
    std::optional<ParsedFile> m_parsed;
    qint64 m_batchId = 0;
};

} // namespace hc
