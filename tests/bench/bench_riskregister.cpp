// Figures for the performance budget of DESIGN.md on a large register: generating
// it, opening it, the register's first page, a filter keystroke, a sort, the heat
// maps, and the Risks page. Not a ctest (it takes a while): run it by hand,
//   bench_riskregister [RISKS] [FILE]
// with FILE an existing file to measure, or a new one to generate.

#include "document.h"
#include "documentsummary.h"
#include "models/heatmapmodel.h"
#include "models/riskfilterproxymodel.h"
#include "models/riskregistermodel.h"
#include "riskspage.h"
#include "riskregisterpanel.h"
#include "sample.h"
#include "stores/riskstore.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>

#include <ctime>

using namespace rampart;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QTextStream out(stdout);
    const int risks = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 100000;
    QTemporaryDir dir;
    const QString path = argc > 2 ? QString::fromLocal8Bit(argv[2]) : dir.filePath(QStringLiteral("bench.isms"));
    // Wall time and this process's CPU time: the machine is shared, and CPU time says
    // what the work costs when nothing else competes for the cores.
    QElapsedTimer timer;
    auto cpu = [] {
        timespec t{};
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
        return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
    };
    double cpuStart = cpu();
    out << QStringLiteral("     wall        cpu  (ms)") << Qt::endl;
    auto report = [&](const QString &what) {
        const double now = cpu();
        out << QStringLiteral("%1 %2  %3").arg(timer.nsecsElapsed() / 1e6, 9, 'f', 1).arg(now - cpuStart, 9, 'f', 1).arg(what)
            << Qt::endl;
        timer.restart();
        cpuStart = now;
    };
    QString error;
    timer.start();
    if (!QFileInfo::exists(path)) {
        if (!createGeneratedSample(path, risks, 200, &error)) {
            out << error << Qt::endl;
            return 1;
        }
        report(QStringLiteral("generate %1 risks").arg(risks));
    }
    auto doc = Document::open(path, Database::Access::ReadWrite, &error);
    if (!doc) {
        out << error << Qt::endl;
        return 1;
    }
    report(QStringLiteral("open the file (%1 risks)").arg(doc->risks().count()));
    if (doc->risks().textIndexPending()) {
        // As the window does once it shows a file fresh from a bulk write.
        if (!doc->risks().buildTextIndex(&error)) {
            out << error << Qt::endl;
            return 1;
        }
        report(QStringLiteral("build the text index left by the bulk write"));
    }

    {
        RiskRegisterModel model(doc.get());
        model.fetchMore({});
        report(QStringLiteral("register model and its first page"));
        RiskFilterProxyModel proxy(&model);
        model.fetchAll();
        report(QStringLiteral("load the short columns of every row (first filter or sort)"));
        const QStringList keystrokes = {QStringLiteral("r"), QStringLiteral("ra"), QStringLiteral("ran"),
                                        QStringLiteral("rans"), QStringLiteral("ransomware")};
        for (const QString &text : keystrokes) {
            proxy.setText(text);
            report(QStringLiteral("filter keystroke \"%1\" -> %2 rows").arg(text).arg(proxy.rowCount()));
        }
        proxy.setText(QString());
        report(QStringLiteral("clear the filter"));
        RiskFilter f;
        f.levels = {3};
        proxy.setFilter(f);
        report(QStringLiteral("level filter -> %1 rows").arg(proxy.rowCount()));
        proxy.setFilter({});
        proxy.sort(RiskRegisterModel::InherentScore, Qt::DescendingOrder);
        report(QStringLiteral("sort by score"));
        proxy.sort(RiskRegisterModel::Reference, Qt::AscendingOrder);
        report(QStringLiteral("sort by reference"));
        HeatMapModel inherent(doc.get(), HeatMapModel::Rating::Inherent);
        report(QStringLiteral("inherent heat map"));
        const qint64 id = model.idAt(model.rowCount() / 2);
        const int likelihood = doc->risks().value(id, Risk::InherentLikelihood).toInt();
        if (!doc->setValue(Entity::Risk, id, Risk::InherentLikelihood, likelihood % 5 + 1))
            out << "the edit was not made" << Qt::endl;
        report(QStringLiteral("edit a likelihood (command, write, change log, models)"));
    }
    {
        const DocumentSummary summary = DocumentSummary::of(*doc);
        report(QStringLiteral("document summary (rampart-cli info, the Risks page's figures)"));
        HeatMapModel inherent(doc.get(), HeatMapModel::Rating::Inherent);
        HeatMapModel residual(doc.get(), HeatMapModel::Rating::Residual);
        report(QStringLiteral("both heat maps"));
    }
    {
        RisksPage page(doc.get());
        page.resize(1400, 900);
        page.show();
        app.processEvents();
        report(QStringLiteral("build and show the Risks page"));
        page.registerPanel()->view()->scrollToBottom();
        app.processEvents();
        report(QStringLiteral("scroll to the end of the fetched rows"));
        // The panel fills the register in the background while the user looks at it.
        QElapsedTimer fill;
        fill.start();
        while (!page.registerPanel()->registerModel()->isComplete() && fill.elapsed() < 60000)
            app.processEvents(QEventLoop::WaitForMoreEvents, 50);
        for (int i = 0; i < 100; ++i)
            app.processEvents(QEventLoop::AllEvents, 20);
        report(QStringLiteral("background fill of every row while the window stays responsive (waited)"));
        RiskFilterProxyModel *proxy = page.registerPanel()->proxy();
        for (const QString &text : {QStringLiteral("c"), QStringLiteral("cl"), QStringLiteral("clo"), QStringLiteral("cloud")}) {
            proxy->setText(text);
            report(QStringLiteral("keystroke in the Risks page after the fill: \"%1\" -> %2 rows").arg(text).arg(proxy->rowCount()));
        }
    }
    return 0;
}
