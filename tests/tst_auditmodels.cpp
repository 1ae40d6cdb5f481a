// The models of the audit and nonconformity registers, on the sample: consistent under
// QAbstractItemModelTester, edits go through the undo stack, and the signals are as
// narrow as the change (a result, a raised nonconformity, an action done).

#include "testutil.h"

#include "audits.h"
#include "document.h"
#include "domain/audit.h"
#include "io/jsonio.h"
#include "models/auditmodels.h"
#include "models/nonconformitymodels.h"
#include "sample.h"
#include "stores/auditstore.h"
#include "stores/nonconformitystore.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace rampart;
using namespace rampart::test;

namespace {

using Tester = QAbstractItemModelTester;
constexpr auto Report = QAbstractItemModelTester::FailureReportingMode::QtTest;

} // namespace

class TestAuditModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void auditList();
    void checklistEditsGoThroughUndoStack();
    void checklistFollowsGenerationAndNonconformities();
    void agendaAndAreasRows();
    void programmeModel();
    void coverageGrid();
    void nonconformityRegister();
    void correctiveActionsStandOutWhenOverdue();
    void modelsResetOnImport();

private:
    std::unique_ptr<TempDir> m_dir;
    std::unique_ptr<Document> m_doc;
};

void TestAuditModels::init()
{
    m_dir = std::make_unique<TempDir>();
    QVERIFY2(m_dir->isValid(), qPrintable(m_dir->errorString()));
    const QString path = m_dir->file(QStringLiteral("sample.isms"));
    QString error;
    QVERIFY2(createSample(path, &error), qPrintable(error));
    m_doc = Document::open(path, Database::Access::ReadWrite, &error);
    QVERIFY2(m_doc, qPrintable(error));
}

void TestAuditModels::cleanup()
{
    m_doc.reset();
    m_dir.reset();
}

void TestAuditModels::auditList()
{
    AuditListModel model(m_doc.get());
    Tester tester(&model, Report);
    model.setToday(QDate(2026, 11, 1));
    QCOMPARE(model.rowCount(), 8);
    QCOMPARE(model.columnCount(), int(AuditListModel::ColumnCount));
    // By date: the 2025 internal audit first.
    QCOMPARE(model.index(0, AuditListModel::Reference).data().toString(), QStringLiteral("IA-2025-01"));
    QCOMPARE(model.index(0, AuditListModel::Status).data().toString(), QStringLiteral("Closed"));
    QCOMPARE(model.index(0, AuditListModel::Status).data(RecordTableModel::KeyRole).toString(), QStringLiteral("closed"));
    QCOMPARE(model.index(0, AuditListModel::Progress).data().toString(), QStringLiteral("23 of 23 assessed"));
    QCOMPARE(model.index(0, AuditListModel::Scope).data().toString(), QStringLiteral("23 clauses and controls"));
    QCOMPARE(model.index(0, AuditListModel::Type).data(RecordTableModel::EditorRole).toString(), QStringLiteral("choice"));
    QCOMPARE(model.index(0, AuditListModel::StartDate).data(RecordTableModel::EditorRole).toString(), QStringLiteral("date"));
    QVERIFY(!(model.flags(model.index(0, AuditListModel::Progress)) & Qt::ItemIsEditable));
    QVERIFY(model.flags(model.index(0, AuditListModel::Title)) & Qt::ItemIsEditable);

    const int row = model.rowOf(m_doc->audits().idForReference(QStringLiteral("IA-2026-01")));
    QVERIFY(row >= 0);
    QCOMPARE(model.index(row, AuditListModel::Progress).data().toString(), QStringLiteral("0 of 38 assessed"));
    QVERIFY(model.index(row, AuditListModel::StartDate).data(RecordTableModel::WarningRole).isNull());
    // Once its dates have passed without a report, the audit is late.
    model.setToday(QDate(2026, 12, 10));
    QVERIFY(!model.index(row, AuditListModel::StartDate).data(RecordTableModel::WarningRole).isNull());

    // A result recorded in the checklist changes exactly the progress cell of its audit.
    QSignalSpy dataChanged(&model, &QAbstractItemModel::dataChanged);
    const qint64 item =
        m_doc->checklistItems().linkedTo(ChecklistItem::AuditLink, model.rowId(row)).front().id;
    QVERIFY(m_doc->setValue(Entity::ChecklistItem, item, ChecklistItem::Result, QStringLiteral("conforming")));
    QCOMPARE(dataChanged.count(), 1);
    QCOMPARE(dataChanged.at(0).at(0).toModelIndex(), model.index(row, AuditListModel::Progress));
    QCOMPARE(model.index(row, AuditListModel::Progress).data().toString(), QStringLiteral("1 of 38 assessed"));

    // A new audit without a date goes last; deleting it removes exactly that row.
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QVariantList snapshot;
    for (int f = 0; f < Audit::FieldCount; ++f)
        snapshot << QVariant();
    snapshot[Audit::Title] = QStringLiteral("Supplier visit");
    snapshot[Audit::Type] = QStringLiteral("supplier");
    const qint64 id = model.addRecord(snapshot, QStringLiteral("Add audit"));
    QVERIFY(id > 0);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(model.rowOf(id), 8);
    QVERIFY(model.index(8, AuditListModel::Reference).data().toString().startsWith(QLatin1String("SA-")));
    QVERIFY(model.removeRecord(8, QStringLiteral("Delete audit")));
    QCOMPARE(model.rowCount(), 8);
}

