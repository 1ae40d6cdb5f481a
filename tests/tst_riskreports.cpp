// The risk register and the risk treatment plan as an auditor receives them: printed
// through the real rampart-cli, the text read back with pdftotext, and checked against
// what the file holds.

#include "document.h"
#include "reports/reports.h"
#include "risktestutil.h"
#include "sample.h"
#include "stores/riskacceptancestore.h"
#include "stores/riskactionstore.h"
#include "stores/riskstore.h"
#include "testutil.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

using namespace rampart;
using namespace rampart::test;

class TestRiskReports : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cliListsTheKinds();
    void registerHoldsEveryRiskAndTheMethod();
    void heatMapsAgreeWithTheRegister();
    void everyPageHasItsFurniture_data();
    void everyPageHasItsFurniture();
    void planHoldsEveryActionAndAcceptance();
    void statusReportPointsAtTheRiskReports();
    void emptyFileReadsWell();
    void hostileTextPrintsAsText();
    void largeRegister();
    void recordsStayOnOnePage();
    void recordTallerThanAPageGoesOnOverPages();

private:
    // pdftotext's text, one string per page.
    QStringList pagesOf(const QString &pdf, bool layout = true);
    QStringList report(const QString &file, const QString &kind, bool layout = true);

    std::unique_ptr<TempDir> m_dir;
    QString m_sample;
    QStringList m_register;  // the sample's risks report, per page
    QStringList m_registerRaw;  // the same without -layout: a cell's lines together
    QStringList m_plan;      // its treatment plan
};

namespace {

QString compact(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("\\s")));
    text.remove(QChar(0x200B));
    return text;
}

// Where phrase starts in text (from from on), its words in order with at most a few
// other words between them: pdftotext puts the next column's words beside a cell's
// wrapped lines. -1 when it is not there.
qsizetype findWords(const QString &text, const QString &phrase, qsizetype from = 0)
{
    const QStringList words = phrase.split(QRegularExpression(QStringLiteral("[\\s-]+")), Qt::SkipEmptyParts);
    if (words.isEmpty())
        return -1;
    for (qsizetype start = text.indexOf(words.first(), from); start >= 0;
         start = text.indexOf(words.first(), start + 1)) {
        qsizetype at = start + words.first().size();
        bool found = true;
        for (int i = 1; i < words.size() && found; ++i) {
            const qsizetype next = text.indexOf(words.at(i), at);
            found = next >= 0 && next - at <= 60;
            at = next + words.at(i).size();
        }
        if (found)
            return start;
    }
    return -1;
}

// Tables drawn directly (reports/drawntable.h), not laid out by QTextDocument: the
// test's second run (tests/CMakeLists.txt) has QTextDocument lay out every table.
bool drawnTables()
{
    return qEnvironmentVariableIntValue("RAMPART_REPORT_DRAWN_ROWS") < 1000000;
}

} // namespace

void TestRiskReports::initTestCase()
{
    risktest::fixToday();
    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed; ./dev.sh test installs it");
    m_dir = std::make_unique<TempDir>();
    m_sample = m_dir->file(QStringLiteral("sample.isms"));
    QString error;
    QVERIFY2(createSample(m_sample, &error), qPrintable(error));
    m_register = report(m_sample, QStringLiteral("risks"));
    m_registerRaw = report(m_sample, QStringLiteral("risks"), false);
    m_plan = report(m_sample, QStringLiteral("treatment-plan"));
    QVERIFY(m_register.size() >= 5);
    QVERIFY(m_plan.size() >= 4);
}

QStringList TestRiskReports::pagesOf(const QString &pdf, bool layout)
{
    QProcess process;
    QStringList arguments = {pdf, QStringLiteral("-")};
    if (layout)
        arguments.prepend(QStringLiteral("-layout"));
    process.start(QStringLiteral("pdftotext"), arguments);
    if (!process.waitForFinished(120000) || process.exitCode() != 0)
        return {};
    // Compatibility forms back to letters: pdftotext gives the "fi" ligature as one.
    QStringList pages = QString::fromUtf8(process.readAllStandardOutput())
                            .normalized(QString::NormalizationForm_KC)
                            .split(QLatin1Char('\f'));
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    return pages;
}

