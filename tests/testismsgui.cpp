// The GUI of clauses 4 to 10, driven as a user drives it: the register panel and its
// form (typing, dates, choices, add, delete, undo), the climate change decision, the
// requirements checklist, the measurement chart, the management review, and the
// Overview whose figures open the records behind them.

#include "ismstestutil.h"

#include "climatedecisioncard.h"
#include "datefield.h"
#include "dialogs.h"
#include "domain/ismsregisters.h"
#include "mainwindow.h"
#include "measurementstab.h"
#include "models/registermodel.h"
#include "models/requirementchecklistmodel.h"
#include "linkgrid.h"
#include "overviewpage.h"
#include "registerform.h"
#include "registerpanel.h"
#include "requirementspage.h"
#include "reviewpage.h"
#include "trendchart.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTabWidget>
#include <QTableView>
#include <QUndoStack>

using namespace rampart;

class TestIsmsGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void panelAddTypeDeleteUndo();
    void formDatesChoicesAndRefusals();
    void climateDecisionCard();
    void requirementsPageOwnStatusWins();
    void measurementsChartFollowsTheMetric();
    void reviewPageAssemblesInputs();
    void overviewFiguresOpenTheirRecords();
    void everyAreaAndTabOpens();

private:
    QTemporaryDir m_dir;
};

void TestIsmsGui::initTestCase()
{
    test::setUpApplication();
    dialogs::setTestMode(true);
    QVERIFY(m_dir.isValid());
}

void TestIsmsGui::panelAddTypeDeleteUndo()
{
    auto doc = test::newDocument(m_dir, QStringLiteral("panel.isms"));
    RegisterPanel panel(doc.get(), Entity::Issue);
    panel.resize(1000, 600);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    auto *add = panel.findChild<QPushButton *>(QStringLiteral("add"));
    auto *remove = panel.findChild<QPushButton *>(QStringLiteral("delete"));
    QVERIFY(add && remove);
    QCOMPARE(add->text(), QStringLiteral("Add issue"));
    QVERIFY(panel.findChild<QLabel *>(QStringLiteral("emptyState"))->isVisible());
    QVERIFY(!remove->isEnabled());

    QTest::mouseClick(add, Qt::LeftButton);
    QCOMPARE(panel.model()->rowCount(), 1);
    auto *issue = qobject_cast<QLineEdit *>(panel.form()->editor(IssueField::Issue));
    QVERIFY(issue);
    QVERIFY(issue->hasFocus());
    QCOMPARE(issue->selectedText(), QStringLiteral("New issue"));
    QTest::keyClicks(issue, QStringLiteral("Supplier concentration"));
    QTest::keyClick(issue, Qt::Key_Return);
    QCOMPARE(panel.model()->value(0, IssueField::Issue).toString(), QStringLiteral("Supplier concentration"));
    QVERIFY(remove->isEnabled());
    QVERIFY(panel.view()->isVisible());

    // Undo shows in the form at once.
    doc->undoStack()->undo();
    QCOMPARE(issue->text(), QStringLiteral("New issue"));
    doc->undoStack()->redo();
    QCOMPARE(issue->text(), QStringLiteral("Supplier concentration"));

    // A paragraph is written after a pause in typing.
    auto *effect = qobject_cast<QPlainTextEdit *>(panel.form()->editor(IssueField::Effect));
    effect->setFocus();
    QTest::keyClicks(effect, QStringLiteral("One outage hits everyone"));
    QTRY_COMPARE(panel.model()->value(0, IssueField::Effect).toString(), QStringLiteral("One outage hits everyone"));

    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(panel.model()->rowCount(), 0);
    QCOMPARE(panel.currentRecord(), 0);
    doc->undoStack()->undo();
    QCOMPARE(panel.model()->rowCount(), 1);
    QCOMPARE(panel.model()->value(0, IssueField::Effect).toString(), QStringLiteral("One outage hits everyone"));
}