void TestAuditModels::checklistEditsGoThroughUndoStack()
{
    ChecklistModel model(m_doc.get());
    Tester tester(&model, Report);
    const qint64 audit = m_doc->audits().idForReference(QStringLiteral("IA-2025-01"));
    model.showAudit(audit);
    QCOMPARE(model.rowCount(), 23);
    QCOMPARE(model.index(0, ChecklistModel::Key).data().toString(), QStringLiteral("IA-2025-01/01"));
    QCOMPARE(model.index(11, ChecklistModel::Requirement).data().toString(), QStringLiteral("7.2"));
    QCOMPARE(model.index(11, ChecklistModel::Result).data().toString(), QStringLiteral("Minor nonconformity"));
    QCOMPARE(model.index(11, ChecklistModel::Nonconformity).data().toString(), QStringLiteral("NC-001"));
    QCOMPARE(model.index(0, ChecklistModel::Nonconformity).data().toString(), QString());
    // Nothing from the SoA yet, so nothing is shown.
    QVERIFY(!model.hasSoaContext());
    QVERIFY(model.index(0, ChecklistModel::Soa).data().isNull());

    QSignalSpy dataChanged(&model, &QAbstractItemModel::dataChanged);
    QUndoStack *stack = m_doc->undoStack();
    const QModelIndex result = model.index(2, ChecklistModel::Result);
    QVERIFY(model.setData(result, QStringLiteral("observation")));
    QCOMPARE(stack->count(), 1);
    QCOMPARE(result.data().toString(), QStringLiteral("Observation"));
    QCOMPARE(dataChanged.count(), 1);
    QCOMPARE(dataChanged.at(0).at(0).toModelIndex(), result);
    stack->undo();
    QCOMPARE(result.data().toString(), QStringLiteral("Conforming"));
    QCOMPARE(dataChanged.count(), 2);

    // A result the list does not know is refused by the store.
    QSignalSpy failed(m_doc.get(), &Document::writeFailed);
    QVERIFY(!model.setData(result, QStringLiteral("mostly fine")));
    QCOMPARE(failed.count(), 1);
    QCOMPARE(stack->index(), 0);
    // Computed columns are not edited.
    QVERIFY(!model.setData(model.index(2, ChecklistModel::Key), QStringLiteral("X")));

    // Renaming the audit renames every key, in one signal.
    dataChanged.clear();
    QVERIFY(m_doc->setValue(Entity::Audit, audit, Audit::Reference, QStringLiteral("IA-2025-1")));
    QCOMPARE(dataChanged.count(), 1);
    QCOMPARE(dataChanged.at(0).at(1).toModelIndex(), model.index(22, ChecklistModel::Key));
    QCOMPARE(model.index(0, ChecklistModel::Key).data().toString(), QStringLiteral("IA-2025-1/01"));
}

