// The rules of the audit programme and of nonconformities: checklists from the scope,
// coverage of a cycle, impartiality, findings that become nonconformities, the
// closure rule, bulk edits that land whole or not at all, and audits in JSON.

#include "testutil.h"

#include "audits.h"
#include "catalog/requirements.h"
#include "document.h"
#include "storage/schema.h"
#include "domain/audit.h"
#include "io/jsonio.h"
#include "sample.h"
#include "stores/auditstore.h"
#include "stores/changelogstore.h"
#include "stores/nonconformitystore.h"
#include "stores/organisationstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

#include <functional>
#include <memory>

using namespace rampart;
using namespace rampart::test;

namespace {

QVariantList emptyRow(int fields)
{
    QVariantList row;
    for (int f = 0; f < fields; ++f)
        row << QVariant();
    return row;
}

QVariantList auditRow(const QString &reference, const QString &scope, qint64 programme = 0,
                      const QString &type = QStringLiteral("internal"), const QString &status = QStringLiteral("planned"),
                      const QString &start = QString())
{
    QVariantList row = emptyRow(Audit::FieldCount);
    row[Audit::Programme] = programme;
    row[Audit::Reference] = reference;
    row[Audit::Title] = QStringLiteral("Audit %1").arg(reference);
    row[Audit::Type] = type;
    row[Audit::Status] = status;
    row[Audit::StartDate] = start;
    row[Audit::Scope] = scope;
    return row;
}

QVariantList itemRow(qint64 audit, const QString &requirement, const QString &result, const QString &notes = {})
{
    QVariantList row = emptyRow(ChecklistItem::FieldCount);
    row[ChecklistItem::AuditLink] = audit;
    row[ChecklistItem::Requirement] = requirement;
    row[ChecklistItem::Question] = QStringLiteral("Question on %1").arg(requirement);
    row[ChecklistItem::Result] = result;
    row[ChecklistItem::Notes] = notes;
    return row;
}

QJsonObject sampleObject()
{
    return QJsonDocument::fromJson(sampleJson()).object();
}

using Mutation = std::function<void(QJsonObject &root)>;

// Edits the first element of root[list] (and, with nested, the first of its list).
void editFirst(QJsonObject &root, const char *list, const std::function<void(QJsonObject &)> &edit,
               const char *nested = nullptr, int index = 0)
{
    QJsonArray rows = root.value(QLatin1String(list)).toArray();
    QJsonObject row = rows.at(index).toObject();
    if (nested) {
        QJsonArray children = row.value(QLatin1String(nested)).toArray();
        QJsonObject child = children.at(0).toObject();
        edit(child);
        children.replace(0, child);
        row.insert(QLatin1String(nested), children);
    } else {
        edit(row);
    }
    rows.replace(index, row);
    root.insert(QLatin1String(list), rows);
}

} // namespace

Q_DECLARE_METATYPE(Mutation)

class TestAudits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void requirementReferences();
    void scopeIsValidatedAndCanonical();
    void checklistGeneratedFromScope();
    void coverageAcrossProgramme();
    void coverageOfSample();
    void impartialityFlag();
    void findingBecomesNonconformity();
    void raiseAllFindingsIsOneCommand();
    void closureNeedsEffectiveVerification();
    void closureRuleHoldsInTheDatabase();
    void nonconformityStates();
    void deletingAnAuditTakesItsChecklistAndUndoRestoresIt();
    void bulkEditIsAllOrNothing();
    void migratedFileHasAuditTables();
    void jsonRoundTripOfAudits();
    void jsonBadInput_data();
    void jsonBadInput();

private:
    qint64 addAudit(const QVariantList &row);
    std::unique_ptr<TempDir> m_dir;
    std::unique_ptr<Document> m_doc;
};

void TestAudits::init()
{
    m_dir = std::make_unique<TempDir>();
    QVERIFY2(m_dir->isValid(), qPrintable(m_dir->errorString()));
    QString error;
    m_doc = Document::create(m_dir->file(QStringLiteral("audits.isms")), QStringLiteral("Acme Ltd"), &error);
    QVERIFY2(m_doc, qPrintable(error));
}

void TestAudits::cleanup()
{
    m_doc.reset();
    m_dir.reset();
}

qint64 TestAudits::addAudit(const QVariantList &row)
{
    return m_doc->addRow(Entity::Audit, row, QStringLiteral("Add audit"));
}

void TestAudits::requirementReferences()
{
    const Catalog &catalog = m_doc->catalog();
    QCOMPARE(Requirements::canonical(catalog, QStringLiteral(" 9.2 ")), QStringLiteral("9.2"));
    QCOMPARE(Requirements::canonical(catalog, QStringLiteral("a 5.15")), QStringLiteral("A.5.15"));
    QCOMPARE(Requirements::canonical(catalog, QStringLiteral("A5.15")), QStringLiteral("A.5.15"));
    // Clause 5.1 and control 5.1 are different requirements.
    QCOMPARE(Requirements::canonical(catalog, QStringLiteral("5.1")), QStringLiteral("5.1"));
    QCOMPARE(Requirements::title(catalog, QStringLiteral("5.1")), QStringLiteral("Leadership and commitment"));
    QCOMPARE(Requirements::title(catalog, QStringLiteral("A.5.1")), QStringLiteral("Policies for information security"));
    QString problem;
    QVERIFY(Requirements::canonical(catalog, QStringLiteral("5.15"), &problem).isEmpty());
    QVERIFY2(problem.contains(QLatin1String("A.5.15")), qPrintable(problem));
    QVERIFY(Requirements::canonical(catalog, QStringLiteral("A.9.9"), &problem).isEmpty());
    QVERIFY(Requirements::canonical(catalog, QStringLiteral("11"), &problem).isEmpty());
    // 30 clauses without sub-clauses and 93 controls.
    QCOMPARE(Requirements::units(catalog).size(), qsizetype(123));
    QCOMPARE(Requirements::unitsCoveredBy(catalog, QStringLiteral("9")),
             (QStringList{QStringLiteral("9.1"), QStringLiteral("9.2.1"), QStringLiteral("9.2.2"),
                          QStringLiteral("9.3.1"), QStringLiteral("9.3.2"), QStringLiteral("9.3.3")}));
    QCOMPARE(Requirements::unitsCoveredBy(catalog, QStringLiteral("6.1")).size(), qsizetype(3));
    QCOMPARE(Requirements::unitsCoveredBy(catalog, QStringLiteral("A.8.1")), QStringList{QStringLiteral("A.8.1")});
    QCOMPARE(Requirements::parseList(catalog, QStringLiteral("A.8.13; 10.2\n4.1, A.5.1, 4.1")),
             (QStringList{QStringLiteral("4.1"), QStringLiteral("10.2"), QStringLiteral("A.5.1"),
                          QStringLiteral("A.8.13")}));
}