void TestIsmsGui::formDatesChoicesAndRefusals()
{
    auto doc = test::newDocument(m_dir, QStringLiteral("form.isms"));
    RegisterPanel panel(doc.get(), Entity::IsmsDocument);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QVERIFY(panel.addRecord() > 0);
    RegisterForm *form = panel.form();

    auto *next = qobject_cast<DateField *>(form->editor(DocumentField::NextReview));
    QVERIFY(next);
    next->lineEdit()->setFocus();
    // A half-typed date never reaches the file; a whole one does.
    QTest::keyClicks(next->lineEdit(), QStringLiteral("2027-0"));
    QTest::keyClick(next->lineEdit(), Qt::Key_Return);
    QVERIFY(panel.model()->value(0, DocumentField::NextReview).isNull());
    QTest::keyClicks(next->lineEdit(), QStringLiteral("3-31"));
    QTest::keyClick(next->lineEdit(), Qt::Key_Return);
    QCOMPARE(panel.model()->value(0, DocumentField::NextReview).toString(), QStringLiteral("2027-03-31"));
    // Letters are not taken at all.
    QTest::keyClicks(next->lineEdit(), QStringLiteral("x"));
    QCOMPARE(next->lineEdit()->text(), QStringLiteral("2027-03-31"));

    auto *type = qobject_cast<QComboBox *>(form->editor(DocumentField::Type));
    QVERIFY(type);
    const int policy = type->findData(QStringLiteral("policy"));
    type->setCurrentIndex(policy);
    Q_EMIT type->activated(policy);
    QCOMPARE(panel.model()->value(0, DocumentField::Type).toString(), QStringLiteral("policy"));

    // A refused value (a reference used twice) is reported and the form shows the file again.
    panel.addRecord();
    auto *reference = qobject_cast<QLineEdit *>(form->editor(DocumentField::Ref));
    QCOMPARE(reference->text(), QStringLiteral("DOC-002"));
    dialogs::clearShownMessages();
    QStringList failures;
    connect(doc.get(), &Document::writeFailed, this, [&failures](const QString &message) { failures << message; });
    reference->setFocus();
    reference->selectAll();
    QTest::keyClicks(reference, QStringLiteral("DOC-001"));
    QTest::keyClick(reference, Qt::Key_Return);
    QCOMPARE(failures.size(), 1);
    QCOMPARE(reference->text(), QStringLiteral("DOC-002"));

    auto *clauses = form->editor(DocumentField::Clauses)->findChild<QLineEdit *>();
    clauses->setFocus();
    QTest::keyClicks(clauses, QStringLiteral("7.5 5.2"));
    QTest::keyClick(clauses, Qt::Key_Return);
    const int row = panel.model()->rowOf(panel.currentRecord());
    QCOMPARE(panel.model()->value(row, DocumentField::Clauses).toStringList(),
             (QStringList{QStringLiteral("5.2"), QStringLiteral("7.5")}));
    QTRY_COMPARE(clauses->text(), QStringLiteral("5.2, 7.5"));
}

void TestIsmsGui::climateDecisionCard()
{
    auto doc = test::newDocument(m_dir, QStringLiteral("climate.isms"));
    ClimateDecisionCard card(doc.get());
    card.show();
    QVERIFY(QTest::qWaitForWindowExposed(&card));
    auto *undecided = card.findChild<QRadioButton *>(QStringLiteral("climate_undecided"));
    auto *yes = card.findChild<QRadioButton *>(QStringLiteral("climate_yes"));
    QVERIFY(undecided->isChecked());
    QTest::mouseClick(yes, Qt::LeftButton);
    QCOMPARE(doc->organisation().read().climateRelevant, QStringLiteral("yes"));
    auto *reasoning = card.findChild<QPlainTextEdit *>(QStringLiteral("climateReasoning"));
    reasoning->setFocus();
    QTest::keyClicks(reasoning, QStringLiteral("Customers work hardest in storms."));
    card.commitPending();
    QCOMPARE(doc->organisation().read().climateReasoning, QStringLiteral("Customers work hardest in storms."));
    doc->undoStack()->undo();
    doc->undoStack()->undo();
    QVERIFY(undecided->isChecked());
    QVERIFY(doc->organisation().read().climateRelevant.isEmpty());
}