void TestAuditModels::checklistFollowsGenerationAndNonconformities()
{
    ChecklistModel model(m_doc.get());
    Tester tester(&model, Report);
    const qint64 audit = m_doc->audits().idForReference(QStringLiteral("IA-2027-01"));
    model.showAudit(audit);
    QCOMPARE(model.rowCount(), 0);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    int added = 0;
    QString error;
    QVERIFY2(Audits::generateChecklist(*m_doc, audit, &added, &error), qPrintable(error));
    QCOMPARE(added, 22);
    QCOMPARE(model.rowCount(), 22);
    QCOMPARE(inserted.count(), 22);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(model.index(21, ChecklistModel::Requirement).data().toString(), QStringLiteral("A.7.14"));

    const qint64 own = model.addOwnItem(QStringLiteral("Who holds the spare office keys?"));
    QVERIFY(own > 0);
    QCOMPARE(model.rowOf(own), 22);
    QCOMPARE(model.index(22, ChecklistModel::Key).data().toString(), QStringLiteral("IA-2027-01/23"));

    // A finding without a record says so; raising one changes exactly that cell.
    QVERIFY(model.setData(model.index(3, ChecklistModel::Result), QStringLiteral("major")));
    QCOMPARE(model.index(3, ChecklistModel::Nonconformity).data().toString(), QStringLiteral("Not raised yet"));
    QVERIFY(!model.index(3, ChecklistModel::Nonconformity).data(RecordTableModel::WarningRole).isNull());
    QSignalSpy dataChanged(&model, &QAbstractItemModel::dataChanged);
    const qint64 nc = Audits::raiseNonconformity(*m_doc, model.rowId(3), QDate(2027, 3, 10), &error);
    QVERIFY2(nc > 0, qPrintable(error));
    QCOMPARE(dataChanged.count(), 1);
    QCOMPARE(dataChanged.at(0).at(0).toModelIndex(), model.index(3, ChecklistModel::Nonconformity));
    QCOMPARE(model.index(3, ChecklistModel::Nonconformity).data().toString(), QStringLiteral("NC-005"));
    // Undo of the raise, then of the whole generation.
    m_doc->undoStack()->undo();
    QCOMPARE(model.index(3, ChecklistModel::Nonconformity).data().toString(), QStringLiteral("Not raised yet"));
    m_doc->undoStack()->undo();
    m_doc->undoStack()->undo();
    m_doc->undoStack()->undo();
    QCOMPARE(model.rowCount(), 0);
}

void TestAuditModels::agendaAndAreasRows()
{
    const qint64 audit = m_doc->audits().idForReference(QStringLiteral("IA-2026-01"));
    AgendaModel agenda(m_doc.get());
    Tester agendaTester(&agenda, Report);
    agenda.showChildrenOf(AuditSession::AuditLink, audit);
    QCOMPARE(agenda.rowCount(), 7);
    QCOMPARE(agenda.index(0, AgendaModel::StartTime).data().toString(), QStringLiteral("09:00"));
    QCOMPARE(agenda.index(0, AgendaModel::Date).data(RecordTableModel::EditorRole).toString(), QStringLiteral("date"));
    QVariantList session;
    for (int f = 0; f < AuditSession::FieldCount; ++f)
        session << QVariant();
    session[AuditSession::Date] = QStringLiteral("2026-12-02");
    session[AuditSession::StartTime] = QStringLiteral("8:00");
    session[AuditSession::Topic] = QStringLiteral("Site walk");
    const qint64 id = agenda.addRecord(session, QStringLiteral("Add session"));
    // Sorted into the agenda by date and time.
    QCOMPARE(agenda.rowOf(id), 3);
    QCOMPARE(agenda.index(3, AgendaModel::StartTime).data().toString(), QStringLiteral("08:00"));
    QSignalSpy failed(m_doc.get(), &Document::writeFailed);
    QVERIFY(!agenda.setData(agenda.index(3, AgendaModel::EndTime), QStringLiteral("25:99")));
    QCOMPARE(failed.count(), 1);

    AuditAreaModel areas(m_doc.get());
    Tester areaTester(&areas, Report);
    areas.showChildrenOf(AuditArea::AuditLink, audit);
    QCOMPARE(areas.rowCount(), 4);
    QCOMPARE(areas.headerData(AuditAreaModel::Owner, Qt::Horizontal).toString(), QStringLiteral("Owner"));
    QVERIFY(areas.setData(areas.index(2, AuditAreaModel::Owner), QStringLiteral("Daniel Price")));
    // Ines Carvalho no longer audits her own area.
    QVERIFY(Audits::impartialityIssues(*m_doc, audit).empty());
    // Another audit's rows never show.
    areas.showChildrenOf(AuditArea::AuditLink, m_doc->audits().idForReference(QStringLiteral("IA-2025-01")));
    QCOMPARE(areas.rowCount(), 3);
}