QStringList TestRiskReports::report(const QString &file, const QString &kind, bool layout)
{
    const QString pdf = file + QLatin1Char('-') + kind + QStringLiteral(".pdf");
    const QStringList arguments = {QStringLiteral("report"), file, kind, QStringLiteral("--pdf"), pdf,
                                   QStringLiteral("--classification"), QStringLiteral("Internal")};
    const CliResult result = runCli(arguments, {}, 300000);
    if (result.exitCode != 0) {
        qWarning("%s", qPrintable(result.describe(arguments)));
        return {};
    }
    const QStringList pages = pagesOf(pdf, layout);
    // What the CLI says it wrote is what is in the file.
    if (!result.out.contains(QStringLiteral("(%1 pages)").arg(pages.size())))
        qWarning("page count differs: %s vs %lld", qPrintable(result.out), qlonglong(pages.size()));
    return pages;
}

void TestRiskReports::cliListsTheKinds()
{
    const CliResult result = runCli({QStringLiteral("--help")});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains(QStringLiteral("risks,")), qPrintable(result.out));
    QVERIFY(result.out.contains(QStringLiteral("treatment-plan")));
    const CliResult bad = runCli({QStringLiteral("report"), m_sample, QStringLiteral("risk"), QStringLiteral("--pdf"),
                                  m_dir->file(QStringLiteral("never.pdf"))});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY(bad.err.contains(QStringLiteral("treatment-plan")));
    QVERIFY(!QFile::exists(m_dir->file(QStringLiteral("never.pdf"))));
}

void TestRiskReports::registerHoldsEveryRiskAndTheMethod()
{
    QString error;
    auto doc = Document::open(m_sample, Database::Access::ReadOnly, &error);
    QVERIFY2(doc, qPrintable(error));
    const QString all = m_register.join(QLatin1Char('\n'));
    const std::vector<Risk> risks = doc->risks().all();
    QCOMPARE(int(risks.size()), 23);
    // The register is on its own pages: every reference appears there, with its owner.
    const qsizetype registerStart = all.indexOf(QStringLiteral("Risk register (clauses 6.1.2, 8.2)"),
                                                all.indexOf(QStringLiteral("Contents")) + 200);
    QVERIFY(registerStart > 0);
    const QString registerText = all.mid(registerStart);
    const QString raw = m_registerRaw.join(QLatin1Char('\n'));
    const QString rawRegister = raw.mid(raw.indexOf(QStringLiteral("Risk register (clauses 6.1.2, 8.2)"),
                                                    raw.indexOf(QStringLiteral("Contents")) + 200));
    for (const Risk &r : risks) {
        QVERIFY2(registerText.contains(r.reference), qPrintable(r.reference));
        QVERIFY2(findWords(rawRegister, r.owner) >= 0, qPrintable(r.owner));
        QVERIFY2(findWords(rawRegister, r.title) >= 0, qPrintable(r.title));
    }
    // The long texts are printed whole, not cut.
    const QString flat = compact(registerText);
    for (const Risk &r : risks) {
        QVERIFY2(flat.contains(compact(r.description)), qPrintable(r.reference));
        QVERIFY2(flat.contains(compact(r.existingControls)), qPrintable(r.reference));
        QVERIFY2(flat.contains(compact(r.notes)), qPrintable(r.reference));
    }
    // The method: scale labels and descriptions, level names, criteria, review interval.
    const RiskMethod &method = doc->riskMethod();
    const QString flatAll = compact(all);
    for (const ScaleLevel &level : method.likelihood) {
        QVERIFY(all.contains(level.label));
        QVERIFY2(flatAll.contains(compact(level.description)), qPrintable(level.description));
    }
    for (const ScaleLevel &level : method.impact)
        QVERIFY2(flatAll.contains(compact(level.description)), qPrintable(level.description));
    for (const RiskLevel &level : method.levels)
        QVERIFY(all.contains(level.name));
    QVERIFY(flatAll.contains(compact(method.acceptanceCriteria)));
    QVERIFY(all.contains(QStringLiteral("Every 12 months")));
    QVERIFY(all.contains(QStringLiteral("Risks up to and including the level Medium may be accepted")));
    // The document is landscape: pages are wider than high.
    QProcess info;
    info.start(QStringLiteral("pdfinfo"), {m_sample + QStringLiteral("-risks.pdf")});
    if (info.waitForFinished(30000) && info.exitCode() == 0) {
        const QString text = QString::fromUtf8(info.readAllStandardOutput());
        const QRegularExpressionMatch size =
            QRegularExpression(QStringLiteral("Page size:\\s+([\\d.]+) x ([\\d.]+)")).match(text);
        QVERIFY2(size.hasMatch(), qPrintable(text));
        QVERIFY2(size.captured(1).toDouble() > size.captured(2).toDouble(), qPrintable(text));
    }
}