void TestAudits::scopeIsValidatedAndCanonical()
{
    const qint64 audit = addAudit(auditRow(QStringLiteral("IA-2026-01"), {}));
    QVERIFY(audit > 0);
    QVERIFY(m_doc->setValue(Entity::Audit, audit, Audit::Scope, QStringLiteral("a8.13, 9.2; 4.1")));
    QCOMPARE(m_doc->audits().record(audit)->text(Audit::Scope), QStringLiteral("4.1, 9.2, A.8.13"));

    QSignalSpy failed(m_doc.get(), &Document::writeFailed);
    const qint64 log = m_doc->changeLog().count();
    QVERIFY(!m_doc->setValue(Entity::Audit, audit, Audit::Scope, QStringLiteral("4.1, 5.15")));
    QCOMPARE(failed.count(), 1);
    QVERIFY2(failed.at(0).at(0).toString().contains(QLatin1String("A.5.15")), qPrintable(failed.at(0).at(0).toString()));
    QCOMPARE(m_doc->audits().record(audit)->text(Audit::Scope), QStringLiteral("4.1, 9.2, A.8.13"));
    QCOMPARE(m_doc->changeLog().count(), log);

    // References are unique; a new audit gets the next free one.
    QVERIFY(!m_doc->setValue(Entity::Audit, addAudit(auditRow(QString(), {}, 0, QStringLiteral("internal"),
                                                                QStringLiteral("planned"), QStringLiteral("2026-05-01"))),
                             Audit::Reference, QStringLiteral("IA-2026-01")));
    const std::vector<Record> audits = m_doc->audits().all();
    QCOMPARE(audits.size(), size_t(2));
    QCOMPARE(audits[0].text(Audit::Reference), QStringLiteral("IA-2026-02"));
    QCOMPARE(m_doc->audits().idForReference(QStringLiteral("IA-2026-01")), audit);
}

void TestAudits::checklistGeneratedFromScope()
{
    const qint64 audit = addAudit(auditRow(QStringLiteral("IA-2026-01"), QStringLiteral("A.8.13, 9.2, 4.1, A.5.15")));
    QUndoStack *stack = m_doc->undoStack();
    const int steps = stack->count();
    QSignalSpy changed(m_doc.get(), &Document::changed);

    int added = 0;
    QString error;
    QVERIFY2(Audits::generateChecklist(*m_doc, audit, &added, &error), qPrintable(error));
    QCOMPARE(added, 4);
    QCOMPARE(stack->count(), steps + 1);
    QVERIFY2(stack->undoText().contains(QLatin1String("IA-2026-01")), qPrintable(stack->undoText()));
    QCOMPARE(changed.count(), 4);

    const Catalog &catalog = m_doc->catalog();
    std::vector<Record> items = m_doc->checklistItems().linkedTo(ChecklistItem::AuditLink, audit);
    QCOMPARE(items.size(), size_t(4));
    const QStringList order = {QStringLiteral("4.1"), QStringLiteral("9.2"), QStringLiteral("A.5.15"),
                               QStringLiteral("A.8.13")};
    for (size_t i = 0; i < items.size(); ++i) {
        QCOMPARE(items[i].number(ChecklistItem::Number), int(i) + 1);
        QCOMPARE(items[i].text(ChecklistItem::Requirement), order.at(qsizetype(i)));
        QCOMPARE(items[i].text(ChecklistItem::Result), QStringLiteral("not_assessed"));
        QCOMPARE(items[i].number(ChecklistItem::Revision), 1);
    }
    // The questions are the catalog's (which the file reads when first asked for them).
    QCOMPARE(items[0].text(ChecklistItem::Question), catalog.clauses[1].guidance);
    QCOMPARE(items[3].text(ChecklistItem::Question), catalog.control(QStringLiteral("8.13"))->guidance);
    QVERIFY(!items[3].text(ChecklistItem::Question).isEmpty());
    QCOMPARE(items[3].text(ChecklistItem::Question), Catalog::builtIn()->control(QStringLiteral("8.13"))->guidance);
    QCOMPARE(Audits::itemKey(*m_doc, items[2]), QStringLiteral("IA-2026-01/03"));

    // One undo step takes them all away, redo brings back the very same rows.
    const QString uid = items[1].uid;
    const qint64 id = items[1].id;
    stack->undo();
    QVERIFY(m_doc->checklistItems().linkedTo(ChecklistItem::AuditLink, audit).empty());
    stack->redo();
    items = m_doc->checklistItems().linkedTo(ChecklistItem::AuditLink, audit);
    QCOMPARE(items.size(), size_t(4));
    QCOMPARE(items[1].uid, uid);
    QCOMPARE(items[1].id, id);

    // Nothing to add: said, and nothing pushed.
    QVERIFY(!Audits::generateChecklist(*m_doc, audit, &added, &error));
    QVERIFY2(error.contains(QLatin1String("already")), qPrintable(error));
    QCOMPARE(stack->count(), steps + 1);

    // An auditor's own question and results stay; a wider scope adds only what is new.
    QVERIFY(m_doc->addRow(Entity::ChecklistItem, itemRow(audit, {}, QStringLiteral("conforming")),
                          QStringLiteral("Add item")));
    QVERIFY(m_doc->setValue(Entity::ChecklistItem, items[0].id, ChecklistItem::Result, QStringLiteral("minor")));
    QVERIFY(m_doc->setValue(Entity::Audit, audit, Audit::Scope, QStringLiteral("4.1, 9.2, A.5.15, A.8.13, 6.1.2")));
    QVERIFY2(Audits::generateChecklist(*m_doc, audit, &added, &error), qPrintable(error));
    QCOMPARE(added, 1);
    items = m_doc->checklistItems().linkedTo(ChecklistItem::AuditLink, audit);
    QCOMPARE(items.size(), size_t(6));
    QCOMPARE(items[0].text(ChecklistItem::Result), QStringLiteral("minor"));
    QCOMPARE(items[0].number(ChecklistItem::Revision), 2);
    QCOMPARE(items[4].text(ChecklistItem::Requirement), QString());
    QCOMPARE(items[5].text(ChecklistItem::Requirement), QStringLiteral("6.1.2"));
    QCOMPARE(items[5].number(ChecklistItem::Number), 6);

    // No scope: nothing to generate from.
    const qint64 empty = addAudit(auditRow(QStringLiteral("IA-2026-09"), {}));
    QVERIFY(!Audits::generateChecklist(*m_doc, empty, &added, &error));
    QVERIFY2(error.contains(QLatin1String("no clauses or controls")), qPrintable(error));
}