void TestAuditModels::programmeModel()
{
    AuditProgrammeModel model(m_doc.get());
    Tester tester(&model, Report);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.columnCount(), int(AuditProgramme::FieldCount));
    QCOMPARE(model.index(0, AuditProgramme::Title).data().toString(), QStringLiteral("Internal audit programme 2025\u20132027"));
    QCOMPARE(model.index(0, AuditProgramme::Methods).data(RecordTableModel::EditorRole).toString(),
             QStringLiteral("multiline"));
    QVERIFY(model.setData(model.index(0, AuditProgramme::Frequency), QStringLiteral("Twice a year")));
    QCOMPARE(m_doc->auditProgrammes().all().front().text(AuditProgramme::Frequency), QStringLiteral("Twice a year"));
}

void TestAuditModels::coverageGrid()
{
    CoverageModel model(m_doc.get());
    Tester tester(&model, Report);
    const qint64 programme = m_doc->auditProgrammes().all().front().id;
    model.showProgramme(programme);
    QCOMPARE(model.rowCount(), 123);
    QCOMPARE(model.columnCount(), CoverageModel::FirstAudit + 6);
    QCOMPARE(model.headerData(CoverageModel::FirstAudit, Qt::Horizontal).toString(), QStringLiteral("IA-2025-01"));
    QCOMPARE(model.index(0, CoverageModel::Reference).data().toString(), QStringLiteral("4.1"));
    QCOMPARE(model.index(0, CoverageModel::State).data().toString(), QStringLiteral("Audited"));
    QCOMPARE(model.index(0, CoverageModel::FirstAudit).data().toString(), QStringLiteral("\u25CF"));
    QCOMPARE(model.index(0, CoverageModel::FirstAudit + 1).data().toString(), QString());

    // Taking A.5.3 out of the 2026 audit leaves it uncovered in this cycle.
    const qint64 audit = m_doc->audits().idForReference(QStringLiteral("IA-2026-01"));
    QString scope = m_doc->audits().record(audit)->text(Audit::Scope);
    scope.remove(QStringLiteral("A.5.3, "));
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QVERIFY(m_doc->setValue(Entity::Audit, audit, Audit::Scope, scope));
    QCOMPARE(reset.count(), 0);
    int row = -1;
    for (int r = 0; r < model.rowCount(); ++r) {
        if (model.index(r, CoverageModel::Reference).data().toString() == QLatin1String("A.5.3"))
            row = r;
    }
    QVERIFY(row >= 0);
    QCOMPARE(model.index(row, CoverageModel::State).data().toString(), QStringLiteral("Not covered in this cycle"));
    QCOMPARE(model.coverage().covered, 119);
    // A new internal audit in the programme adds a column.
    QVariantList snapshot;
    for (int f = 0; f < Audit::FieldCount; ++f)
        snapshot << QVariant();
    snapshot[Audit::Programme] = programme;
    snapshot[Audit::StartDate] = QStringLiteral("2027-01-15");
    snapshot[Audit::Scope] = QStringLiteral("A.5.3");
    QVERIFY(m_doc->addRow(Entity::Audit, snapshot, QStringLiteral("Add audit")));
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.columnCount(), CoverageModel::FirstAudit + 7);
    QCOMPARE(model.index(row, CoverageModel::State).data().toString(), QStringLiteral("Planned"));
}