void TestRiskReports::heatMapsAgreeWithTheRegister()
{
    QString error;
    auto doc = Document::open(m_sample, Database::Access::ReadOnly, &error);
    QVERIFY2(doc, qPrintable(error));
    const RiskMethod &method = doc->riskMethod();
    // Counted here from the risks themselves, not through the store's count.
    QMap<QPair<int, int>, int> inherent, residual;
    int inherentRated = 0, residualRated = 0;
    for (const Risk &r : doc->risks().all()) {
        if (method.rate(r.inherentLikelihood, r.inherentImpact).isRated()) {
            ++inherent[{r.inherentLikelihood, r.inherentImpact}];
            ++inherentRated;
        }
        if (method.rate(r.residualLikelihood, r.residualImpact).isRated()) {
            ++residual[{r.residualLikelihood, r.residualImpact}];
            ++residualRated;
        }
    }
    ReportDocument report;
    QVERIFY(Reports::build(*doc, QStringLiteral("risks"), {}, &report, &error));
    QString maps;
    for (const ReportSection &s : report.sections) {
        if (s.title == QLatin1String("Heat maps"))
            maps = s.html;
    }
    QVERIFY(!maps.isEmpty());
    // Two matrices, each row likelihood from the top: read the counts cell by cell.
    const QStringList tables = maps.split(QStringLiteral("<table"), Qt::SkipEmptyParts).mid(1);
    QCOMPARE(tables.size(), 2);
    for (int t = 0; t < 2; ++t) {
        const QMap<QPair<int, int>, int> &expected = t == 0 ? inherent : residual;
        const QStringList rows = tables.at(t).split(QStringLiteral("<tr")).mid(2);  // after the header
        QCOMPARE(rows.size(), method.likelihoodCount());
        int total = 0;
        for (int row = 0; row < rows.size(); ++row) {
            const int l = method.likelihoodCount() - row;
            const QStringList cells = rows.at(row).split(QStringLiteral("<td")).mid(2);  // after the label
            QCOMPARE(cells.size(), method.impactCount());
            for (int i = 1; i <= cells.size(); ++i) {
                const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("<b>(\\d+)</b>")).match(cells.at(i - 1));
                const int count = m.hasMatch() ? m.captured(1).toInt() : 0;
                QCOMPARE(count, expected.value({l, i}));
                // The cell is on its level's colour.
                QVERIFY(cells.at(i - 1).contains(method.levelColour(method.levelAt(l, i)).name()));
                total += count;
            }
        }
        QCOMPARE(total, t == 0 ? inherentRated : residualRated);
    }
    // And the printed figures say the same.
    const QString all = m_register.join(QLatin1Char('\n'));
    QVERIFY(all.contains(QStringLiteral("%1 of 23 risks rated.").arg(inherentRated)));
    QVERIFY(all.contains(QStringLiteral("%1 of 23 risks rated.").arg(residualRated)));
}