void TestAudits::coverageAcrossProgramme()
{
    QVariantList programme = emptyRow(AuditProgramme::FieldCount);
    programme[AuditProgramme::Title] = QStringLiteral("Cycle");
    programme[AuditProgramme::PeriodStart] = QStringLiteral("2025-01-01");
    programme[AuditProgramme::PeriodEnd] = QStringLiteral("2027-12-31");
    const qint64 p = m_doc->addRow(Entity::AuditProgramme, programme, QStringLiteral("Add"));
    QVERIFY(p > 0);
    const qint64 done = addAudit(auditRow(QStringLiteral("IA-1"), QStringLiteral("4, 5"), p, QStringLiteral("internal"),
                                          QStringLiteral("closed"), QStringLiteral("2025-03-01")));
    const qint64 planned = addAudit(auditRow(QStringLiteral("IA-2"), QStringLiteral("5.1, A.5.1, A.5.2"), p,
                                             QStringLiteral("internal"), QStringLiteral("planned"),
                                             QStringLiteral("2026-03-01")));
    // Certification body audits and audits outside the programme do not count.
    addAudit(auditRow(QStringLiteral("EA-1"), QStringLiteral("6, 7, A.8.1"), p, QStringLiteral("stage2"),
                      QStringLiteral("closed"), QStringLiteral("2025-09-01")));
    addAudit(auditRow(QStringLiteral("IA-X"), QStringLiteral("8"), 0, QStringLiteral("internal"),
                      QStringLiteral("closed"), QStringLiteral("2025-09-01")));

    Coverage c = Audits::coverage(*m_doc, p);
    QCOMPARE(c.audits.size(), size_t(2));
    QCOMPARE(c.audits[0].id, done);
    QCOMPARE(c.required, 123);
    // 4.1-4.4 and 5.1-5.3 audited; A.5.1, A.5.2 planned.
    QCOMPARE(c.audited, 7);
    QCOMPARE(c.covered, 9);
    QCOMPARE(c.coveredPercent(), 7);
    auto entry = [&c](const QString &reference) {
        for (const CoverageEntry &e : c.entries) {
            if (e.reference == reference)
                return e;
        }
        return CoverageEntry();
    };
    QCOMPARE(entry(QStringLiteral("4.3")).state, CoverageEntry::State::Audited);
    // 5.1 is in both: done once is audited.
    QCOMPARE(entry(QStringLiteral("5.1")).state, CoverageEntry::State::Audited);
    QCOMPARE(entry(QStringLiteral("5.1")).audits, (std::vector<qint64>{done, planned}));
    QCOMPARE(entry(QStringLiteral("A.5.2")).state, CoverageEntry::State::Planned);
    QCOMPARE(entry(QStringLiteral("6.1.2")).state, CoverageEntry::State::NotCovered);
    QCOMPARE(entry(QStringLiteral("A.8.1")).state, CoverageEntry::State::NotCovered);
    QCOMPARE(entry(QStringLiteral("8.1")).state, CoverageEntry::State::NotCovered);

    // Reporting the planned audit moves its requirements to audited.
    QVERIFY(m_doc->setValue(Entity::Audit, planned, Audit::Status, QStringLiteral("reported")));
    c = Audits::coverage(*m_doc, p);
    QCOMPARE(c.audited, 9);
    QCOMPARE(Audits::currentProgramme(*m_doc, QDate(2026, 6, 1)), p);
    QVERIFY(!Audits::nextAudit(*m_doc, QDate(2026, 6, 1)).has_value());
}