void TestIsmsGui::requirementsPageOwnStatusWins()
{
    auto doc = test::sampleDocument(m_dir, QStringLiteral("requirements.isms"));
    RequirementsPage page(doc.get());
    page.resize(1200, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QStringList opened;
    connect(&page, &RequirementsPage::areaRequested, this, [&opened](const QString &area) { opened << area; });
    page.selectClause(QStringLiteral("4.3"));
    auto *basis = page.findChild<QLabel *>(QStringLiteral("basis"));
    QVERIFY2(basis->text().contains(QStringLiteral("Pre-filled by Rampart from the scope statement")), qPrintable(basis->text()));
    auto *open = page.findChild<QPushButton *>(QStringLiteral("open_context.scope"));
    QVERIFY(open);
    QTest::mouseClick(open, Qt::LeftButton);
    QCOMPARE(opened, QStringList{QStringLiteral("context.scope")});

    RequirementChecklistModel *model = page.model();
    const int row = model->rowOfClause(QStringLiteral("4.3"));
    QCOMPARE(model->effectiveStatus(row), RequirementStatus::Done);
    auto *status = page.findChild<QComboBox *>(QStringLiteral("status"));
    QVERIFY(status);
    QCOMPARE(status->currentText(), QStringLiteral("(Rampart's assessment)"));
    const int inProgress = status->findData(QStringLiteral("in_progress"));
    status->setCurrentIndex(inProgress);
    Q_EMIT status->activated(inProgress);
    QCOMPARE(model->effectiveStatus(row), RequirementStatus::InProgress);
    QVERIFY(!model->data(model->index(row, RequirementChecklistModel::Status), RequirementChecklistModel::FromRampartRole).toBool());
    doc->undoStack()->undo();
    QCOMPARE(model->effectiveStatus(row), RequirementStatus::Done);
    QCOMPARE(status->currentText(), QStringLiteral("(Rampart's assessment)"));
}

void TestIsmsGui::measurementsChartFollowsTheMetric()
{
    auto doc = test::sampleDocument(m_dir, QStringLiteral("measure.isms"));
    MeasurementsTab tab(doc.get());
    tab.resize(1200, 800);
    tab.show();
    QVERIFY(QTest::qWaitForWindowExposed(&tab));
    // The first metric is chosen: MET-01 with eleven monthly values.
    QCOMPARE(int(tab.chart()->values().size()), 11);
    QCOMPARE(tab.values()->model()->rowCount(), 11);
    const qint64 met4 = doc->registerStore(Entity::Metric)->idForReference(QStringLiteral("MET-04"));
    tab.metrics()->selectRecord(met4);
    QCOMPARE(int(tab.chart()->values().size()), 5);
    // A value added below shows in the chart at once.
    QVERIFY(tab.values()->addRecord() > 0);
    QCOMPARE(int(tab.chart()->values().size()), 5);  // no value typed yet: nothing to plot
    const int row = tab.values()->model()->rowOf(tab.values()->currentRecord());
    QVERIFY(tab.values()->model()->setData(tab.values()->model()->index(row, MeasurementField::Value), 97.0));
    QCOMPARE(int(tab.chart()->values().size()), 6);
    QVERIFY(!tab.chart()->grab().isNull());
    // A chart without values says so rather than drawing nothing.
    TrendChart empty;
    empty.resize(300, 150);
    QVERIFY(!empty.grab().isNull());
}

void TestIsmsGui::reviewPageAssemblesInputs()
{
    auto doc = test::sampleDocument(m_dir, QStringLiteral("review.isms"));
    ReviewPage page(doc.get());
    page.resize(1200, 800);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    // The latest review is chosen first: MR-02, whose input a) lists MR-01's actions.
    QCOMPARE(page.reviews()->currentRecord(), doc->registerStore(Entity::ManagementReview)->idForReference(QStringLiteral("MR-02")));
    QVERIFY(page.assembledText(0).contains(QStringLiteral("ACT-002")));
    QVERIFY(!page.assembledText(5).contains(QStringLiteral("Not available yet")));
    QCOMPARE(page.actions()->model()->rowCount(), 0);
    const qint64 first = doc->registerStore(Entity::ManagementReview)->idForReference(QStringLiteral("MR-01"));
    page.reviews()->selectRecord(first);
    QCOMPARE(page.actions()->model()->rowCount(), 5);
    QVERIFY(page.assembledText(0).contains(QStringLiteral("No decisions or actions from earlier management reviews")));
    auto *minutes = page.inputTabs()->widget(4)->findChild<QPlainTextEdit *>();
    QVERIFY(minutes->toPlainText().startsWith(QStringLiteral("Fourteen customer security questionnaires")));
    // Editing a record the inputs are read from shows there.
    const qint64 action = doc->registerStore(Entity::ReviewAction)->idForReference(QStringLiteral("ACT-002"));
    page.reviews()->selectRecord(doc->registerStore(Entity::ManagementReview)->idForReference(QStringLiteral("MR-02")));
    QVERIFY(doc->setValue(Entity::ReviewAction, action, ActionField::Status, QStringLiteral("done")));
    QTRY_VERIFY(page.assembledText(0).contains(QStringLiteral("1 still open")));
    const QString pdf = m_dir.filePath(QStringLiteral("pack.pdf"));
    QVERIFY(page.exportPack(pdf));
    QVERIFY(QFileInfo(pdf).size() > 1000);
}

void TestIsmsGui::overviewFiguresOpenTheirRecords()
{
    MainWindow window;
    window.resize(1300, 850);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QString path = m_dir.filePath(QStringLiteral("overview.isms"));
    QString error;
    QVERIFY2(createSample(path, &error), qPrintable(error));
    QVERIFY(window.openFile(path));
    QCOMPARE(window.currentArea(), QStringLiteral("overview"));
    auto *overview = window.findChild<OverviewPage *>();
    QVERIFY(overview);
    QVERIFY(overview->figureText(QStringLiteral("risks")) != QStringLiteral("Not available yet"));
    QVERIFY2(overview->figureText(QStringLiteral("soa")).contains(QStringLiteral("84 of 92")),
             qPrintable(overview->figureText(QStringLiteral("soa"))));
    QVERIFY(overview->figureText(QStringLiteral("audit")) != QStringLiteral("Not available yet"));
    QVERIFY(overview->figureText(QStringLiteral("nonconformities")) != QStringLiteral("Not available yet"));
    QVERIFY(overview->figureText(QStringLiteral("climate")) == QStringLiteral("Decided: a relevant issue"));
    QVERIFY(overview->figureText(QStringLiteral("documents")).contains(QStringLiteral("DOC-007 Acceptable use policy")));
    QVERIFY(overview->figureText(QStringLiteral("requirements")).contains(QStringLiteral("of 34 done")));
    QCOMPARE(overview->documentedText(1), QStringLiteral("The ISMS scope: Present"));
    QCOMPARE(overview->documentedText(11), QStringLiteral("Results of the risk assessments: Present"));

    // A real click on a figure opens the records behind it.
    const auto clickFigure = [overview](const QString &key) {
        const QPoint at = overview->figurePosition(key);
        QWidget *target = overview->childAt(at);
        QVERIFY2(target, qPrintable(key));
        QTest::mouseClick(target, Qt::LeftButton, {}, target->mapFrom(overview, at));
    };
    clickFigure(QStringLiteral("documents"));
    QCOMPARE(window.currentArea(), QStringLiteral("documents"));
    window.showArea(QStringLiteral("overview"));
    clickFigure(QStringLiteral("measurement"));
    QCOMPARE(window.currentArea(), QStringLiteral("objectives"));
    window.showArea(QStringLiteral("overview"));
    auto *subtitle = overview->findChild<LinkGrid *>(QStringLiteral("subtitle"));
    QVERIFY(subtitle);
    QCOMPARE(subtitle->text(0, 1), QStringLiteral("browse the 93 Annex A controls"));
    QTest::mouseClick(subtitle, Qt::LeftButton, {}, subtitle->cellRect(0, 1).center());
    QCOMPARE(window.currentArea(), QStringLiteral("soa"));
    window.showArea(QStringLiteral("objectives"));
    const QList<QTabWidget *> tabs = window.findChildren<QTabWidget *>(QStringLiteral("tabs"));
    bool measurementsShown = false;
    for (QTabWidget *t : std::as_const(tabs))
        measurementsShown = measurementsShown || (t->isVisible() && t->currentWidget()->objectName() == QLatin1String("measurements"));
    QVERIFY(measurementsShown);

    // The Overview follows an edit made elsewhere.
    window.showArea(QStringLiteral("overview"));
    QVERIFY(window.document()->setValue(Entity::Organisation, Organisation::RowId, Organisation::ClimateRelevant, QVariant()));
    QCOMPARE(overview->figureText(QStringLiteral("climate")), QStringLiteral("Not decided yet: is it a relevant issue?"));
    window.closeFile();
}

void TestIsmsGui::everyAreaAndTabOpens()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.newFile(m_dir.filePath(QStringLiteral("areas.isms"))));
    const QStringList keys = MainWindow::areaKeys();
    QCOMPARE(keys.size(), 11);
    for (const QString &key : keys) {
        window.showArea(key);
        QCOMPARE(window.currentArea(), key);
    }
    const QStringList sections = {QStringLiteral("context.scope"),        QStringLiteral("context.issues"),
                                  QStringLiteral("context.parties"),      QStringLiteral("context.processes"),
                                  QStringLiteral("context.roles"),        QStringLiteral("documents.register"),
                                  QStringLiteral("documents.competence"), QStringLiteral("documents.communication"),
                                  QStringLiteral("objectives.objectives"), QStringLiteral("objectives.measurements"),
                                  QStringLiteral("objectives.changes")};
    for (const QString &key : sections) {
        window.showArea(key);
        QCOMPARE(window.currentArea(), key.section(QLatin1Char('.'), 0, 0));
        bool shown = false;
        for (QTabWidget *tabs : window.findChildren<QTabWidget *>(QStringLiteral("tabs"))) {
            if (tabs->isVisible())
                shown = tabs->currentWidget()->objectName() == key.section(QLatin1Char('.'), 1);
        }
        QVERIFY2(shown, qPrintable(key));
    }
    // Every register panel of an empty file says it is empty, and can add.
    for (RegisterPanel *panel : window.findChildren<RegisterPanel *>()) {
        if (panel->model()->spec().fixedRows || panel->model()->spec().hasParent())
            continue;
        QCOMPARE(panel->model()->rowCount(), 0);
        QVERIFY(panel->findChild<QPushButton *>(QStringLiteral("add"))->isEnabled());
    }
    // A typed but unwritten text is written when the file closes.
    window.showArea(QStringLiteral("context.roles"));
    auto *roles = window.findChild<RegisterPanel *>(QStringLiteral("roles"));
    QVERIFY(roles->addRecord() > 0);
    auto *person = qobject_cast<QLineEdit *>(roles->form()->editor(RoleField::Person));
    person->setFocus();
    QTest::keyClicks(person, QStringLiteral("Priya"));
    const QString path = window.document()->path();
    window.closeFile();
    QString error;
    auto reopened = Document::open(path, Database::Access::ReadOnly, &error);
    QVERIFY2(reopened, qPrintable(error));
    QCOMPARE(reopened->registerStore(Entity::Role)->rows().front().values.value(RoleField::Person).toString(),
             QStringLiteral("Priya"));
}

QTEST_MAIN(TestIsmsGui)
#include "testismsgui.moc"