void TestRiskReports::everyPageHasItsFurniture_data()
{
    QTest::addColumn<int>("which");
    QTest::newRow("risks") << 0;
    QTest::newRow("treatment-plan") << 1;
}

void TestRiskReports::everyPageHasItsFurniture()
{
    QFETCH(int, which);
    const QStringList &pages = which == 0 ? m_register : m_plan;
    for (int i = 0; i < pages.size(); ++i) {
        const QString expected = QStringLiteral("Page %1 of %2").arg(i + 1).arg(pages.size());
        QVERIFY2(pages.at(i).contains(expected), qPrintable(QStringLiteral("page %1 lacks '%2'").arg(i + 1).arg(expected)));
        QVERIFY(pages.at(i).contains(QStringLiteral("Internal")));
    }
    // A table header never stands alone at the bottom of a page without a row after it.
    for (int i = 0; i < pages.size(); ++i) {
        QStringList lines = pages.at(i).split(QLatin1Char('\n'));
        while (!lines.isEmpty() && (lines.last().trimmed().isEmpty() || lines.last().contains(QStringLiteral("Page "))
                                    || lines.last().contains(QStringLiteral("Internal"))))
            lines.removeLast();
        if (!lines.isEmpty())
            QVERIFY2(!lines.last().contains(QStringLiteral("Threat / vulnerability")), qPrintable(pages.at(i)));
    }
}

void TestRiskReports::planHoldsEveryActionAndAcceptance()
{
    QString error;
    auto doc = Document::open(m_sample, Database::Access::ReadOnly, &error);
    QVERIFY2(doc, qPrintable(error));
    // Without -layout pdftotext keeps a table cell's lines together.
    const QStringList rawPages = report(m_sample, QStringLiteral("treatment-plan"), false);
    const QString all = m_plan.join(QLatin1Char('\n'));
    const std::vector<RiskActionRow> actions = doc->riskActions().rows();
    QCOMPARE(int(actions.size()), 22);
    const QString raw = rawPages.join(QLatin1Char('\n'));
    for (const RiskActionRow &row : actions) {
        // Twice: under its risk, with its owner beside it, and under its owner.
        const qsizetype first = findWords(raw, row.action.title);
        QVERIFY2(first >= 0, qPrintable(row.action.title));
        QVERIFY2(findWords(raw, row.action.title, first + 1) > first, qPrintable(row.action.title));
        QVERIFY2(findWords(raw.mid(first, row.action.title.size() + 120), row.action.owner) >= 0,
                 qPrintable(row.action.title));
        QVERIFY2(all.contains(row.riskReference), qPrintable(row.riskReference));
    }
    // Overdue actions are marked.
    int overdue = 0;
    for (const RiskActionRow &row : actions)
        overdue += row.action.isOverdue(QDate(2026, 11, 28)) ? 1 : 0;
    QVERIFY(overdue > 0);
    QVERIFY(all.count(QStringLiteral("Overdue")) >= 2 * overdue);
    // Acceptances with the name of who accepted and the justification.
    const std::vector<RiskAcceptanceRow> acceptances = doc->riskAcceptances().rows();
    QCOMPARE(int(acceptances.size()), 5);
    const qsizetype section = all.lastIndexOf(QStringLiteral("Acceptance of residual risks"));
    QVERIFY(section > 0);
    const QString acceptanceText = all.mid(section);
    for (const RiskAcceptanceRow &row : acceptances) {
        QVERIFY2(acceptanceText.contains(row.acceptance.acceptedBy), qPrintable(row.acceptance.acceptedBy));
        QVERIFY(acceptanceText.contains(row.acceptance.acceptedOn));
        QVERIFY(acceptanceText.contains(row.riskReference));
        if (!row.acceptance.justification.isEmpty())
            QVERIFY2(findWords(raw, row.acceptance.justification) >= 0, qPrintable(row.acceptance.justification));
    }
    // Risks kept above the threshold, each with the justification of its latest acceptance.
    const qsizetype retainedAt = acceptanceText.indexOf(QStringLiteral("Risks retained above the acceptance threshold"));
    QVERIFY(retainedAt > 0);
    const QString retained = acceptanceText.mid(retainedAt);
    const QString rawRetained = raw.mid(raw.lastIndexOf(QStringLiteral("Risks retained above the acceptance threshold")));
    const RiskMethod &method = doc->riskMethod();
    int above = 0;
    for (const Risk &r : doc->risks().all()) {
        const RiskRating rating = currentRating(method, r.inherentLikelihood, r.inherentImpact, r.residualLikelihood,
                                                r.residualImpact);
        if (r.treatment != QLatin1String("retain") || !method.isAboveThreshold(rating))
            continue;
        ++above;
        QVERIFY2(retained.contains(r.reference), qPrintable(r.reference));
        for (const RiskAcceptanceRow &row : acceptances) {
            if (row.latest && row.acceptance.riskId == r.id)
                QVERIFY2(findWords(rawRetained, QStringLiteral("accepted by %1 on %2")
                                                    .arg(row.acceptance.acceptedBy, row.acceptance.acceptedOn))
                             >= 0,
                         qPrintable(rawRetained));
        }
    }
    QVERIFY(above > 0);
    QVERIFY(all.contains(QStringLiteral("Approval by the risk owners")));
    QVERIFY(all.contains(QStringLiteral("Signature")));
}