void TestAudits::coverageOfSample()
{
    m_doc.reset();
    const QString path = m_dir->file(QStringLiteral("sample.isms"));
    QString error;
    QVERIFY2(createSample(path, &error), qPrintable(error));
    m_doc = Document::open(path, Database::Access::ReadWrite, &error);
    QVERIFY2(m_doc, qPrintable(error));
    const qint64 programme = Audits::currentProgramme(*m_doc, QDate(2026, 11, 1));
    QVERIFY(programme > 0);
    const Coverage c = Audits::coverage(*m_doc, programme);
    // Six internal audits cover every clause and every control in the cycle.
    QCOMPARE(c.audits.size(), size_t(6));
    // The three controls the SoA excludes need no audit: 34 clauses + 89 controls.
    QCOMPARE(c.required, 120);
    QCOMPARE(c.covered, 120);
    // The one completed audit covered the management system clauses.
    QCOMPARE(c.audited, 30);
    const std::optional<Record> next = Audits::nextAudit(*m_doc, QDate(2026, 11, 1));
    QVERIFY(next);
    QCOMPARE(next->text(Audit::Reference), QStringLiteral("IA-2026-01"));
}

void TestAudits::impartialityFlag()
{
    QVERIFY(m_doc->setValue(Entity::Organisation, Organisation::RowId, Organisation::IsmsManager,
                            QStringLiteral("Priya Raman, Head of Security")));
    QVariantList row = auditRow(QStringLiteral("IA-1"), QStringLiteral("A.5.19, A.5.20"));
    row[Audit::LeadAuditor] = QStringLiteral("Joana Ferreira (QA)");
    row[Audit::Auditors] = QStringLiteral("Ines Carvalho, Head of Platform Operations\nTom Whitfield");
    const qint64 audit = addAudit(row);
    QVERIFY(Audits::impartialityIssues(*m_doc, audit).empty());

    QVariantList area = emptyRow(AuditArea::FieldCount);
    area[AuditArea::AuditLink] = audit;
    area[AuditArea::Area] = QStringLiteral("Incident management");
    area[AuditArea::Owner] = QStringLiteral("ines carvalho");
    QVERIFY(m_doc->addRow(Entity::AuditArea, area, QStringLiteral("Add area")));
    area[AuditArea::Area] = QStringLiteral("Payroll");
    area[AuditArea::Owner] = QStringLiteral("Someone Else");
    QVERIFY(m_doc->addRow(Entity::AuditArea, area, QStringLiteral("Add area")));

    std::vector<ImpartialityIssue> issues = Audits::impartialityIssues(*m_doc, audit);
    QCOMPARE(issues.size(), size_t(1));
    QCOMPARE(issues[0].auditor, QStringLiteral("Ines Carvalho, Head of Platform Operations"));
    QCOMPARE(issues[0].owned, QStringLiteral("Incident management"));
    QVERIFY2(issues[0].message.contains(QLatin1String("9.2.2")), qPrintable(issues[0].message));

    // The ISMS manager owns the management system: flagged only with clauses in scope.
    QVERIFY(m_doc->setValue(Entity::Audit, audit, Audit::LeadAuditor, QStringLiteral("Priya Raman (ISMS)")));
    QCOMPARE(Audits::impartialityIssues(*m_doc, audit).size(), size_t(1));
    QVERIFY(m_doc->setValue(Entity::Audit, audit, Audit::Scope, QStringLiteral("9.1, A.5.19")));
    issues = Audits::impartialityIssues(*m_doc, audit);
    QCOMPARE(issues.size(), size_t(2));
    QCOMPARE(issues[0].auditor, QStringLiteral("Priya Raman (ISMS)"));

    QCOMPARE(Audits::personKey(QStringLiteral("  Priya  Raman - ISMS manager")), QStringLiteral("priya raman"));
    QCOMPARE(Audits::people(QStringLiteral("A, role\n\n B ; C")),
             (QStringList{QStringLiteral("A, role"), QStringLiteral("B"), QStringLiteral("C")}));
}

void TestAudits::findingBecomesNonconformity()
{
    QVariantList row = auditRow(QStringLiteral("IA-2026-01"), QStringLiteral("7.2, A.8.13"));
    row[Audit::LeadAuditor] = QStringLiteral("Marta Sousa");
    const qint64 audit = addAudit(row);
    const qint64 minor = m_doc->addRow(
        Entity::ChecklistItem,
        itemRow(audit, QStringLiteral("7.2"), QStringLiteral("minor"), QStringLiteral("Training records missing\nfor four engineers")),
        QStringLiteral("Add"));
    const qint64 fine = m_doc->addRow(Entity::ChecklistItem, itemRow(audit, QStringLiteral("A.8.13"),
                                                                     QStringLiteral("conforming")),
                                      QStringLiteral("Add"));
    const QDate today(2026, 3, 2);
    QString error;
    const int steps = m_doc->undoStack()->count();
    const qint64 nc = Audits::raiseNonconformity(*m_doc, minor, today, &error);
    QVERIFY2(nc > 0, qPrintable(error));
    QCOMPARE(m_doc->undoStack()->count(), steps + 1);
    const Record r = *m_doc->nonconformities().record(nc);
    QCOMPARE(r.text(Nonconformity::Reference), QStringLiteral("NC-001"));
    QCOMPARE(r.text(Nonconformity::Grade), QStringLiteral("minor"));
    QCOMPARE(r.text(Nonconformity::Source), QStringLiteral("internal_audit"));
    QCOMPARE(r.link(Nonconformity::AuditLink), audit);
    QCOMPARE(r.link(Nonconformity::ChecklistItemLink), minor);
    QCOMPARE(r.text(Nonconformity::Requirement), QStringLiteral("7.2"));
    QCOMPARE(r.text(Nonconformity::Title), QStringLiteral("Training records missing"));
    QCOMPARE(r.text(Nonconformity::RaisedOn), QStringLiteral("2026-03-02"));
    QCOMPARE(r.text(Nonconformity::RaisedBy), QStringLiteral("Marta Sousa"));
    QVERIFY(r.text(Nonconformity::RequirementText).startsWith(QLatin1String("7.2 Competence")));
    QVERIFY(r.text(Nonconformity::Description).contains(QLatin1String("IA-2026-01/01")));
    QCOMPARE(r.text(Nonconformity::VerificationResult), QStringLiteral("not_verified"));

    // Once per finding, and only for findings.
    QCOMPARE(Audits::raiseNonconformity(*m_doc, minor, today, &error), qint64(0));
    QVERIFY2(error.contains(QLatin1String("NC-001")), qPrintable(error));
    QCOMPARE(Audits::raiseNonconformity(*m_doc, fine, today, &error), qint64(0));
    QVERIFY2(error.contains(QLatin1String("not graded")), qPrintable(error));

    // A finding of the certification body is an external audit's.
    const qint64 external = addAudit(auditRow(QStringLiteral("EA-2026-01"), QStringLiteral("9.1"), 0,
                                              QStringLiteral("surveillance")));
    const qint64 major = m_doc->addRow(Entity::ChecklistItem, itemRow(external, QStringLiteral("9.1"),
                                                                      QStringLiteral("major")),
                                       QStringLiteral("Add"));
    const qint64 nc2 = Audits::raiseNonconformity(*m_doc, major, today, &error);
    QVERIFY2(nc2 > 0, qPrintable(error));
    QCOMPARE(m_doc->nonconformities().record(nc2)->text(Nonconformity::Source), QStringLiteral("external_audit"));
    QCOMPARE(m_doc->nonconformities().record(nc2)->text(Nonconformity::Grade), QStringLiteral("major"));
    QCOMPARE(m_doc->nonconformities().record(nc2)->text(Nonconformity::Reference), QStringLiteral("NC-002"));

    // Undo takes the record away again.
    m_doc->undoStack()->undo();
    QVERIFY(!m_doc->nonconformities().record(nc2));
}

