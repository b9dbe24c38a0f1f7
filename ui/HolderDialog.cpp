#include "HolderDialog.h"
#include "ScreenFit.h"
#include "ErrorText.h"

#include "CodeColors.h"
#include "ColumnFitter.h"
#include "KeyPassphrase.h"
#include "ProvenanceModel.h"
#include "QrCodeWidget.h"
#include "TimeUtil.h"
#include "Workspace.h"

#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace hc {

namespace {

// 来源地 by its division's name ("山东省 淄博市 张店区"), the code when the tree does not have it.
QString sourceName(const Workspace &ws, const QString &code)
{
    if (code.isEmpty())
        return HolderDialog::tr("—");
    const QString name = ws.divisions().pathName(code);
    return name.isEmpty() ? code : name;
}

} // namespace

HolderDialog::HolderDialog(Workspace &ws, qint64 holderId, QWidget *parent) : QDialog(parent), m_ws(ws), m_holder(holderId)
{
    setObjectName(QStringLiteral("holderDialog"));
    setWindowTitle(tr("Holder"));
    m_identity = new QLabel;
    m_identity->setObjectName(QStringLiteral("holderIdentity"));
    m_identity->setTextFormat(Qt::RichText);
    m_badge = new QLabel;
    m_badge->setObjectName(QStringLiteral("colorBadge"));
    m_badge->setAlignment(Qt::AlignCenter);
    m_badge->setMinimumSize(120, 48);
    m_qr = new QrCodeWidget;
    m_codeInfo = new QLabel(tr("The code is issued on request; issuing is audited."));
    m_codeInfo->setObjectName(QStringLiteral("codeInfo"));
    m_codeInfo->setWordWrap(true);
    m_showCode = new QPushButton(tr("Issue and show the code"));
    m_showCode->setObjectName(QStringLiteral("showCodeButton"));
    connect(m_showCode, &QPushButton::clicked, this, &HolderDialog::showCode);

    m_at = new QDateTimeEdit(time::chinaWallClock(ws.clock().now()));
    m_at->setObjectName(QStringLiteral("colorAtTime"));
    m_at->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_at->setCalendarPopup(true);
    m_explanation = new QLabel;
    m_explanation->setObjectName(QStringLiteral("colorExplanation"));
    m_explanation->setWordWrap(true);
    m_explanation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_explanation->setMinimumHeight(70);
    m_explanation->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    m_model = new ProvenanceModel(ws, this);
    m_table = new QTableView;
    m_table->setObjectName(QStringLiteral("provenanceTable"));
    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight); // the whole text is in the tooltip
    m_table->horizontalHeader()->setStretchLastSection(true);

    m_history = new QTableWidget(0, 4);
    m_history->setObjectName(QStringLiteral("colorHistory"));
    m_history->setHorizontalHeaderLabels({tr("Time"), tr("Color"), tr("Cause"), tr("By")});
    m_history->verticalHeader()->hide();
    m_history->horizontalHeader()->setStretchLastSection(true);
    m_history->setWordWrap(false);
    m_history->setEditTriggers(QAbstractItemView::NoEditTriggers);

    // Times, colors and states whole; the clearing condition, issuer, basis and cause give way, with their tooltip.
    m_provenanceFit = new ColumnFitter(m_table, {ProvenanceModel::ClearsColumn, ProvenanceModel::SourceColumn,
                                                 ProvenanceModel::BasisColumn, ProvenanceModel::KindColumn});
    m_historyFit = new ColumnFitter(m_history, {2});

    auto *top = new QGridLayout;
    top->addWidget(m_identity, 0, 0, 1, 2);
    top->addWidget(m_badge, 0, 2, Qt::AlignRight | Qt::AlignTop);
    auto *codeBox = new QVBoxLayout;
    codeBox->addWidget(m_qr, 1);
    codeBox->addWidget(m_codeInfo);
    codeBox->addWidget(m_showCode);
    top->addLayout(codeBox, 0, 3, 3, 1);
    auto *atRow = new QHBoxLayout;
    atRow->addWidget(new QLabel(tr("Color at")));
    atRow->addWidget(m_at);
    atRow->addStretch(1);
    top->addLayout(atRow, 1, 0, 1, 3);
    top->addWidget(m_explanation, 2, 0, 1, 3);
    top->setColumnStretch(1, 1);

    auto *split = new QSplitter(Qt::Vertical);
    auto *provenance = new QWidget;
    auto *pl = new QVBoxLayout(provenance);
    pl->setContentsMargins(0, 0, 0, 0);
    pl->addWidget(new QLabel(tr("<b>Provenance</b> — every condition behind the color")));
    pl->addWidget(m_table);
    auto *history = new QWidget;
    auto *hl = new QVBoxLayout(history);
    hl->setContentsMargins(0, 0, 0, 0);
    hl->addWidget(new QLabel(tr("<b>Color history</b>")));
    hl->addWidget(m_history);
    split->addWidget(provenance);
    split->addWidget(history);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_reveal = buttons->addButton(tr("Reveal personal data…"), QDialogButtonBox::ActionRole);
    m_reveal->setObjectName(QStringLiteral("revealButton"));
    connect(m_reveal, &QPushButton::clicked, this, [this] { reveal(); });
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(split, 1);
    layout->addWidget(buttons);
    connect(m_at, &QDateTimeEdit::dateTimeChanged, this, [this](const QDateTime &t) { setTime(t); });
    reload();
    resizeWithinScreen(this, {1250, 820});
}