void TestRiskReports::statusReportPointsAtTheRiskReports()
{
    const QString all = report(m_sample, QStringLiteral("status")).join(QLatin1Char('\n'));
    QVERIFY(all.contains(QStringLiteral("Risk management")));
    QVERIFY(all.contains(QStringLiteral("report kind risks")));
    QVERIFY(all.contains(QStringLiteral("treatment-plan")));
    QVERIFY(all.contains(QStringLiteral("Above the acceptance threshold")));
}

void TestRiskReports::emptyFileReadsWell()
{
    const QString file = m_dir->file(QStringLiteral("empty.isms"));
    {
        QString error;
        QVERIFY2(Document::create(file, QStringLiteral("Empty Ltd"), &error), qPrintable(error));
    }
    const QString risks = report(file, QStringLiteral("risks")).join(QLatin1Char('\n'));
    QVERIFY(risks.contains(QStringLiteral("The register holds no risks yet.")));
    QVERIFY(risks.contains(QStringLiteral("No risk lies above the acceptance threshold")));
    QVERIFY(risks.contains(QStringLiteral("No risk is overdue for review.")));
    QVERIFY(risks.contains(QStringLiteral("The asset inventory is empty.")));
    QVERIFY(!risks.contains(QStringLiteral("Threat / vulnerability")));  // no empty register table
    // The method is printed even with no risk.
    QVERIFY(risks.contains(QStringLiteral("Likelihood scale")));
    const QString plan = report(file, QStringLiteral("treatment-plan")).join(QLatin1Char('\n'));
    QVERIFY(plan.contains(QStringLiteral("nothing to treat")));
    QVERIFY(plan.contains(QStringLiteral("No treatment action has been recorded yet.")));
    QVERIFY(plan.contains(QStringLiteral("No risk owner has accepted a residual risk yet.")));
    QVERIFY(plan.contains(QStringLiteral("There is no treatment for the risk owners to approve yet.")));
    QVERIFY(!plan.contains(QStringLiteral("Cost or effort")));
    QVERIFY(!plan.contains(QStringLiteral("Accepted by")));
}