void TestAudits::raiseAllFindingsIsOneCommand()
{
    const qint64 audit = addAudit(auditRow(QStringLiteral("IA-1"), QStringLiteral("4.1")));
    for (const QString &result : {QStringLiteral("minor"), QStringLiteral("observation"), QStringLiteral("major"),
                                  QStringLiteral("minor"), QStringLiteral("ofi")})
        QVERIFY(m_doc->addRow(Entity::ChecklistItem, itemRow(audit, QStringLiteral("4.1"), result), QStringLiteral("Add")));
    QString error;
    const int steps = m_doc->undoStack()->count();
    QCOMPARE(Audits::raiseNonconformities(*m_doc, audit, QDate(2026, 1, 1), &error), 3);
    QCOMPARE(m_doc->undoStack()->count(), steps + 1);
    QCOMPARE(m_doc->nonconformities().count(), qint64(3));
    QCOMPARE(Audits::raiseNonconformities(*m_doc, audit, QDate(2026, 1, 1), &error), 0);
    QVERIFY2(error.contains(QLatin1String("already")), qPrintable(error));
    m_doc->undoStack()->undo();
    QCOMPARE(m_doc->nonconformities().count(), qint64(0));
}

void TestAudits::closureNeedsEffectiveVerification()
{
    QVariantList row = emptyRow(Nonconformity::FieldCount);
    row[Nonconformity::Title] = QStringLiteral("Backups not tested");
    row[Nonconformity::Source] = QStringLiteral("incident");
    const qint64 nc = m_doc->addRow(Entity::Nonconformity, row, QStringLiteral("Add"));
    QVERIFY(nc > 0);
    QCOMPARE(m_doc->nonconformities().record(nc)->text(Nonconformity::Reference), QStringLiteral("NC-001"));
    QSignalSpy failed(m_doc.get(), &Document::writeFailed);
    const int steps = m_doc->undoStack()->count();
    const qint64 log = m_doc->changeLog().count();
    auto refusedClose = [&](const QString &date, const char *expected) {
        failed.clear();
        const bool ok = m_doc->setValue(Entity::Nonconformity, nc, Nonconformity::ClosedOn, date);
        const QString message = failed.isEmpty() ? QString() : failed.at(0).at(0).toString();
        return !ok && message.contains(QLatin1String(expected)) && m_doc->undoStack()->count() == steps
            && m_doc->nonconformities().record(nc)->text(Nonconformity::ClosedOn).isEmpty();
    };

    QString why;
    QVERIFY(!Audits::canClose(*m_doc->nonconformities().record(nc), &why));
    QVERIFY2(why.contains(QLatin1String("verified as effective")), qPrintable(why));
    QVERIFY(refusedClose(QStringLiteral("2026-04-01"), "NC-001 cannot be closed yet"));
    QCOMPARE(m_doc->changeLog().count(), log);

    QVERIFY(m_doc->setValue(Entity::Nonconformity, nc, Nonconformity::VerificationResult, QStringLiteral("not_effective")));
    QVERIFY(m_doc->setValue(Entity::Nonconformity, nc, Nonconformity::VerifiedOn, QStringLiteral("2026-03-20")));
    const int afterVerify = m_doc->undoStack()->count();
    failed.clear();
    QVERIFY(!m_doc->setValue(Entity::Nonconformity, nc, Nonconformity::ClosedOn, QStringLiteral("2026-04-01")));
    QVERIFY(!failed.isEmpty() && failed.at(0).at(0).toString().contains(QLatin1String("verified as effective")));
    QCOMPARE(m_doc->undoStack()->count(), afterVerify);

    // Effective, but the day it was verified is not known: still refused.
    QVERIFY(m_doc->setValue(Entity::Nonconformity, nc, Nonconformity::VerifiedOn, QString()));
    QVERIFY(m_doc->setValue(Entity::Nonconformity, nc, Nonconformity::VerificationResult, QStringLiteral("Effective")));
    QVERIFY(!m_doc->setValue(Entity::Nonconformity, nc, Nonconformity::ClosedOn, QStringLiteral("2026-04-01")));
    QVERIFY(m_doc->setValue(Entity::Nonconformity, nc, Nonconformity::VerifiedOn, QStringLiteral("2026-03-20")));
    // Not before the verification.
    failed.clear();
    QVERIFY(!m_doc->setValue(Entity::Nonconformity, nc, Nonconformity::ClosedOn, QStringLiteral("2026-03-19")));
    QVERIFY(failed.at(0).at(0).toString().contains(QLatin1String("before its effectiveness was verified")));

    QVERIFY(Audits::canClose(*m_doc->nonconformities().record(nc), &why));
    QVERIFY(m_doc->setValue(Entity::Nonconformity, nc, Nonconformity::ClosedOn, QStringLiteral("2026-04-01")));
    QCOMPARE(Audits::state(*m_doc->nonconformities().record(nc), {}), NonconformityState::Closed);
    // Once closed, the verification cannot be taken back without reopening.
    failed.clear();
    QVERIFY(!m_doc->setValue(Entity::Nonconformity, nc, Nonconformity::VerificationResult, QStringLiteral("not_effective")));
    QVERIFY(failed.at(0).at(0).toString().contains(QLatin1String("Reopen it")));
    QVERIFY(!m_doc->setValue(Entity::Nonconformity, nc, Nonconformity::VerifiedOn, QString()));
    // Undo reopens it; then the verification may change.
    m_doc->undoStack()->undo();
    QVERIFY(m_doc->nonconformities().record(nc)->text(Nonconformity::ClosedOn).isEmpty());
    QVERIFY(m_doc->setValue(Entity::Nonconformity, nc, Nonconformity::VerificationResult, QStringLiteral("not_effective")));

    // A new row that claims to be closed is refused as well.
    row[Nonconformity::ClosedOn] = QStringLiteral("2026-01-01");
    failed.clear();
    QCOMPARE(m_doc->addRow(Entity::Nonconformity, row, QStringLiteral("Add")), qint64(0));
    QCOMPARE(failed.count(), 1);
}

