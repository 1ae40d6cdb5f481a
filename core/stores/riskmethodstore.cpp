#include "riskmethodstore.h"

#include "sql.h"
#include "storage/database.h"
#include "storage/uid.h"


namespace rampart {

RiskMethodStore::RiskMethodStore(Database &db)
    : m_db(db)
{
    reload();
}

const RiskMethod &RiskMethodStore::method() const
{
    return m_method;
}

void RiskMethodStore::reload()
{
    m_method = read();
}

RiskMethod RiskMethodStore::read() const
{
    RiskMethod m;
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (!sql::exec(query, QStringLiteral("SELECT axis, value, label, description FROM risk_scale_level"
                                         " ORDER BY axis, value"),
                   {}, nullptr))
        return RiskMethod::standard();
    while (query.next()) {
        const bool isLikelihood = query.value(0).toString() == QLatin1String("likelihood");
        ScaleLevel level{query.value(1).toInt(), query.value(2).toString(), query.value(3).toString()};
        (isLikelihood ? m.likelihood : m.impact).push_back(level);
    }
    QHash<qint64, int> levelIndex;
    qint64 thresholdId = 0;
    if (!sql::exec(query, QStringLiteral("SELECT id, uid, name, colour FROM risk_level ORDER BY rank"), {}, nullptr))
        return RiskMethod::standard();
    while (query.next()) {
        levelIndex.insert(query.value(0).toLongLong(), int(m.levels.size()));
        m.levels.push_back({query.value(1).toString(), query.value(2).toString(),
                            QColor::fromString(query.value(3).toString())});
    }
    m.matrix.assign(size_t(m.maxScore()), 0);
    if (!sql::exec(query, QStringLiteral("SELECT likelihood, impact, level_id FROM risk_matrix_cell"), {}, nullptr))
        return RiskMethod::standard();
    while (query.next())
        m.setLevelAt(query.value(0).toInt(), query.value(1).toInt(), levelIndex.value(query.value(2).toLongLong(), 0));
    if (!sql::exec(query,
                   QStringLiteral("SELECT acceptance_level_id, acceptance_criteria, review_interval_months"
                                  " FROM risk_method WHERE id = 1"),
                   {}, nullptr)
        || !query.next())
        return RiskMethod::standard();
    thresholdId = query.value(0).toLongLong();
    m.acceptanceLevel = levelIndex.value(thresholdId, 0);
    m.acceptanceCriteria = query.value(1).toString();
    m.reviewIntervalMonths = query.value(2).toInt();
    if (!m.problem().isEmpty())
        return RiskMethod::standard();
    return m;
}

bool RiskMethodStore::write(const RiskMethod &method, QString *error)
{
    const QString problem = method.problem();
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return false;
    }
    QSqlQuery query(m_db.connection());
    // Cells first: they hold on to the levels (ON DELETE RESTRICT). Deleting the
    // levels sets the method's threshold to NULL until it is written again below.
    if (!sql::exec(query, QStringLiteral("DELETE FROM risk_matrix_cell"), {}, error)
        || !sql::exec(query, QStringLiteral("DELETE FROM risk_level"), {}, error)
        || !sql::exec(query, QStringLiteral("DELETE FROM risk_scale_level"), {}, error))
        return false;
    std::vector<qint64> levelIds;
    if (!query.prepare(QStringLiteral("INSERT INTO risk_level (uid, name, colour, rank) VALUES (?, ?, ?, ?)"))) {
        if (error)
            *error = query.lastError().text();
        return false;
    }
    for (size_t i = 0; i < method.levels.size(); ++i) {
        const RiskLevel &level = method.levels[i];
        query.addBindValue(level.uid.isEmpty() ? newUid() : level.uid);
        query.addBindValue(level.name.trimmed());
        query.addBindValue(level.colour.name(QColor::HexRgb));
        query.addBindValue(int(i));
        if (!query.exec()) {
            if (error)
                *error = query.lastError().text();
            return false;
        }
        levelIds.push_back(query.lastInsertId().toLongLong());
    }
    if (!query.prepare(QStringLiteral("INSERT INTO risk_scale_level (axis, value, label, description)"
                                      " VALUES (?, ?, ?, ?)"))) {
        if (error)
            *error = query.lastError().text();
        return false;
    }
    for (RiskMethod::Axis axis : {RiskMethod::Axis::Likelihood, RiskMethod::Axis::Impact}) {
        for (const ScaleLevel &level : method.scale(axis)) {
            query.addBindValue(RiskMethod::axisKey(axis));
            query.addBindValue(level.value);
            query.addBindValue(level.label.trimmed());
            query.addBindValue(sql::text(level.description));
            if (!query.exec()) {
                if (error)
                    *error = query.lastError().text();
                return false;
            }
        }
    }
    if (!query.prepare(QStringLiteral("INSERT INTO risk_matrix_cell (likelihood, impact, level_id) VALUES (?, ?, ?)"))) {
        if (error)
            *error = query.lastError().text();
        return false;
    }
    for (int l = 1; l <= method.likelihoodCount(); ++l) {
        for (int i = 1; i <= method.impactCount(); ++i) {
            query.addBindValue(l);
            query.addBindValue(i);
            query.addBindValue(levelIds[size_t(method.levelAt(l, i))]);
            if (!query.exec()) {
                if (error)
                    *error = query.lastError().text();
                return false;
            }
        }
    }
    if (!sql::exec(query,
                   QStringLiteral("UPDATE risk_method SET acceptance_level_id = ?, acceptance_criteria = ?,"
                                  " review_interval_months = ? WHERE id = 1"),
                   {levelIds[size_t(method.acceptanceLevel)], sql::text(method.acceptanceCriteria),
                    method.reviewIntervalMonths},
                   error))
        return false;
    // Read back what was written, so the cache is the file's view (trimmed names).
    reload();
    return true;
}

} // namespace rampart
