// The holders pane, a holder's provenance and code, and verifying codes — driven by objectName, offscreen.
#include "HolderDialog.h"
#include "HolderExportDialog.h"
#include "HolderTableModel.h"
#include "HoldersPane.h"
#include "KeyPassphrase.h"
#include "ProvenanceModel.h"
#include "QrCodeWidget.h"
#include "TestWorkspace.h"
#include "VerifyCodeDialog.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QTableView>
#include <QTableWidget>
#include <QTranslator>
#include <QTemporaryDir>

using namespace hc;

class TestHoldersPane : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestWorkspace> t;
    qint64 m_contact = 0;

private Q_SLOTS:
    void init()
    {
        t = std::make_unique<TestWorkspace>();
        AuditLog audit = t->ws->audit();
        QVERIFY(Commission::save(t->ws->db(), {QStringLiteral("370303"), QStringLiteral("淄博市张店区卫生健康局")}).ok());
        QVERIFY(t->ws->codes().createIssuerKey(codes::Profile::Sm2Sm3, QStringLiteral("zd1"), "gui-test-passphrase",
                                               QStringLiteral("admin"), audit).ok());
        DemoPopulator::Options o;
        o.holders = 400;
        o.days = 7;
        o.arrivalShare = 0.3;
        QVERIFY(t->ws->demo().populate(o, QStringLiteral("admin"), audit).ok());
        HolderInput in;
        in.idNumber = QStringLiteral("370303199001011239");
        in.name = QStringLiteral("张晓三");
        in.homeDivision = QStringLiteral("370303001");
        const auto h = t->ws->holders().upsert(in, QStringLiteral("admin"), audit);
        QVERIFY(h.ok());
        m_contact = h->holder.id;
        ConditionReport r;
        r.type = ConditionReport::Type::CloseContact;
        r.at = t->clock->now().toSecsSinceEpoch();
        r.basisRef = QStringLiteral("CR-2022-1102");
        r.basisText = QStringLiteral("与确诊病例同住");
        QVERIFY(t->ws->holders().report(m_contact, r, QStringLiteral("admin"), audit).ok());
        KeyPassphrase::set("gui-test-passphrase");
    }
    void cleanup() { t.reset(); }

    void filterByColorShowsOnlyThatColor()
    {
        HoldersPane pane(*t->ws);
        pane.resize(1200, 700);
        pane.show();
        auto *color = pane.findChild<QComboBox *>(QStringLiteral("holderColorFilter"));
        QVERIFY(color);
        color->setCurrentIndex(color->findData(int(policy::Color::Red)));
        auto *table = pane.findChild<QTableView *>(QStringLiteral("holderTable"));
        QVERIFY(table->model()->rowCount() >= 1);
        for (int i = 0; i < table->model()->rowCount(); ++i)
            QCOMPARE(table->model()->index(i, 0).data(HolderTableModel::ColorRole).toInt(), int(policy::Color::Red));
        QVERIFY(pane.findChild<QLabel *>(QStringLiteral("holderCounts"))->text().contains(QString::number(table->model()->rowCount())));
        // The ID prefix narrows to the registered holder (after the typing pause).
        pane.findChild<QLineEdit *>(QStringLiteral("holderIdFilter"))->setText(QStringLiteral("3703031990"));
        QTRY_COMPARE(table->model()->rowCount(), 1);
        QCOMPARE(table->model()->index(0, HolderTableModel::IdColumn).data().toString(), QStringLiteral("3703**********1239"));
    }

    void provenanceCodeAndVerification()
    {
        HolderDialog dialog(*t->ws, m_contact);
        dialog.show();
        QVERIFY(dialog.explanation().contains(QStringLiteral("与确诊病例同住")));
        QVERIFY(dialog.explanation().contains(QStringLiteral("淄博市张店区卫生健康局")));
        dialog.showCode();
        auto *qr = dialog.findChild<QrCodeWidget *>(QStringLiteral("qrCode"));
        QVERIFY(qr && !qr->text().isEmpty() && qr->modules() >= 21);
        const QString code = qr->text();
        // Before the report, the color was green and the contact is not among the reasons.
        dialog.setTime(QDateTime(QDate(2022, 11, 2), QTime(9, 0)));
        QVERIFY(!dialog.explanation().contains(QStringLiteral("与确诊病例同住")));

        // An administrator may not see personal data: the refusal is shown, the data stays masked.
        {
            AuditLog audit = t->ws->audit();
            QVERIFY(t->ws->accounts().create(QStringLiteral("adm"), {}, QStringLiteral("password-456"), true, QStringLiteral("admin"), audit));
            QVERIFY(t->ws->signIn(QStringLiteral("adm"), QStringLiteral("password-456")));
        }
        QVERIFY(!dialog.reveal(QStringLiteral("核实来电")));
        auto *refusal = dialog.findChild<QMessageBox *>(QStringLiteral("refusalMessage"));
        QVERIFY(refusal && refusal->isVisible());
        QVERIFY2(refusal->text().contains(QLatin1String("may not")), qPrintable(refusal->text()));
        QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("holderIdentity"))->text().contains(QStringLiteral("张晓三")));
        refusal->accept();

        VerifyCodeDialog verify(*t->ws);
        verify.setCode(code);
        QVERIFY(verify.verify());
        QVERIFY(verify.resultText().contains(QStringLiteral("张*三 3703**********1239")));
        QString tampered = code;
        tampered[tampered.indexOf(QLatin1Char('.')) + 8] = tampered[tampered.indexOf(QLatin1Char('.')) + 8] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
        verify.setCode(tampered);
        QVERIFY(!verify.verify());
        QVERIFY(verify.resultText().contains(QStringLiteral("✗")));
    }

    // Issue 18: the reasons in words (a resident of a declared area, not "risk_period:N"), 来源地 by name, officials by
    // display name; the dialog at 1024×700 (HC_SHOT_DIR: its picture).
    void provenanceInWords()
    {
        QTranslator zh;
        if (const QString qm = qEnvironmentVariable("HC_SHOT_QM"); !qm.isEmpty() && zh.load(qm))
            QCoreApplication::installTranslator(&zh);
        AuditLog audit = t->ws->audit();
        QSqlQuery q(t->ws->db());
        QVERIFY(q.exec(QStringLiteral("UPDATE account SET display_name = '李科长' WHERE username = 'admin'")));
        HolderInput in;
        in.idNumber = QStringLiteral("370303199001011239");
        in.name = QStringLiteral("张晓三");
        in.homeDivision = QStringLiteral("370303001");
        in.sourceDivision = QStringLiteral("370303");
        QVERIFY(t->ws->holders().upsert(in, QStringLiteral("admin"), audit).ok());
        Declaration d;
        d.divisionCode = QStringLiteral("370303001");
        d.level = RiskLevel::Medium;
        d.from = t->clock->now().addSecs(-600);
        d.basis = QStringLiteral("社区发现阳性病例");
        d.reason = QStringLiteral("社区传播风险");
        QVERIFY(t->ws->risk().declare(d, QStringLiteral("admin"), audit).ok());

        HolderDialog dialog(*t->ws, m_contact);
        dialog.resize(1024, 700);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *table = dialog.findChild<QTableView *>(QStringLiteral("provenanceTable"));
        bool resident = false;
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            const QString basis = table->model()->index(row, ProvenanceModel::BasisColumn).data().toString();
            QVERIFY2(!basis.contains(QLatin1String("risk_period:")), qPrintable(basis));
            resident = resident || basis.contains(QStringLiteral("社区发现阳性病例"));
            QVERIFY(table->model()->index(row, ProvenanceModel::ByColumn).data().toString().startsWith(QStringLiteral("李科长")));
        }
        QVERIFY(resident);
        const QString identity = dialog.findChild<QLabel *>(QStringLiteral("holderIdentity"))->text();
        QVERIFY2(identity.contains(QStringLiteral("张店区")), qPrintable(identity));
        auto *history = dialog.findChild<QTableWidget *>(QStringLiteral("colorHistory"));
        QVERIFY(history->rowCount() >= 1);
        bool byName = false;
        for (int row = 0; row < history->rowCount(); ++row) {
            QVERIFY(history->item(row, 3)->text() != QLatin1String("admin"));
            byName = byName || history->item(row, 3)->text() == QStringLiteral("李科长");
        }
        QVERIFY(byName);
        if (const QString dir = qEnvironmentVariable("HC_SHOT_DIR"); !dir.isEmpty())
            QVERIFY(dialog.grab().save(dir + QStringLiteral("/holder-dialog-1024x700.png")));
    }

    // Exports: an operator exports masked; unmasking is the supervisor's, and the refusal is shown with no file left.
    void exportsMaskedAndRefusedUnmasking()
    {
        AuditLog audit = t->ws->audit();
        QVERIFY(t->ws->accounts().create(QStringLiteral("op"), {}, QStringLiteral("password-456"), false, QStringLiteral("admin"), audit));
        QVERIFY(t->ws->accounts().setRoles(QStringLiteral("op"), roleSetFromKeys({QStringLiteral("operator")}), QStringLiteral("3703"),
                                           QStringLiteral("admin"), audit));
        QVERIFY(t->ws->signIn(QStringLiteral("op"), QStringLiteral("password-456")));
        HoldersPane pane(*t->ws);
        QCOMPARE(pane.model()->filter().divisionPrefix, QStringLiteral("3703")); // narrowed to the jurisdiction
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("out.csv"));
        HolderExportDialog dialog(*t->ws, pane.model()->filter());
        dialog.show();
        dialog.setPath(path);
        dialog.setUnmasked(true, QStringLiteral("核实来电"));
        QVERIFY(!dialog.exportNow());
        QVERIFY2(dialog.findChild<QLabel *>(QStringLiteral("exportMessage"))->text().contains(QLatin1String("may not")), qPrintable(dialog.message()));
        QVERIFY(!QFile::exists(path));
        QVERIFY(t->ws->audit().page({QStringLiteral("access.refused")}).size() == 1);
        dialog.setUnmasked(false);
        QVERIFY2(dialog.exportNow(), qPrintable(dialog.message()));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString csv = QString::fromUtf8(f.readAll());
        QVERIFY(csv.contains(QStringLiteral("张*三")) && !csv.contains(QStringLiteral("张晓三")));
        QVERIFY(!csv.contains(QStringLiteral("370303199001011239")));
    }

    // An administrator has no business with holders: the pane says so instead of listing them.
    void administratorSeesTheRefusal()
    {
        AuditLog audit = t->ws->audit();
        QVERIFY(t->ws->accounts().create(QStringLiteral("adm"), {}, QStringLiteral("password-456"), true, QStringLiteral("admin"), audit));
        QVERIFY(t->ws->signIn(QStringLiteral("adm"), QStringLiteral("password-456")));
        HoldersPane pane(*t->ws);
        QCOMPARE(pane.model()->rowCount(), 0);
        QVERIFY2(pane.findChild<QLabel *>(QStringLiteral("holderCounts"))->text().contains(QLatin1String("may not")),
                 qPrintable(pane.countsText()));
    }
};

QTEST_MAIN(TestHoldersPane)
#include "tst_holderspane.moc"
