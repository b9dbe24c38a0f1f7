#include "DivisionPane.h"
#include "BackgroundTask.h"
#include "DeclareDialog.h"
#include "DivisionNameIndex.h"
#include "DivisionTreeModel.h"
#include "HistoryDialog.h"
#include "StallWatchdog.h"
#include "TimeUtil.h"
#include "Workspace.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace hc {

DivisionPane::DivisionPane(Workspace &ws, QWidget *parent) : QWidget(parent), m_ws(ws)
{
    setObjectName(QStringLiteral("divisionPane"));
    m_model = new DivisionTreeModel(ws, this);
    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("divisionSearch"));
    m_search->setPlaceholderText(tr("Search a division by name or code prefix (e.g. 朝阳, 3703)"));
    m_search->setClearButtonEnabled(true);
    m_results = new QListWidget;
    m_results->setObjectName(QStringLiteral("searchResults"));
    m_results->setMaximumHeight(130);
    m_results->hide();
    m_tree = new QTreeView;
    m_tree->setObjectName(QStringLiteral("divisionTree"));
    m_tree->setModel(m_model);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setSectionResizeMode(DivisionTreeModel::NameColumn, QHeaderView::Interactive);
    m_tree->setColumnWidth(DivisionTreeModel::NameColumn, 300);
    m_tree->setColumnWidth(DivisionTreeModel::CodeColumn, 120);
    m_tree->setColumnWidth(DivisionTreeModel::LevelColumn, 90);
    m_details = new QLabel;
    m_details->setObjectName(QStringLiteral("divisionDetails"));
    m_details->setWordWrap(true);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_declare = new QPushButton(tr("Declare risk area…"));
    m_declare->setObjectName(QStringLiteral("declareButton"));
    m_history = new QPushButton(tr("History of this division…"));
    m_history->setObjectName(QStringLiteral("historyButton"));

    auto *side = new QWidget;
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->addWidget(m_details, 1);
    sideLayout->addWidget(m_declare);
    sideLayout->addWidget(m_history);
    auto *splitter = new QSplitter;
    splitter->addWidget(m_tree);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_results);
    layout->addWidget(splitter, 1);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(150);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, &DivisionPane::runSearch);
    connect(m_search, &QLineEdit::returnPressed, this, &DivisionPane::runSearch);
    connect(m_results, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item)
            jumpTo(item->data(Qt::UserRole).toString());
    });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &DivisionPane::updateDetails);
    connect(m_declare, &QPushButton::clicked, this, &DivisionPane::declareArea);
    connect(m_history, &QPushButton::clicked, this, [this] {
        if (!currentCode().isEmpty())
            HistoryDialog(m_ws, currentCode(), QString(), this).exec();
    });
    updateDetails();
    buildNameIndex();
}

DivisionPane::~DivisionPane()
{
    m_indexBuild.waitForFinished();
}

void DivisionPane::buildNameIndex()
{
    // ~0.5 s for the full tree: built off the GUI thread, used once ready.
    Workspace *ws = &m_ws;
    m_indexBuild = QtConcurrent::run(BackgroundTask::pool(), [ws] { return std::make_shared<const DivisionNameIndex>(DivisionNameIndex::build(ws->db())); });
    m_indexBuild.then(this, [this](std::shared_ptr<const DivisionNameIndex> index) { m_index = std::move(index); });
}

QString DivisionPane::currentCode() const
{
    return m_model->codeAt(m_tree->currentIndex());
}

void DivisionPane::refresh()
{
    const StallWatchdog::Activity activity("DivisionPane::refresh");
    m_model->setTime(m_ws.clock().now().toSecsSinceEpoch());
    updateDetails();
}

void DivisionPane::runSearch()
{
    const QString text = m_search->text().trimmed();
    m_results->blockSignals(true);
    m_results->clear();
    m_results->blockSignals(false);
    if (text.isEmpty()) {
        m_results->hide();
        return;
    }
    if (m_index && m_index->generation() != DivisionNameIndex::currentGeneration(m_ws.db()) && m_indexBuild.isFinished())
        buildNameIndex(); // divisions were imported meanwhile
    const auto found = m_ws.divisions().search(text, 50, m_index.get());
    for (const Division &d : found) {
        auto *item = new QListWidgetItem(QStringLiteral("%1  %2").arg(d.code, m_ws.divisions().pathName(d.code)));
        item->setData(Qt::UserRole, d.code);
        m_results->addItem(item);
    }
    m_results->setVisible(!found.isEmpty());
    if (!found.isEmpty())
        jumpTo(found.first().code);
}

void DivisionPane::search(const QString &text)
{
    m_search->setText(text);
    runSearch();
}

void DivisionPane::jumpTo(const QString &code)
{
    const QModelIndex idx = m_model->indexForCode(code);
    if (!idx.isValid())
        return;
    for (QModelIndex p = idx.parent(); p.isValid(); p = p.parent())
        m_tree->expand(p);
    m_tree->expand(idx);
    m_tree->setCurrentIndex(idx);
    m_tree->scrollTo(idx, QAbstractItemView::PositionAtCenter);
}

void DivisionPane::updateDetails()
{
    const QString code = currentCode();
    m_declare->setEnabled(!code.isEmpty());
    m_history->setEnabled(!code.isEmpty());
    if (code.isEmpty()) {
        m_details->setText(tr("Select a division to see its risk areas."));
        return;
    }
    const qint64 now = m_ws.clock().now().toSecsSinceEpoch();
    const RiskLevel level = m_ws.risk().effectiveLevel(code, now);
    AreaFilter f;
    f.at = now;
    f.divisionPrefix = code;
    f.level = RiskLevel::High;
    const qint64 high = m_ws.risk().countInForce(f);
    f.level = RiskLevel::Medium;
    const qint64 medium = m_ws.risk().countInForce(f);
    m_details->setText(tr("<h3>%1</h3><p>Code %2</p><p>Level of the whole division: <b>%3</b></p>"
                          "<p>Areas in force within: %4 high, %5 medium</p><p>As of %6 (UTC+8)</p>")
                           .arg(m_ws.divisions().pathName(code), code, riskLevelLabel(level))
                           .arg(high)
                           .arg(medium)
                           .arg(time::formatShort(now)));
}

void DivisionPane::declareArea()
{
    DeclareDialog dialog(m_ws, currentCode(), this);
    if (dialog.exec() == QDialog::Accepted) {
        refresh();
        emit areasChanged();
    }
}

} // namespace hc