void TestAudits::closureRuleHoldsInTheDatabase()
{
    // Even SQL that bypasses the stores cannot close an unverified nonconformity.
    QVariantList row = emptyRow(Nonconformity::FieldCount);
    row[Nonconformity::Reference] = QStringLiteral("NC-001");
    QVERIFY(m_doc->addRow(Entity::Nonconformity, row, QStringLiteral("Add")) > 0);
    const QString path = m_doc->path();
    m_doc.reset();
    QString error;
    sqliteQuery(path, QStringLiteral("UPDATE nonconformity SET closed_on = '2026-01-01'"), &error, false);
    QVERIFY2(error.contains(QLatin1String("CHECK")), qPrintable(error));
    QCOMPARE(sqliteQuery(path, QStringLiteral("SELECT closed_on FROM nonconformity")), QVariantList{QString()});
}

void TestAudits::nonconformityStates()
{
    auto nc = [](const QString &verification, const QString &verifiedOn = {}, const QString &closedOn = {}) {
        Record r;
        r.values = emptyRow(Nonconformity::FieldCount);
        r.values[Nonconformity::VerificationResult] = verification;
        r.values[Nonconformity::VerifiedOn] = verifiedOn;
        r.values[Nonconformity::ClosedOn] = closedOn;
        return r;
    };
    auto action = [](const QString &status, const QString &due, const QString &completed = {}) {
        Record r;
        r.values = emptyRow(CorrectiveAction::FieldCount);
        r.values[CorrectiveAction::Status] = status;
        r.values[CorrectiveAction::DueDate] = due;
        r.values[CorrectiveAction::CompletedOn] = completed;
        return r;
    };
    const QString none = QStringLiteral("not_verified");
    QCOMPARE(Audits::state(nc(none), {}), NonconformityState::Open);
    const std::vector<Record> open = {action(QStringLiteral("done"), QStringLiteral("2026-01-31"), QStringLiteral("2026-01-20")),
                                      action(QStringLiteral("in_progress"), QStringLiteral("2026-03-31"))};
    const std::vector<Record> done = {action(QStringLiteral("done"), QStringLiteral("2026-01-31"), QStringLiteral("2026-01-20"))};
    QCOMPARE(Audits::state(nc(none), open), NonconformityState::ActionsInProgress);
    QCOMPARE(Audits::state(nc(none), done), NonconformityState::AwaitingVerification);
    QCOMPARE(Audits::state(nc(QStringLiteral("not_effective"), QStringLiteral("2026-02-01")), done),
             NonconformityState::NotEffective);
    // A new action completed after the failed verification: verify again.
    const std::vector<Record> again = {action(QStringLiteral("done"), QStringLiteral("2026-03-31"), QStringLiteral("2026-03-10"))};
    QCOMPARE(Audits::state(nc(QStringLiteral("not_effective"), QStringLiteral("2026-02-01")), again),
             NonconformityState::AwaitingVerification);
    QCOMPARE(Audits::state(nc(QStringLiteral("effective"), QStringLiteral("2026-02-01")), done),
             NonconformityState::ReadyToClose);
    QCOMPARE(Audits::state(nc(QStringLiteral("effective"), QStringLiteral("2026-02-01"), QStringLiteral("2026-02-02")), done),
             NonconformityState::Closed);

    QVERIFY(!Audits::isOverdue(open[1], QDate(2026, 3, 31)));
    QVERIFY(Audits::isOverdue(open[1], QDate(2026, 4, 1)));
    QVERIFY(!Audits::isOverdue(open[0], QDate(2027, 1, 1)));
    QVERIFY(Audits::hasOverdueAction(open, QDate(2026, 4, 1)));
    QCOMPARE(Audits::nextDue(open), QDate(2026, 3, 31));
}