void TestAuditModels::nonconformityRegister()
{
    NonconformityModel model(m_doc.get());
    Tester tester(&model, Report);
    model.setToday(QDate(2026, 11, 28));
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.columnCount(), int(NonconformityModel::ColumnCount));
    QCOMPARE(model.index(0, NonconformityModel::State).data().toString(), QStringLiteral("Closed"));
    QCOMPARE(model.index(1, NonconformityModel::State).data().toString(), QStringLiteral("Corrective action in progress"));
    QCOMPARE(model.index(1, NonconformityModel::NextDue).data().toString(), QStringLiteral("2026-03-31 (overdue)"));
    QVERIFY(!model.index(1, NonconformityModel::NextDue).data(RecordTableModel::WarningRole).isNull());
    QCOMPARE(model.index(2, NonconformityModel::State).data().toString(), QStringLiteral("Not effective: further action needed"));
    QCOMPARE(model.index(3, NonconformityModel::State).data().toString(),
             QStringLiteral("Awaiting verification of effectiveness"));
    QCOMPARE(model.index(0, NonconformityModel::AuditReference).data().toString(), QStringLiteral("IA-2025-01"));
    QCOMPARE(model.index(3, NonconformityModel::Source).data().toString(), QStringLiteral("Incident"));
    QVERIFY(!(model.flags(model.index(0, NonconformityModel::AuditReference)) & Qt::ItemIsEditable));

    // Verifying NC-004 as effective changes its state cell; closing it is then allowed.
    QSignalSpy dataChanged(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(model.setData(model.index(3, NonconformityModel::VerifiedBy), QStringLiteral("Priya Raman")));
    QVERIFY(model.setData(model.index(3, NonconformityModel::VerifiedOn), QStringLiteral("2026-11-20")));
    QVERIFY(model.setData(model.index(3, NonconformityModel::VerificationResult), QStringLiteral("effective")));
    QCOMPARE(model.index(3, NonconformityModel::State).data().toString(), QStringLiteral("Verified effective: ready to close"));
    const QList<QModelIndex> expected = {model.index(3, NonconformityModel::VerifiedBy),
                                         model.index(3, NonconformityModel::VerifiedOn),
                                         model.index(3, NonconformityModel::State),
                                         model.index(3, NonconformityModel::VerificationResult),
                                         model.index(3, NonconformityModel::State)};
    QCOMPARE(dataChanged.count(), expected.size());
    for (int i = 0; i < expected.size(); ++i)
        QCOMPARE(dataChanged.at(i).at(0).toModelIndex(), expected.at(i));
    QVERIFY(model.setData(model.index(3, NonconformityModel::ClosedOn), QStringLiteral("2026-11-28")));
    QCOMPARE(model.index(3, NonconformityModel::State).data().toString(), QStringLiteral("Closed"));

    // NC-002 cannot be closed: refused by the store, nothing on the stack.
    const int steps = m_doc->undoStack()->count();
    QSignalSpy failed(m_doc.get(), &Document::writeFailed);
    QVERIFY(!model.setData(model.index(1, NonconformityModel::ClosedOn), QStringLiteral("2026-11-28")));
    QCOMPARE(failed.count(), 1);
    QCOMPARE(m_doc->undoStack()->count(), steps);

    // A nonconformity raised outside an audit.
    const qint64 id = model.addNonconformity(QStringLiteral("complaint"), QStringLiteral("Aisha Khan"));
    QVERIFY(id > 0);
    QCOMPARE(model.rowCount(), 5);
    QCOMPARE(model.index(model.rowOf(id), NonconformityModel::Reference).data().toString(), QStringLiteral("NC-005"));
    QCOMPARE(model.index(model.rowOf(id), NonconformityModel::State).data().toString(),
             QStringLiteral("Open: no corrective action yet"));
}