void TestRiskReports::hostileTextPrintsAsText()
{
    const QString file = m_dir->file(QStringLiteral("hostile.isms"));
    const QString title = QStringLiteral("<b>&amp; \"x\"</b>");
    const QString longWord = QString(QLatin1Char('W')).repeated(300);
    const QString hebrew = QStringLiteral("\u05e1\u05d9\u05db\u05d5\u05df \u05d2\u05d1\u05d5\u05d4");
    {
        QString error;
        auto doc = Document::create(file, QStringLiteral("Hostile Ltd"), &error);
        QVERIFY2(doc, qPrintable(error));
        RiskRegisterBatch batch;
        Risk risk;
        risk.id = 1;
        risk.reference = QStringLiteral("R-001");
        risk.title = title + QLatin1Char(' ') + longWord;
        risk.description = hebrew;
        risk.notes = QStringLiteral("<script>alert(1)</script>");
        risk.owner = QStringLiteral("O'Brien & <Sons>");
        risk.threat = longWord;
        risk.inherentLikelihood = 5;
        risk.inherentImpact = 5;
        risk.residualLikelihood = 4;
        risk.residualImpact = 4;
        risk.treatment = QStringLiteral("retain");
        batch.risks.push_back(risk);
        RiskAction action;
        action.riskId = 1;
        action.title = QStringLiteral("<i>Patch</i> & ") + longWord;
        action.owner = hebrew;
        action.dueOn = QStringLiteral("2026-01-01");
        batch.actions.push_back(action);
        RiskAcceptance acceptance;
        acceptance.riskId = 1;
        acceptance.acceptedBy = QStringLiteral("<Board>");
        acceptance.acceptedOn = QStringLiteral("2026-06-01");
        acceptance.justification = QStringLiteral("\"Cheaper\" & <u>faster</u> ") + longWord;
        const RiskRating rated = doc->riskMethod().rate(4, 4);
        acceptance.likelihood = 4;
        acceptance.impact = 4;
        acceptance.score = rated.score;
        acceptance.level = doc->riskMethod().levelName(rated.level);
        acceptance.treatment = QStringLiteral("retain");
        batch.acceptances.push_back(acceptance);
        QVERIFY(doc->importRegister(batch, QStringLiteral("test")));
        QCOMPARE(doc->risks().count(), 1);
        QCOMPARE(doc->riskAcceptances().count(), 1);
    }
    for (const QString &kind : {QStringLiteral("risks"), QStringLiteral("treatment-plan")}) {
        const QStringList pages = report(file, kind, false);
        QVERIFY(!pages.isEmpty());
        const QString all = pages.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(title), qPrintable(kind));
        QVERIFY2(all.contains(QStringLiteral("O'Brien & <Sons>")), qPrintable(kind));
        QVERIFY2(compact(all).contains(longWord), qPrintable(kind));
        if (kind == QLatin1String("risks")) {
            QVERIFY(all.contains(QStringLiteral("<script>alert(1)</script>")));
        } else {
            QVERIFY(all.contains(QStringLiteral("<i>Patch</i> &")));
            QVERIFY(all.contains(QStringLiteral("<Board>")));
            QVERIFY(all.contains(QStringLiteral("\"Cheaper\" & <u>faster</u>")));
        }
        // Right-to-left text comes back as its letters.
        QString letters = all.normalized(QString::NormalizationForm_KC);
        letters.remove(QRegularExpression(QStringLiteral("[\u200E\u200F\u202A-\u202E]")));
        const QString word = QStringLiteral("\u05e1\u05d9\u05db\u05d5\u05df");
        QString reversed = word;
        std::reverse(reversed.begin(), reversed.end());
        QVERIFY2(letters.contains(word) || letters.contains(reversed), qPrintable(kind));
    }
}

