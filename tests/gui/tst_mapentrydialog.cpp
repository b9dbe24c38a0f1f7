#include "MapEntryDialog.h"
#include "DivisionField.h"
#include "NationalImporter.h"
#include "TestWorkspace.h"

#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRadioButton>

using namespace hc;

class TestMapEntryDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // An official defines a functional zone for 西咸新区 from two of Xi'an's districts; the next check is exact.
    void newZoneMakesEntryExact()
    {
        TestWorkspace t;
        NationalList list;
        list.time = t.clock->now();
        list.timeText = QStringLiteral("2022-11-02 10时");
        list.entries << NationalEntry{RiskLevel::High, 0, QStringLiteral("陕西省"), QStringLiteral("西安市"),
                                      QStringLiteral("西咸新区"), QStringLiteral("陕西省 西安市 西咸新区"),
                                      {QStringLiteral("某某小区")}};
        QCOMPARE(t.ws->nationalImporter().analyse(list).approximate, 1);

        MapEntryDialog dialog(*t.ws, QStringLiteral("陕西省"), QStringLiteral("西安市"), QStringLiteral("西咸新区"),
                              QStringLiteral("6101"));
        // The matcher's suggestion shows by name; a name that is no division is refused before anything is saved.
        auto *field = dialog.findChild<DivisionField *>(QStringLiteral("mapCode"));
        QVERIFY(field);
        QCOMPARE(field->code(), QStringLiteral("6101"));
        QVERIFY2(field->text().startsWith(QStringLiteral("西安市")), qPrintable(field->text()));
        field->setText(QStringLiteral("无此地名"));
        QTRY_VERIFY(!field->isValid());
        dialog.accept();
        QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("errorLabel"))->text().isEmpty());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        dialog.findChild<QRadioButton *>(QStringLiteral("newZone"))->setChecked(true);
        dialog.findChild<QLineEdit *>(QStringLiteral("zoneName"))->setText(QStringLiteral("西咸新区"));
        // A bad code is named and nothing is saved.
        dialog.findChild<QPlainTextEdit *>(QStringLiteral("zoneMembers"))->setPlainText(QStringLiteral("610104 99"));
        dialog.accept();
        QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("errorLabel"))->text().isEmpty());
        QVERIFY(t.ws->mappings().zones().isEmpty());
        dialog.findChild<QPlainTextEdit *>(QStringLiteral("zoneMembers"))->setPlainText(QStringLiteral("610104\n610116"));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        const NationalImportReport again = t.ws->nationalImporter().analyse(list);
        QCOMPARE(again.exact, 1);
        QVERIFY(again.outcomes.first().mapped);
        QCOMPARE(again.outcomes.first().match.targets.size(), 2); // one area per member district
        QVERIFY(t.ws->audit().verify().intact);
    }
};

QTEST_MAIN(TestMapEntryDialog)
#include "tst_mapentrydialog.moc"
