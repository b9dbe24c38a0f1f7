#include "AuditEntryDialog.h"
#include "ScreenFit.h"
#include "AuditDescriber.h"
#include "TimeUtil.h"
#include "Workspace.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace hc {

namespace {

QLabel *textLabel(const QString &text, const char *name)
{
    auto *l = new QLabel(text);
    l->setObjectName(QLatin1String(name));
    l->setWordWrap(true);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return l;
}

// A hash as the auditor compares it: monospace, selectable, never elided.
QLabel *hashLabel(const QString &hash, const char *name)
{
    auto *l = textLabel(hash, name);
    l->setWordWrap(false);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setStyleHint(QFont::Monospace); // where the system names no fixed font
    l->setFont(mono);
    return l;
}

} // namespace

AuditEntryDialog::AuditEntryDialog(Workspace &ws, const AuditDescriber &describer, const AuditEntry &e, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("auditEntryDialog"));
    setWindowTitle(tr("Audit entry %1").arg(e.id));

    auto *record = new QFormLayout;
    record->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(e.atMs, time::chinaZone());
    record->addRow(tr("Time (UTC+8):"), textLabel(at.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")), "timeLabel"));
    record->addRow(tr("Official:"), textLabel(describer.actor(e.actor), "actorLabel"));
    record->addRow(tr("Action:"), textLabel(describer.action(e.action), "actionLabel"));
    record->addRow(tr("Object:"), textLabel(describer.object(e.object), "objectLabel"));

    // Every field, before and after; the reason or note on its own below.
    QList<AuditChange> fields;
    QStringList remarks;
    for (const AuditChange &c : describer.changes(e)) {
        if (c.remark)
            remarks << (c.inAfter ? c.after : c.before);
        else
            fields << c;
    }
    auto *changes = new QTableWidget(int(fields.size()), 3);
    changes->setObjectName(QStringLiteral("changesTable"));
    changes->setHorizontalHeaderLabels({tr("Field"), tr("Before"), tr("After")});
    changes->verticalHeader()->hide();
    changes->setEditTriggers(QAbstractItemView::NoEditTriggers);
    changes->setSelectionBehavior(QAbstractItemView::SelectRows);
    changes->setWordWrap(true);
    for (int r = 0; r < fields.size(); ++r) {
        const AuditChange &c = fields.at(r);
        const bool changed = c.inBefore && c.inAfter && c.before != c.after;
        const QString before = c.inBefore ? (c.before.isEmpty() ? tr("(none)") : c.before) : QString();
        const QString after = c.inAfter ? (c.after.isEmpty() ? tr("(none)") : c.after) : QString();
        const QStringList cells{c.field, before, after};
        for (int col = 0; col < 3; ++col) {
            auto *item = new QTableWidgetItem(cells[col]);
            item->setToolTip(cells[col]);
            if (changed && col > 0) { // what this entry changed stands out from what it records
                QFont f = item->font();
                f.setBold(true);
                item->setFont(f);
            }
            changes->setItem(r, col, item);
        }
    }
    // An entry that records no earlier values (a creation, an issue, a refusal) has no "before" to show.
    if (std::none_of(fields.cbegin(), fields.cend(), [](const AuditChange &c) { return c.inBefore; })) {
        changes->hideColumn(1);
        changes->setHorizontalHeaderItem(2, new QTableWidgetItem(tr("Value")));
    }
    changes->resizeColumnsToContents();
    changes->horizontalHeader()->setStretchLastSection(true);
    for (int col = 0; col < 2; ++col)
        changes->setColumnWidth(col, std::min(changes->columnWidth(col), 280));
    changes->resizeRowsToContents();
    changes->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents); // as tall as its rows, up to the screen
    changes->setMaximumHeight(420);
    if (fields.isEmpty())
        changes->hide();
    QLabel *noFields = textLabel(tr("This entry records no fields."), "noFieldsLabel");
    noFields->setVisible(fields.isEmpty());

    // The chain: an entry is trusted when every entry from the first up to it is unaltered and in order.
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const AuditLog audit = ws.audit();
    m_verdict = audit.verifyUpTo(e.id);
    const qint64 total = audit.count();
    QApplication::restoreOverrideCursor();
    auto *integrity = new QGroupBox(tr("Integrity"));
    integrity->setObjectName(QStringLiteral("integrityBox"));
    auto *chain = new QFormLayout(integrity);
    chain->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    chain->addRow(tr("Position:"), textLabel(tr("No. %1 of %2").arg(e.id).arg(total), "positionLabel"));
    chain->addRow(tr("This entry's hash:"), hashLabel(e.hash, "hashLabel"));
    chain->addRow(tr("Previous entry's hash:"), hashLabel(e.prevHash, "prevHashLabel"));
    QLabel *verdict = textLabel(m_verdict.intact ? tr("The chain verifies from entry 1 up to this entry (%n entries checked).", nullptr,
                                                      int(m_verdict.entries))
                                                 : tr("The chain is broken at entry %1: %2").arg(m_verdict.firstBadId).arg(m_verdict.problem),
                                "chainLabel");
    verdict->setStyleSheet(m_verdict.intact ? QStringLiteral("color: #2e7d32; font-weight: bold")
                                            : QStringLiteral("color: #c62828; font-weight: bold"));
    chain->addRow(tr("Chain:"), verdict);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(record);
    layout->addWidget(changes);
    layout->addWidget(noFields);
    if (!remarks.isEmpty()) {
        auto *why = new QFormLayout;
        why->addRow(tr("Reason / note:"), textLabel(remarks.join(QLatin1Char('\n')), "remarkLabel"));
        layout->addLayout(why);
    }
    layout->addWidget(integrity);
    layout->addStretch(1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    buttons->button(QDialogButtonBox::Close)->setFocus(); // Enter or Esc closes; the table is read by Tab
    resizeWithinScreen(this, {760, sizeHint().height()});
}

} // namespace hc