void TestRiskReports::largeRegister()
{
    const QString file = m_dir->file(QStringLiteral("large.isms"));
    QString error;
    QVERIFY2(createGeneratedSample(file, 500, 100, &error), qPrintable(error));
    QStringList references;
    int actions = 0;
    {
        auto doc = Document::open(file, Database::Access::ReadOnly, &error);
        QVERIFY2(doc, qPrintable(error));
        for (const Risk &r : doc->risks().all())
            references << r.reference;
        actions = doc->riskActions().count();
    }
    QVERIFY(references.size() >= 500);
    const QStringList pages = report(file, QStringLiteral("risks"));
    // A sane length: a few risks per landscape page, not one page per risk.
    QVERIFY2(pages.size() > 30 && pages.size() < 400, qPrintable(QString::number(pages.size())));
    const QString all = pages.join(QLatin1Char('\n'));
    for (const QString &reference : std::as_const(references))
        QVERIFY2(all.contains(reference), qPrintable(reference));
    for (int i = 0; i < pages.size(); ++i)
        QVERIFY(pages.at(i).contains(QStringLiteral("Page %1 of %2").arg(i + 1).arg(pages.size())));
    const QStringList plan = report(file, QStringLiteral("treatment-plan"));
    QVERIFY2(plan.size() > 10 && plan.size() < 400, qPrintable(QString::number(plan.size())));
    QVERIFY(actions > 0);
    for (int i = 0; i < plan.size(); ++i)
        QVERIFY(plan.at(i).contains(QStringLiteral("Page %1 of %2").arg(i + 1).arg(plan.size())));
    // Actions by owner: every page of the list says whose actions it shows, the
    // owner's line marked "(continued)" where their list goes on from the page before.
    qsizetype byOwner = -1;
    qsizetype acceptances = -1;
    for (qsizetype i = 0; i < plan.size(); ++i) {
        if (byOwner < 0 && i > 1 && plan.at(i).contains(QStringLiteral("Actions by owner")))
            byOwner = i;
        if (byOwner >= 0 && acceptances < 0 && plan.at(i).contains(QStringLiteral("Acceptance of residual risks")))
            acceptances = i;
    }
    if (!drawnTables())
        return;  // QTextDocument does not repeat the owner's line
    QVERIFY2(byOwner > 0 && acceptances > byOwner + 1, qPrintable(QStringLiteral("%1 %2").arg(byOwner).arg(acceptances)));
    const QRegularExpression ownerLine(QStringLiteral("\\d+ actions?, \\d+ open"));
    int continued = 0;
    for (qsizetype i = byOwner; i < acceptances; ++i) {
        QVERIFY2(plan.at(i).contains(ownerLine), qPrintable(plan.at(i)));
        continued += plan.at(i).count(QStringLiteral("(continued)"));
    }
    QVERIFY(continued > 0);
}

void TestRiskReports::recordsStayOnOnePage()
{
    // A risk's entry in the register (its line and the line with its scenario) is on
    // one page: the page with its reference has the start of its scenario.
    QString error;
    auto doc = Document::open(m_sample, Database::Access::ReadOnly, &error);
    QVERIFY2(doc, qPrintable(error));
    qsizetype first = -1;
    for (qsizetype i = 0; i < m_registerRaw.size() && first < 0; ++i) {
        if (i > 1 && m_registerRaw.at(i).contains(QStringLiteral("Risk register (clauses")))
            first = i;
    }
    QVERIFY(first > 0);
    int checked = 0;
    for (const Risk &risk : doc->risks().all()) {
        const QString scenario = risk.description.section(QLatin1Char(' '), 0, 5);
        if (scenario.isEmpty())
            continue;
        const QRegularExpression reference(QStringLiteral("(^|\\n)%1\\n").arg(QRegularExpression::escape(risk.reference)));
        qsizetype page = -1;
        for (qsizetype i = first; i < m_registerRaw.size() && page < 0; ++i) {
            if (m_registerRaw.at(i).contains(reference))
                page = i;
        }
        QVERIFY2(page >= 0, qPrintable(risk.reference));
        QVERIFY2(findWords(m_registerRaw.at(page), scenario) >= 0,
                 qPrintable(QStringLiteral("%1 on page %2 without its scenario").arg(risk.reference).arg(page + 1)));
        ++checked;
    }
    QVERIFY(checked >= 20);
    // And the register runs over several pages, so there were breaks to place.
    QVERIFY(m_registerRaw.size() - first >= 4);
}

