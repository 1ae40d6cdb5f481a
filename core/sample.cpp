#include "sample.h"

#include "document.h"
#include "io/jsonio.h"

#include "audits.h"
#include "clock.h"
#include "domain/audit.h"
#include "stores/assetstore.h"
#include "stores/auditstore.h"
#include "stores/riskstore.h"

#include <QCoreApplication>
#include <QFile>
#include <QUuid>

#include <random>

namespace rampart {

QByteArray sampleJson()
{
    QFile file(QStringLiteral(":/rampart/sample/sample.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

bool createSample(const QString &path, QString *error)
{
    DocumentContent content;
    auto document = Document::create(path, QString(), error);
    if (!document)
        return false;
    if (!JsonIo::parse(sampleJson(), QStringLiteral("sample.json"), document->catalog(), &content, error)
        || !document->replaceContent(content, error)) {
        document.reset();
        QFile::remove(path);
        return false;
    }
    return true;
}

namespace {

// Words to build believable-looking texts of any length from.
const char *const Subjects[] = {"customer database", "dispatch API", "mobile app", "billing service", "laptop fleet",
                                "identity provider", "backup store", "build pipeline", "support mailbox",
                                "HR records", "office network", "cloud account", "SMS gateway", "data warehouse",
                                "payment integration", "scheduling engine", "log archive", "VPN concentrator"};
const char *const Threats[] = {"ransomware", "credential stuffing", "a disgruntled insider", "a misconfiguration",
                               "a supplier outage", "phishing", "a lost device", "a software defect",
                               "a denial-of-service attack", "a power failure", "an expired certificate",
                               "a regulator inquiry", "a leaked API key", "an unpatched library"};
const char *const Weaknesses[] = {"no multi-factor authentication", "shared administrator accounts",
                                  "backups not tested", "missing logging", "an outdated operating system",
                                  "weak supplier due diligence", "no data classification", "manual deployments",
                                  "a single region", "broad network access", "unreviewed access rights"};
const char *const Owners[] = {"Priya Raman", "Tomás Ferreira", "Hannah Cole", "Rui Almeida", "Sophie Turner",
                              "Daniel Okafor", "Inês Carvalho", "Mark Bennett"};
const char *const Categories[] = {"Cyber attack", "Human error", "Supplier", "Technical failure", "Legal and regulatory",
                                  "Physical", "Insider"};
const char *const Filler[] = {"which", "could", "expose", "customer", "data", "and", "interrupt", "service", "for",
                              "several", "hours", "while", "the", "team", "investigates", "the", "cause", "with",
                              "limited", "visibility", "into", "affected", "systems", "across", "both", "regions"};
const char *const ControlCodes[] = {"5.15", "5.17", "5.19", "5.23", "5.24", "5.30", "6.3", "7.4", "8.2", "8.5",
                                    "8.7", "8.8", "8.9", "8.12", "8.13", "8.15", "8.16", "8.20", "8.24", "8.25",
                                    "8.28", "8.32", "5.7", "5.9", "5.10", "5.12", "5.14", "5.18", "5.29", "6.7"};

template<size_t N>
QString pick(const char *const (&words)[N], std::mt19937 &random)
{
    return QString::fromUtf8(words[random() % N]);
}

QString sentence(std::mt19937 &random, int minLength, int maxLength)
{
    const int length = minLength + int(random() % unsigned(maxLength - minLength + 1));
    QString text = QStringLiteral("If %1 hits the %2 through %3, ")
                       .arg(pick(Threats, random), pick(Subjects, random), pick(Weaknesses, random));
    while (text.size() < length)
        text += pick(Filler, random) + QLatin1Char(' ');
    // Cut at the last whole word within the length: printed reports show these texts.
    text = text.left(length);
    const qsizetype space = text.lastIndexOf(QLatin1Char(' '));
    if (space > 0 && text.size() == length)
        text.truncate(space);
    text = text.trimmed();
    if (text.endsWith(QLatin1Char(',')))
        text.chop(1);
    return text + QLatin1Char('.');
}

} // namespace

bool createGeneratedSample(const QString &path, int riskCount, int assetCount, QString *error)
{
    if (!createSample(path, error))
        return false;
    auto document = Document::open(path, Database::Access::ReadWrite, error);
    if (!document)
        return false;
    std::mt19937 random(20261128);
    const RiskMethod &method = document->riskMethod();
    const int likelihoods = method.likelihoodCount();
    const int impacts = method.impactCount();
    const QDate base(2026, 1, 1);
    const QString assetStart = document->assets().nextReference();
    const QString riskStart = document->risks().nextReference();
    const int firstAsset = QStringView(assetStart).mid(2).toInt();
    const int firstRisk = QStringView(riskStart).mid(2).toInt();
    static const QStringList types = RiskVocabulary::assetTypeKeys();
    static const QStringList treatments = RiskVocabulary::treatmentKeys();
    static const QStringList statuses = RiskVocabulary::statusKeys();
    static const QStringList actionStatuses = RiskVocabulary::actionStatusKeys();

    RiskRegisterBatch batch;
    batch.assets.reserve(size_t(assetCount));
    for (int i = 0; i < assetCount; ++i) {
        Asset a;
        a.reference = QStringLiteral("A-%1").arg(firstAsset + i, 3, 10, QLatin1Char('0'));
        a.name = QStringLiteral("%1 %2").arg(pick(Subjects, random)).arg(i + 1);
        a.type = types.at(int(random() % unsigned(types.size())));
        a.owner = pick(Owners, random);
        a.location = i % 3 == 0 ? QStringLiteral("Bristol") : i % 3 == 1 ? QStringLiteral("Lisbon") : QStringLiteral("EU cloud");
        a.confidentiality = 1 + int(random() % unsigned(impacts));
        a.integrity = 1 + int(random() % unsigned(impacts));
        a.availability = 1 + int(random() % unsigned(impacts));
        a.description = sentence(random, 30, 200);
        batch.assets.push_back(std::move(a));
    }
    batch.risks.reserve(size_t(riskCount));
    for (int i = 0; i < riskCount; ++i) {
        Risk r;
        r.id = i + 1;
        r.reference = QStringLiteral("R-%1").arg(firstRisk + i, 3, 10, QLatin1Char('0'));
        r.title = QStringLiteral("%1 affects the %2").arg(pick(Threats, random), pick(Subjects, random));
        r.title[0] = r.title.at(0).toUpper();
        r.description = sentence(random, 40, 700);
        r.threat = pick(Threats, random);
        r.vulnerability = pick(Weaknesses, random);
        r.category = pick(Categories, random);
        r.properties = QStringList{QStringLiteral("C"), QStringLiteral("CI"), QStringLiteral("CIA"), QStringLiteral("A"),
                                   QStringLiteral("IA")}
                           .at(int(random() % 5));
        r.owner = pick(Owners, random);
        r.existingControls = random() % 3 == 0 ? QString() : sentence(random, 20, 300);
        r.inherentLikelihood = 1 + int(random() % unsigned(likelihoods));
        r.inherentImpact = 1 + int(random() % unsigned(impacts));
        r.treatment = treatments.at(int(random() % unsigned(treatments.size())));
        r.residualLikelihood = std::max(1, r.inherentLikelihood - int(random() % 3));
        r.residualImpact = std::max(1, r.inherentImpact - int(random() % 2));
        r.status = statuses.at(int(random() % unsigned(statuses.size())));
        r.identifiedOn = base.addDays(int(random() % 300)).toString(Qt::ISODate);
        r.lastReview = base.addDays(300 + int(random() % 30)).toString(Qt::ISODate);
        r.nextReview = base.addDays(600 + int(random() % 90)).toString(Qt::ISODate);
        r.notes = random() % 4 == 0 ? sentence(random, 20, 400) : QString();
        if (assetCount > 0) {
            const int links = 1 + int(random() % 3);
            for (int k = 0; k < links; ++k) {
                const QString asset = batch.assets[random() % unsigned(assetCount)].reference;
                if (!r.assets.contains(asset))
                    r.assets << asset;
            }
        }
        const int controls = int(random() % 4);
        for (int k = 0; k < controls; ++k) {
            const QString code = pick(ControlCodes, random);
            if (!r.plannedControls.contains(code))
                r.plannedControls << code;
        }
        const int actions = int(random() % 3);
        for (int k = 0; k < actions; ++k) {
            RiskAction a;
            a.riskId = r.id;
            a.title = sentence(random, 20, 120);
            a.owner = pick(Owners, random);
            a.dueOn = base.addDays(200 + int(random() % 400)).toString(Qt::ISODate);
            a.status = actionStatuses.at(int(random() % unsigned(actionStatuses.size())));
            a.effort = QStringLiteral("%1 days").arg(1 + random() % 20);
            if (a.status == QLatin1String("done"))
                a.completedOn = base.addDays(250 + int(random() % 60)).toString(Qt::ISODate);
            batch.actions.push_back(std::move(a));
        }
        if (r.treatment == QLatin1String("retain") && random() % 2 == 0) {
            RiskAcceptance a;
            a.riskId = r.id;
            a.acceptedBy = r.owner;
            a.acceptedOn = base.addDays(int(random() % 300)).toString(Qt::ISODate);
            a.justification = sentence(random, 30, 200);
            const RiskRating rating = method.rate(r.residualLikelihood, r.residualImpact);
            a.likelihood = rating.likelihood;
            a.impact = rating.impact;
            a.score = rating.score;
            a.level = method.levelName(rating.level);
            a.treatment = r.treatment;
            batch.acceptances.push_back(std::move(a));
        }
        batch.risks.push_back(std::move(r));
    }
    if (!document->writeGenerated(batch, error)) {
        document.reset();
        QFile::remove(path);
        return false;
    }
    return true;
}

bool addGeneratedAudits(const QString &path, int count, QString *error)
{
    auto document = Document::open(path, Database::Access::ReadWrite, error);
    if (!document)
        return false;
    std::mt19937 random(20261129);
    const std::vector<Record> programmes = document->auditProgrammes().all();
    const qint64 programme = programmes.empty() ? 0 : programmes.front().id;
    static const char *const Scopes[] = {"4.1, 4.2, 5.2, 6.1", "6.1.2, 6.1.3, 8.2, 8.3", "7.2, 7.3, 7.5, A.6.3",
                                         "9.1, 9.2, 9.3, 10.2", "A.5.15, A.5.17, A.5.18, A.8.2, A.8.5",
                                         "A.5.19, A.5.20, A.5.21, A.5.22, A.5.23", "A.8.8, A.8.9, A.8.13, A.8.15, A.8.16",
                                         "A.5.24, A.5.25, A.5.26, A.5.29, A.5.30", "A.7.1, A.7.2, A.7.4, A.8.1"};
    const QDate base(2024, 1, 8);
    const QDate today = QDate::currentDate();
    for (int i = 0; i < count; ++i) {
        const QDate start = base.addDays(i * 21);
        QVariantList audit(Audit::FieldCount);
        audit[Audit::Programme] = programme;
        audit[Audit::Reference] = QStringLiteral("IA-G-%1").arg(i + 1, 3, 10, QLatin1Char('0'));
        audit[Audit::Title] = QStringLiteral("Generated internal audit %1: %2").arg(i + 1).arg(pick(Subjects, random));
        audit[Audit::Type] = QStringLiteral("internal");
        audit[Audit::Status] = start < today.addDays(-30) ? QStringLiteral("reported") : QStringLiteral("planned");
        audit[Audit::StartDate] = start.toString(Qt::ISODate);
        audit[Audit::EndDate] = start.addDays(1).toString(Qt::ISODate);
        audit[Audit::Scope] = QString::fromUtf8(Scopes[random() % std::size(Scopes)]);
        audit[Audit::Criteria] = QStringLiteral("ISO/IEC 27001:2022; the ISMS policy");
        audit[Audit::Objectives] = sentence(random, 40, 160);
        audit[Audit::LeadAuditor] = pick(Owners, random);
        audit[Audit::Auditors] = pick(Owners, random);
        audit[Audit::Auditees] = pick(Owners, random);
        audit[Audit::Conclusion] = QString();
        const qint64 id = document->addRow(Entity::Audit, audit, QStringLiteral("Generate an audit"));
        if (id == 0) {
            if (error)
                *error = QStringLiteral("cannot add generated audit %1").arg(i + 1);
            return false;
        }
        int added = 0;
        if (!Audits::generateChecklist(*document, id, &added, error))
            return false;
        if (audit[Audit::Status].toString() != QLatin1String("reported"))
            continue;
        // Results: mostly conforming, some observations and findings.
        std::vector<FieldWrite> writes;
        for (const Record &item : document->checklistItems().linkedTo(ChecklistItem::AuditLink, id)) {
            const unsigned roll = random() % 100;
            const QString result = roll < 75 ? QStringLiteral("conforming")
                : roll < 85                  ? QStringLiteral("observation")
                : roll < 90                  ? QStringLiteral("ofi")
                : roll < 97                  ? QStringLiteral("minor")
                                             : QStringLiteral("major");
            writes.push_back({Entity::ChecklistItem, item.id, ChecklistItem::Result, result});
            writes.push_back({Entity::ChecklistItem, item.id, ChecklistItem::Evidence, sentence(random, 30, 200)});
        }
        if (!writes.empty() && !document->setValues(writes, QStringLiteral("Record generated results")))
            return false;
        QString none;  // an audit without findings has nothing to raise
        Audits::raiseNonconformities(*document, id, today, &none);
    }
    return true;
}

} // namespace rampart
