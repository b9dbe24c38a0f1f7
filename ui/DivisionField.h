#pragma once
#include "DivisionSearch.h"

#include <QFuture>
#include <QLineEdit>
#include <QPalette>
#include <QPointer>

class QAction;
class QCompleter;
class QLabel;

namespace hc {

class DivisionCompletionModel;
class Workspace;

// Where a division is asked: typed by name (or part of it, or a code prefix), chosen from a completer showing each
// division with its parents ("张店区 · 淄博市 · 山东省"); a code typed whole is accepted too. What names no division is
// flagged as it is typed (a tinted field, a warning mark, and the optional status label), not only when submitted.
class DivisionField final : public QLineEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DivisionField)
    Q_PROPERTY(QString code READ code WRITE setCode NOTIFY codeChanged)
    Q_PROPERTY(bool valid READ isValid NOTIFY validChanged)
public:
    explicit DivisionField(Workspace &ws, QWidget *parent = nullptr);
    ~DivisionField() override;

    // The division named, "" while the text names none (or is empty); with code prefixes accepted, the digits typed.
    QString code() const { return m_code; }
    // Shows the division by its label; a code that is not in the tree is shown as it is, and flagged.
    void setCode(const QString &code);
    // Empty, or naming one division (or a code prefix where those are accepted).
    bool isValid() const { return m_valid; }
    DivisionResolution::Kind state() const { return m_state; }
    QString problem() const; // why it is not valid, in words; "" when valid
    QString status() const { return m_statusText; } // what the status label shows

    // Filters take the leading digits of codes ("3703" or "37030"): such a prefix is valid as it is.
    void setAcceptCodePrefix(bool accept);
    // A label beside or below the field that says the code chosen or what is wrong (the form owns it).
    void setStatusLabel(QLabel *label);
    DivisionCompletionModel *completionModel() const { return m_model; }
    QCompleter *divisionCompleter() const { return m_completer; }

signals:
    void codeChanged(const QString &code);
    void validChanged(bool valid);

private:
    void resolveText();
    void setResult(DivisionResolution::Kind kind, const QString &code, bool valid, const QString &status, const QString &tip);

    Workspace &m_ws;
    DivisionCompletionModel *m_model;
    QCompleter *m_completer;
    QAction *m_warning;
    QPointer<QLabel> m_statusLabel;
    QPalette m_normalPalette;
    QString m_code;
    QString m_resolvedText; // the text the state is for
    QString m_statusText;
    DivisionResolution::Kind m_state = DivisionResolution::Empty;
    bool m_valid = true;
    bool m_acceptPrefix = false;
    bool m_codeText = false; // the text is digits
    int m_candidates = 0;
    QFuture<void> m_indexBuild; // the shared name index, built off the GUI thread; waited for before the workspace may go
};

} // namespace hc