void TestRiskReports::recordTallerThanAPageGoesOnOverPages()
{
    // A scenario of a few pages cannot stay on one page: it goes on over the next pages,
    // cut between lines, and every word of it is printed once, in order.
    if (!drawnTables())
        QSKIP("QTextDocument prints the line it cuts at a page break again above the next page's body, "
              "hidden by the clip but in the PDF's text");
    const QString file = m_dir->file(QStringLiteral("tall.isms"));
    QStringList words;
    for (int i = 1; i <= 5000; ++i)
        words << QStringLiteral("w%1x").arg(i, 4, 10, QLatin1Char('0'));
    // And a title of a few pages in its narrow column: its risk's reference is repeated,
    // marked continued, beside each part.
    QStringList titleWords;
    for (int i = 1; i <= 2500; ++i)
        titleWords << QStringLiteral("t%1z").arg(i, 4, 10, QLatin1Char('0'));
    {
        QString error;
        auto doc = Document::create(file, QStringLiteral("Tall Ltd"), &error);
        QVERIFY2(doc, qPrintable(error));
        RiskRegisterBatch batch;
        for (int id = 1; id <= 3; ++id) {
            Risk risk;
            risk.id = id;
            risk.reference = QStringLiteral("R-%1").arg(id, 3, 10, QLatin1Char('0'));
            risk.title = QStringLiteral("Risk number %1").arg(id);
            risk.description = id == 2 ? words.join(QLatin1Char(' ')) : QStringLiteral("A short scenario.");
            if (id == 3)
                risk.title = titleWords.join(QLatin1Char(' '));
            batch.risks.push_back(risk);
        }
        QVERIFY(doc->importRegister(batch, QStringLiteral("test")));
    }
    const QStringList pages = report(file, QStringLiteral("risks"), false);
    QVERIFY(pages.size() >= 6);
    const QString all = pages.join(QLatin1Char('\n'));
    qsizetype at = 0;
    for (const QString &word : std::as_const(words)) {
        const qsizetype found = all.indexOf(word, at);
        QVERIFY2(found >= 0, qPrintable(word));
        QVERIFY2(all.indexOf(word, found + 1) < 0, qPrintable(word + QStringLiteral(" is printed twice")));
        at = found + word.size();
    }
    at = 0;
    for (const QString &word : std::as_const(titleWords)) {
        const qsizetype found = all.indexOf(word, at);
        QVERIFY2(found >= 0, qPrintable(word));
        QVERIFY2(all.indexOf(word, found + 1) < 0, qPrintable(word + QStringLiteral(" is printed twice")));
        at = found + word.size();
    }
    int titlePages = 0;
    for (const QString &page : pages) {
        if (!page.contains(QStringLiteral("t1250z")) && !page.contains(QStringLiteral("t2500z")))
            continue;
        ++titlePages;
        QVERIFY2(page.contains(QStringLiteral("R-003")), qPrintable(page.left(400)));
    }
    QCOMPARE(titlePages, 2);
    // The scenario's later parts name their risk too.
    for (const QString &page : pages) {
        if (page.contains(QStringLiteral("w2500x")) || page.contains(QStringLiteral("w5000x")))
            QVERIFY2(page.contains(QStringLiteral("R-002 (continued)")), qPrintable(page.left(400)));
    }
    QVERIFY(all.count(QStringLiteral("(continued)")) >= 2);
    // The header of the register on each page.
    for (int i = 0; i < pages.size(); ++i)
        QVERIFY(pages.at(i).contains(QStringLiteral("Page %1 of %2").arg(i + 1).arg(pages.size())));
}

QTEST_GUILESS_MAIN(TestRiskReports)
#include "tst_riskreports.moc"