void TestAuditModels::correctiveActionsStandOutWhenOverdue()
{
    const qint64 nc = m_doc->nonconformities().idForReference(QStringLiteral("NC-002"));
    CorrectiveActionModel actions(m_doc.get());
    Tester tester(&actions, Report);
    actions.setToday(QDate(2026, 11, 28));
    actions.showNonconformity(nc);
    QCOMPARE(actions.rowCount(), 2);
    QVERIFY(actions.index(0, CorrectiveActionModel::DueDate).data(RecordTableModel::WarningRole).isNull());
    QVERIFY(!actions.index(1, CorrectiveActionModel::DueDate).data(RecordTableModel::WarningRole).isNull());
    QVERIFY(actions.index(1, CorrectiveActionModel::DueDate).data(Qt::ForegroundRole).isValid());

    NonconformityModel register_(m_doc.get());
    Tester registerTester(&register_, Report);
    register_.setToday(QDate(2026, 11, 28));
    const int row = register_.rowOf(nc);
    QSignalSpy registerChanged(&register_, &QAbstractItemModel::dataChanged);
    QSignalSpy dataChanged(&actions, &QAbstractItemModel::dataChanged);

    // Done: no longer overdue, and the register's state follows.
    QVERIFY(actions.setData(actions.index(1, CorrectiveActionModel::Status), QStringLiteral("done")));
    QVERIFY(actions.index(1, CorrectiveActionModel::DueDate).data(RecordTableModel::WarningRole).isNull());
    QCOMPARE(dataChanged.count(), 2);
    QCOMPARE(dataChanged.at(0).at(0).toModelIndex(), actions.index(1, CorrectiveActionModel::Status));
    QCOMPARE(dataChanged.at(1).at(0).toModelIndex(), actions.index(1, CorrectiveActionModel::DueDate));
    QCOMPARE(register_.index(row, NonconformityModel::State).data().toString(),
             QStringLiteral("Awaiting verification of effectiveness"));
    QCOMPARE(register_.index(row, NonconformityModel::NextDue).data().toString(), QString());
    for (const QList<QVariant> &signal : std::as_const(registerChanged))
        QCOMPARE(signal.at(0).toModelIndex().row(), row);

    // Deleting the nonconformity takes its actions along; undo brings both back.
    QVERIFY(register_.removeRecord(row, QStringLiteral("Delete nonconformity")));
    QCOMPARE(actions.rowCount(), 0);
    m_doc->undoStack()->undo();
    QCOMPARE(actions.rowCount(), 2);
    QCOMPARE(register_.rowOf(nc), row);
}

void TestAuditModels::modelsResetOnImport()
{
    ChecklistModel checklist(m_doc.get());
    Tester checklistTester(&checklist, Report);
    checklist.showAudit(m_doc->audits().idForReference(QStringLiteral("IA-2025-01")));
    NonconformityModel ncs(m_doc.get());
    Tester ncTester(&ncs, Report);
    CoverageModel coverage(m_doc.get());
    Tester coverageTester(&coverage, Report);
    coverage.showProgramme(m_doc->auditProgrammes().all().front().id);
    QSignalSpy checklistReset(&checklist, &QAbstractItemModel::modelReset);
    QSignalSpy ncReset(&ncs, &QAbstractItemModel::modelReset);

    // An import of a file without audits empties them all.
    const QString json = m_dir->file(QStringLiteral("empty.json"));
    QString error;
    auto blank = Document::create(m_dir->file(QStringLiteral("blank.isms")), QStringLiteral("Blank"), &error);
    QVERIFY2(blank, qPrintable(error));
    QVERIFY(JsonIo::exportTo(*blank, json, &error));
    QVERIFY2(JsonIo::importFrom(*m_doc, json, &error), qPrintable(error));
    QCOMPARE(checklistReset.count(), 1);
    QCOMPARE(ncReset.count(), 1);
    QCOMPARE(checklist.rowCount(), 0);
    QCOMPARE(ncs.rowCount(), 0);
    QCOMPARE(coverage.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestAuditModels)
#include "tst_auditmodels.moc"