void TestAudits::deletingAnAuditTakesItsChecklistAndUndoRestoresIt()
{
    const qint64 audit = addAudit(auditRow(QStringLiteral("IA-1"), QStringLiteral("4.1, 4.2")));
    int added = 0;
    QString error;
    QVERIFY(Audits::generateChecklist(*m_doc, audit, &added, &error));
    const std::vector<Record> items = m_doc->checklistItems().linkedTo(ChecklistItem::AuditLink, audit);
    QVERIFY(m_doc->setValue(Entity::ChecklistItem, items[1].id, ChecklistItem::Result, QStringLiteral("minor")));
    const qint64 nc = Audits::raiseNonconformity(*m_doc, items[1].id, QDate(2026, 1, 1), &error);
    QVERIFY(nc > 0);
    QVariantList session = emptyRow(AuditSession::FieldCount);
    session[AuditSession::AuditLink] = audit;
    session[AuditSession::Topic] = QStringLiteral("Opening");
    session[AuditSession::StartTime] = QStringLiteral("9:00");
    const qint64 sessionId = m_doc->addRow(Entity::AuditSession, session, QStringLiteral("Add"));
    QCOMPARE(m_doc->auditSessions().record(sessionId)->text(AuditSession::StartTime), QStringLiteral("09:00"));
    const QByteArray before = JsonIo::toJson(*m_doc);

    QVERIFY(m_doc->removeRow(Entity::Audit, audit, QStringLiteral("Delete audit")));
    QVERIFY(!m_doc->audits().record(audit));
    QCOMPARE(m_doc->checklistItems().count(), qint64(0));
    QCOMPARE(m_doc->auditSessions().count(), qint64(0));
    // The nonconformity stays, without its links.
    QCOMPARE(m_doc->nonconformities().record(nc)->link(Nonconformity::AuditLink), qint64(0));
    QCOMPARE(m_doc->nonconformities().record(nc)->link(Nonconformity::ChecklistItemLink), qint64(0));

    m_doc->undoStack()->undo();
    QCOMPARE(JsonIo::toJson(*m_doc), before);
    QCOMPARE(m_doc->nonconformities().record(nc)->link(Nonconformity::ChecklistItemLink), items[1].id);
    m_doc->undoStack()->redo();
    QCOMPARE(m_doc->checklistItems().count(), qint64(0));

    // Deleting a checklist item with a nonconformity unlinks it the same way.
    m_doc->undoStack()->undo();
    QVERIFY(m_doc->removeRow(Entity::ChecklistItem, items[1].id, QStringLiteral("Delete item")));
    QCOMPARE(m_doc->nonconformities().record(nc)->link(Nonconformity::ChecklistItemLink), qint64(0));
    m_doc->undoStack()->undo();
    QCOMPARE(JsonIo::toJson(*m_doc), before);
}

void TestAudits::bulkEditIsAllOrNothing()
{
    const qint64 audit = addAudit(auditRow(QStringLiteral("IA-1"), QStringLiteral("4.1")));
    const QByteArray before = JsonIo::toJson(*m_doc);
    const qint64 log = m_doc->changeLog().count();
    const int steps = m_doc->undoStack()->count();
    QSignalSpy changed(m_doc.get(), &Document::changed);
    QSignalSpy failed(m_doc.get(), &Document::writeFailed);
    const std::vector<Edit> edits = {
        Edit::insert(Entity::ChecklistItem, itemRow(audit, QStringLiteral("4.1"), QStringLiteral("conforming"))),
        Edit::update(Entity::Audit, audit, Audit::Title, QStringLiteral("Audit IA-1"), QStringLiteral("Renamed")),
        Edit::update(Entity::Audit, audit, Audit::StartDate, QString(), QStringLiteral("2026-02-30")),
    };
    QVERIFY(!m_doc->applyEdits(QStringLiteral("Bulk"), edits));
    QCOMPARE(failed.count(), 1);
    QVERIFY2(failed.at(0).at(0).toString().contains(QLatin1String("2026-02-30")), qPrintable(failed.at(0).at(0).toString()));
    QCOMPARE(JsonIo::toJson(*m_doc), before);
    QCOMPARE(m_doc->changeLog().count(), log);
    QCOMPARE(m_doc->undoStack()->count(), steps);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(m_doc->database().transactionDepth(), 0);
}

void TestAudits::migratedFileHasAuditTables()
{
    const QString path = copyFixture(QStringLiteral("v1.isms"), *m_dir);
    QVERIFY(!path.isEmpty());
    QString error;
    auto doc = Document::open(path, Database::Access::ReadWrite, &error);
    QVERIFY2(doc, qPrintable(error));
    QCOMPARE(doc->schemaVersion(), schema::CurrentVersion);
    const qint64 audit = doc->addRow(Entity::Audit, auditRow(QString(), QStringLiteral("9.2")), QStringLiteral("Add"));
    QVERIFY(audit > 0);
    QVERIFY(doc->audits().record(audit)->text(Audit::Reference).startsWith(QLatin1String("IA-")));
    doc.reset();
    for (const char *table : {"audit_programme", "audit", "audit_area", "audit_session", "checklist_item",
                              "nonconformity", "corrective_action"})
        QVERIFY2(sqliteColumns(path, QLatin1String(table)).contains(QStringLiteral("uid")), table);
    QVERIFY2(Database::check(path).isEmpty(), qPrintable(Database::check(path)));
}

