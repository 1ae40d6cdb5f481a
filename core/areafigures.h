#pragma once

#include <QDate>
#include <QString>

namespace rampart {

class Document;

// Figures that belong to registers built on other branches: the risk register and
// treatment plan, the Statement of Applicability, the internal audit programme and
// nonconformities. The Overview, `rampart-cli info`, the requirements checklist, the
// documented-information list and the management review inputs all ask here, so when
// one of those registers lands only the matching function below changes. Until then
// each says available = false and every screen says so plainly.

struct RiskFigures
{
    bool available = false;
    int risks = 0;
    int aboveThreshold = 0;
    int overdueTreatmentActions = 0;
    bool assessmentRecorded = false;  // 8.2: results of the risk assessment retained
    bool treatmentRecorded = false;   // 8.3 / 6.1.3 e): a treatment plan with its status
    QString summary;                  // one paragraph for management review input f)
};

struct SoaFigures
{
    bool available = false;
    int controls = 0;  // Annex A and own
    int decided = 0;
    int applicable = 0;
    int implemented = 0;
    int findings = 0;      // completeness findings
    int latestVersion = 0;  // 0: never approved
};

struct AuditFigures
{
    bool available = false;
    QDate nextAudit;
    int auditsInLastYear = 0;
    QString summary;  // trend in audit results, for management review input d) 3)
};

struct NonconformityFigures
{
    bool available = false;
    int open = 0;
    int raisedInLastYear = 0;
    QString summary;  // trend in nonconformities and corrective actions, for input d) 1)
};

class AreaFigures
{
public:
    static RiskFigures risks(Document &document, const QDate &today);
    // today: the day the figures are for (a control's review falls due by it).
    static SoaFigures soa(Document &document, const QDate &today);
    static AuditFigures audits(Document &document, const QDate &today);
    static NonconformityFigures nonconformities(Document &document, const QDate &today);
};

} // namespace rampart
