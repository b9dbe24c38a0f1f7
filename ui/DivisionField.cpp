#include "DivisionField.h"
#include "BackgroundTask.h"
#include "DivisionCode.h"
#include "DivisionCompletionModel.h"
#include "Workspace.h"

#include <QAbstractItemView>
#include <QAction>
#include <QCompleter>
#include <QLabel>
#include <QStyle>
#include <QtConcurrent>

namespace hc {

DivisionField::DivisionField(Workspace &ws, QWidget *parent) : QLineEdit(parent), m_ws(ws)
{
    setPlaceholderText(tr("Division name or code, e.g. 张店区 or 370303"));
    // The names of levels 1–4 in memory for "contains" matching: ~0.1 s once per database, on a pool thread (its own
    // connection); a keystroke meanwhile waits for it rather than scanning the table.
    if (!DivisionCompletionModel::indexReady(ws.db())) {
        Workspace *w = &ws;
        m_indexBuild = QtConcurrent::run(BackgroundTask::pool(), [w] { DivisionCompletionModel::prepareIndex(w->db()); });
    }
    m_normalPalette = palette();
    m_model = new DivisionCompletionModel(ws, this);
    m_completer = new QCompleter(m_model, this);
    // The model has already searched: show its rows as they are, and insert the label alone.
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCompletionRole(DivisionCompletionModel::LabelRole);
    m_completer->setMaxVisibleItems(12);
    m_completer->popup()->setObjectName(QStringLiteral("divisionCompleterPopup"));
    m_completer->popup()->setMinimumWidth(460); // a village's label is long; the field may be narrow
    m_completer->popup()->setTextElideMode(Qt::ElideMiddle);
    setCompleter(m_completer);
    m_warning = addAction(style()->standardIcon(QStyle::SP_MessageBoxWarning), QLineEdit::TrailingPosition);
    m_warning->setObjectName(QStringLiteral("divisionWarning"));
    m_warning->setVisible(false);

    connect(m_completer, qOverload<const QModelIndex &>(&QCompleter::activated), this, [this](const QModelIndex &i) {
        // The proxy's row: read the chosen division from it, not from the text.
        const QString code = i.data(DivisionCompletionModel::CodeRole).toString();
        const QString label = i.data(DivisionCompletionModel::LabelRole).toString();
        if (text() != label) {
            const QSignalBlocker block(this);
            setText(label);
        }
        m_resolvedText = label;
        m_codeText = false;
        setResult(DivisionResolution::Exact, code, true, tr("Code %1").arg(code), label + QLatin1Char('\n') + code);
    });
    // Typed text: textEdited comes before QLineEdit asks the completer, so the popup shows this text's rows.
    connect(this, &QLineEdit::textEdited, this, &DivisionField::resolveText);
    // Set text (the completer's highlight, an input method, a caller's setText).
    connect(this, &QLineEdit::textChanged, this, [this](const QString &t) {
        if (t.trimmed() != m_resolvedText)
            resolveText();
    });
}

DivisionField::~DivisionField()
{
    m_indexBuild.waitForFinished();
}

void DivisionField::setAcceptCodePrefix(bool accept)
{
    m_acceptPrefix = accept;
    m_resolvedText = QStringLiteral("\x01"); // re-read
    resolveText();
}

void DivisionField::setStatusLabel(QLabel *label)
{
    m_statusLabel = label;
    if (m_statusLabel) {
        m_statusLabel->setObjectName(objectName().isEmpty() ? QStringLiteral("divisionStatus") : objectName() + QStringLiteral("Status"));
        m_statusLabel->setText(m_statusText);
    }
    setResult(m_state, m_code, m_valid, m_statusText, toolTip());
}

void DivisionField::setCode(const QString &code)
{
    const QString c = code.trimmed();
    QString shown = c;
    if (const auto n = divcode::normalise(c))
        if (const auto hit = m_model->search().hit(*n))
            shown = hit->label();
    {
        const QSignalBlocker block(this); // resolved below, once
        setText(shown);
    }
    m_resolvedText = QStringLiteral("\x01");
    resolveText();
}

QString DivisionField::problem() const
{
    return m_valid ? QString() : m_statusText;
}

void DivisionField::resolveText()
{
    const QString t = text().trimmed();
    if (t == m_resolvedText)
        return;
    m_resolvedText = t;
    m_codeText = divcode::isDigits(t);
    if (t.isEmpty()) {
        m_model->setText({});
        setResult(DivisionResolution::Empty, {}, true, {}, {});
        return;
    }
    // A row the completer shows (highlighted or chosen): that division, without asking the database again.
    if (const int row = m_model->rowOfLabel(t); row >= 0) {
        const DivisionHit &h = m_model->hitAt(row);
        setResult(DivisionResolution::Exact, h.division.code, true, tr("Code %1").arg(h.division.code),
                  h.label() + QLatin1Char('\n') + h.division.code);
        return;
    }
    m_model->setText(t);
    const DivisionResolution r = m_model->resolve();
    m_candidates = r.candidates;
    switch (r.kind) {
    case DivisionResolution::Empty:
        setResult(r.kind, {}, true, {}, {});
        break;
    case DivisionResolution::Exact: {
        const QString label = r.hit.label();
        setResult(r.kind, r.hit.division.code, true, m_codeText ? label : tr("Code %1").arg(r.hit.division.code),
                  label + QLatin1Char('\n') + r.hit.division.code);
        break;
    }
    case DivisionResolution::Partial:
        if (m_codeText && m_acceptPrefix)
            setResult(r.kind, t, true, tr("Divisions whose code starts with %1").arg(t), {});
        else
            setResult(r.kind, {}, false, tr("Choose from the list, or keep typing"), {});
        break;
    case DivisionResolution::Ambiguous:
        setResult(r.kind, {}, false, tr("%n divisions have this name: choose one from the list", nullptr, r.candidates), {});
        break;
    case DivisionResolution::Unknown:
        setResult(r.kind, {}, false, m_codeText ? tr("No such division code") : tr("No division has this name"), {});
        break;
    }
}

void DivisionField::setResult(DivisionResolution::Kind kind, const QString &code, bool valid, const QString &status, const QString &tip)
{
    m_state = kind;
    m_statusText = status;
    // Red only for what names nothing; a name still being typed or shared by several is a hint, not an error.
    const bool wrong = kind == DivisionResolution::Unknown;
    const bool warn = wrong || kind == DivisionResolution::Ambiguous;
    QPalette p = m_normalPalette;
    if (wrong)
        p.setColor(QPalette::Base, QColor(0xfd, 0xec, 0xea));
    setPalette(p);
    m_warning->setVisible(warn);
    m_warning->setToolTip(status);
    setToolTip(warn ? status : tip);
    if (m_statusLabel) {
        m_statusLabel->setText(status);
        m_statusLabel->setStyleSheet(wrong ? QStringLiteral("color: #c62828")
                                     : warn ? QStringLiteral("color: #b26a00")
                                            : QStringLiteral("color: #555555"));
    }
    const bool validChanged = valid != m_valid;
    const bool changed = code != m_code;
    m_valid = valid;
    m_code = code;
    if (changed)
        emit codeChanged(m_code);
    if (validChanged)
        emit this->validChanged(m_valid);
}

} // namespace hc