void TestAudits::jsonRoundTripOfAudits()
{
    // Odd text, every register, links between them: export, import, export again.
    QVariantList programme = emptyRow(AuditProgramme::FieldCount);
    programme[AuditProgramme::Title] = QStringLiteral("Cycle \"A\" <2026>");
    const qint64 p = m_doc->addRow(Entity::AuditProgramme, programme, QStringLiteral("Add"));
    QVariantList row = auditRow(QStringLiteral("IA-1"), QStringLiteral("A.5.1, 4"), p);
    row[Audit::Auditors] = QStringLiteral("One\nTwo \U0001F600");
    const qint64 audit = addAudit(row);
    const qint64 item = m_doc->addRow(Entity::ChecklistItem,
                                      itemRow(audit, QStringLiteral("A.5.1"), QStringLiteral("major"),
                                              QStringLiteral("=SUM(A1) line\r\nnext")),
                                      QStringLiteral("Add"));
    QString error;
    const qint64 nc = Audits::raiseNonconformity(*m_doc, item, QDate(2026, 1, 2), &error);
    QVERIFY2(nc > 0, qPrintable(error));
    QVariantList action = emptyRow(CorrectiveAction::FieldCount);
    action[CorrectiveAction::NonconformityLink] = nc;
    action[CorrectiveAction::Action] = QStringLiteral("Fix it");
    action[CorrectiveAction::DueDate] = QStringLiteral("2026-02-01");
    QVERIFY(m_doc->addRow(Entity::CorrectiveAction, action, QStringLiteral("Add")) > 0);

    const QByteArray first = JsonIo::toJson(*m_doc);
    const QString json = m_dir->file(QStringLiteral("first.json"));
    QVERIFY(writeFile(json, first));
    auto target = Document::create(m_dir->file(QStringLiteral("target.isms")), QString(), &error);
    QVERIFY2(target, qPrintable(error));
    QVERIFY2(JsonIo::importFrom(*target, json, &error), qPrintable(error));
    QCOMPARE(JsonIo::toJson(*target), first);
    const QJsonObject root = QJsonDocument::fromJson(first).object();
    const QJsonObject a = root.value(QLatin1String("audits")).toArray().at(0).toObject();
    QCOMPARE(a.value(QLatin1String("scope")).toArray(),
             (QJsonArray{QStringLiteral("4"), QStringLiteral("A.5.1")}));
    QCOMPARE(a.value(QLatin1String("programme")).toString(), m_doc->auditProgrammes().record(p)->uid);
    const QJsonObject n = root.value(QLatin1String("nonconformities")).toArray().at(0).toObject();
    QCOMPARE(n.value(QLatin1String("checklistItem")).toString(), m_doc->checklistItems().record(item)->uid);
    QCOMPARE(n.value(QLatin1String("correctiveActions")).toArray().size(), qsizetype(1));
    // The links point at the new rows.
    const Record imported = target->nonconformities().all().front();
    QCOMPARE(target->checklistItems().record(imported.link(Nonconformity::ChecklistItemLink))->uid,
             m_doc->checklistItems().record(item)->uid);
}

void TestAudits::jsonBadInput_data()
{
    QTest::addColumn<Mutation>("mutate");
    QTest::addColumn<QString>("where");

    QTest::newRow("closed without verification")
        << Mutation([](QJsonObject &root) {
               editFirst(root, "nonconformities", [](QJsonObject &o) {
                   o.insert(QLatin1String("closedOn"), QStringLiteral("2026-01-01"));
               }, nullptr, 1);
           })
        << "nonconformities[1].closedOn";
    QTest::newRow("unknown result")
        << Mutation([](QJsonObject &root) {
               editFirst(root, "audits", [](QJsonObject &o) { o.insert(QLatin1String("result"), QStringLiteral("fine")); },
                         "checklist");
           })
        << "audits[0].checklist[0].result";
    QTest::newRow("control without A.")
        << Mutation([](QJsonObject &root) {
               editFirst(root, "audits", [](QJsonObject &o) { o.insert(QLatin1String("scope"), QJsonArray{QStringLiteral("5.15")}); });
           })
        << "audits[0].scope[0]";
    QTest::newRow("bad date")
        << Mutation([](QJsonObject &root) {
               editFirst(root, "audits", [](QJsonObject &o) { o.insert(QLatin1String("startDate"), QStringLiteral("16/06/2025")); });
           })
        << "audits[0].startDate";
    QTest::newRow("unknown programme")
        << Mutation([](QJsonObject &root) {
               editFirst(root, "audits", [](QJsonObject &o) {
                   o.insert(QLatin1String("programme"), QStringLiteral("00000000-0000-4000-8000-000000000001"));
               });
           })
        << "audits[0].programme";
    QTest::newRow("duplicate reference")
        << Mutation([](QJsonObject &root) {
               editFirst(root, "audits", [](QJsonObject &o) { o.insert(QLatin1String("reference"), QStringLiteral("IA-2025-01")); },
                         nullptr, 1);
           })
        << "audits[1].reference";
    QTest::newRow("unknown field")
        << Mutation([](QJsonObject &root) {
               editFirst(root, "nonconformities", [](QJsonObject &o) { o.insert(QLatin1String("severity"), 3); },
                         "correctiveActions");
           })
        << "nonconformities[0].correctiveActions[0].severity";
    QTest::newRow("item of another audit")
        << Mutation([](QJsonObject &root) {
               editFirst(root, "nonconformities", [](QJsonObject &o) { o.insert(QLatin1String("audit"), QJsonValue()); });
           })
        << "nonconformities[0].checklistItem";
}

void TestAudits::jsonBadInput()
{
    QFETCH(Mutation, mutate);
    QFETCH(QString, where);
    QJsonObject root = sampleObject();
    mutate(root);
    DocumentContent content;
    QString error;
    QVERIFY(!JsonIo::parse(QJsonDocument(root).toJson(), QStringLiteral("x.json"), m_doc->catalog(), &content, &error));
    QVERIFY2(error.startsWith(QStringLiteral("x.json: ") + where), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestAudits)
#include "tst_audits.moc"