void HolderDialog::reload()
{
    const auto h = m_ws.holderRepository().find(m_holder);
    if (!h)
        return;
    const QString home = m_ws.divisions().pathName(h->homeDivision);
    // No row id here: officials know a holder by the (masked) ID number, not by the database's numbering.
    QStringList contact{tr("ID %1").arg(h->maskedIdNumber())};
    if (!h->maskedPhone().isEmpty())
        contact << tr("phone %1").arg(h->maskedPhone());
    m_identity->setText(tr("<span style='font-size:16pt'><b>%1</b></span> &nbsp; %2<br>%3<br>Home: %4 (%5) %6 · Source: %7")
                            .arg(h->maskedName().toHtmlEscaped(), idTypeKey(h->idType) == QLatin1String("passport") ? tr("Passport") : tr("Resident ID"),
                                 contact.join(QStringLiteral(" · ")), home.toHtmlEscaped(), h->homeDivision,
                                 h->maskedAddress().toHtmlEscaped(), sourceName(m_ws, h->sourceDivision).toHtmlEscaped()));
    // Guardian ↔ dependent bindings (亲属绑定), masked like everything else.
    QStringList bound;
    for (const auto &b : m_ws.holderRepository().bindings(m_holder)) {
        const bool guardian = b.guardianId == m_holder;
        const auto other = m_ws.holderRepository().find(guardian ? b.dependentId : b.guardianId);
        if (other)
            bound << (guardian ? tr("guardian of %1 (ID %2, %3)") : tr("dependent of %1 (ID %2, %3)"))
                         .arg(other->maskedName().toHtmlEscaped(), other->maskedIdNumber(), b.relation.toHtmlEscaped());
    }
    if (!bound.isEmpty())
        m_identity->setText(m_identity->text() + QStringLiteral("<br>") + tr("Bindings: %1").arg(bound.join(QStringLiteral("; "))));
    m_badge->setText(QStringLiteral("<span style='font-size:15pt'><b>%1</b></span><br>%2")
                         .arg(colorLabel(h->color), tr("since %1").arg(time::formatShort(h->colorSince))));
    m_badge->setStyleSheet(QStringLiteral("QLabel { background: %1; color: %2; border-radius: 6px; padding: 6px; }")
                               .arg(codeBackground(h->color).name(), codeForeground(h->color).name()));
    m_model->setHolder(m_holder);
    fitColumns();
    const OfficialNames &names = m_model->officials(); // reloaded by setHolder()
    const auto history = m_ws.holderRepository().history(m_holder);
    m_history->setRowCount(int(history.size()));
    for (int i = 0; i < history.size(); ++i) {
        const HistoryEntry &e = history.at(int(history.size()) - 1 - i); // newest first
        auto *color = new QTableWidgetItem(colorLabel(e.after));
        color->setBackground(codeBackground(e.after));
        color->setForeground(codeForeground(e.after));
        m_history->setItem(i, 0, new QTableWidgetItem(time::formatShort(e.at)));
        m_history->setItem(i, 1, color);
        m_history->setItem(i, 2, new QTableWidgetItem(e.cause));
        m_history->item(i, 2)->setToolTip(e.cause);
        m_history->setItem(i, 3, new QTableWidgetItem(names.name(e.actor)));
        m_history->item(i, 3)->setToolTip(names.precise(e.actor));
    }
    updateExplanation();
    fitColumns();
}

void HolderDialog::fitColumns()
{
    m_provenanceFit->fit();
    m_historyFit->fit();
}

void HolderDialog::setTime(const QDateTime &wallClock)
{
    const QDateTime t(wallClock.date(), wallClock.time(), time::chinaZone());
    if (m_at->dateTime() != wallClock) {
        const QSignalBlocker block(m_at);
        m_at->setDateTime(wallClock);
    }
    m_model->setTime(t.toSecsSinceEpoch());
    updateExplanation();
}

void HolderDialog::updateExplanation()
{
    m_explanation->setText(m_model->explanation());
}

QString HolderDialog::explanation() const
{
    return m_explanation->text();
}

bool HolderDialog::reveal(const QString &purposeIn)
{
    QString purpose = purposeIn;
    if (purpose.isEmpty()) {
        bool ok = false;
        purpose = QInputDialog::getText(this, tr("Reveal personal data"),
                                        tr("Purpose (recorded in the audit log):"), QLineEdit::Normal, {}, &ok);
        if (!ok)
            return false;
    }
    const auto actor = m_ws.actor();
    AuditLog audit = m_ws.audit();
    const auto h = actor ? m_ws.holders().reveal(m_holder, purpose, *actor, audit) : Result<Holder>(actor.error());
    if (!h) {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Not allowed"), errorText(h.error()), QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("refusalMessage"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return false;
    }
    m_identity->setText(tr("<span style='font-size:16pt'><b>%1</b></span> &nbsp; %2<br>ID %3 · phone %4<br>Home: %5 %6")
                            .arg(h->name.toHtmlEscaped(), tr("(revealed for this view; audited)"), h->idNumber,
                                 h->phone.toHtmlEscaped(), m_ws.divisions().pathName(h->homeDivision).toHtmlEscaped(),
                                 h->address.toHtmlEscaped()));
    m_reveal->setEnabled(false);
    return true;
}

void HolderDialog::showCode()
{
    // Reflects the core's decision before asking for the key passphrase; CodeService::issue checks again.
    const auto who = m_ws.official();
    const auto h = m_ws.holderRepository().find(m_holder);
    const Status allowed = !who ? Status(who.error())
                           : !h ? Status(Error::badInput(tr("This holder is no longer in the database.")))
                                : Authorizer::check(who.value(), Permission::IssueCode, h->homeDivision);
    if (!allowed) {
        m_codeInfo->setStyleSheet(QStringLiteral("color: #b71c1c"));
        m_codeInfo->setText(errorText(allowed.error()));
        return;
    }
    bool cancelled = false;
    const QByteArray pass = KeyPassphrase::get(this, &cancelled);
    if (cancelled)
        return;
    const auto actor = m_ws.actor();
    if (!actor) {
        QMessageBox::warning(this, windowTitle(), errorText(actor.error()));
        return;
    }
    AuditLog audit = m_ws.audit();
    const auto code = m_ws.codes().issue(m_holder, pass, 24, *actor, audit);
    if (!code) {
        if (code.error().kind == ErrorKind::Refused && !code.error().storage) // a busy database says nothing of the passphrase
            KeyPassphrase::forget();
        QMessageBox::warning(this, tr("Cannot issue the code"), errorText(code.error()));
        return;
    }
    m_qr->setText(code->text, codeBackground(code->code.body.color).darker(code->code.body.color == policy::Color::Yellow ? 170 : 110));
    m_codeInfo->setText(tr("%1 code · issued by %2 · valid until %3 · %4 characters, QR %5×%5")
                            .arg(colorLabel(code->code.body.color), code->code.body.organisation,
                                 time::formatShort(code->code.body.expiresAt))
                            .arg(code->text.size())
                            .arg(m_qr->modules()));
    m_codeInfo->setToolTip(code->text);
}

} // namespace hc
