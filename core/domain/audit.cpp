#include "audit.h"

namespace rampart {

const QStringList &Choices::keys(ChoiceSet set)
{
    static const QStringList auditTypes = {QStringLiteral("internal"), QStringLiteral("supplier"),
                                           QStringLiteral("stage1"),   QStringLiteral("stage2"),
                                           QStringLiteral("surveillance"), QStringLiteral("recertification")};
    static const QStringList auditStatuses = {QStringLiteral("planned"), QStringLiteral("preparation"),
                                              QStringLiteral("in_progress"), QStringLiteral("reported"),
                                              QStringLiteral("closed")};
    static const QStringList results = {QStringLiteral("not_assessed"), QStringLiteral("conforming"),
                                        QStringLiteral("major"),        QStringLiteral("minor"),
                                        QStringLiteral("observation"),  QStringLiteral("ofi")};
    static const QStringList sources = {QStringLiteral("internal_audit"), QStringLiteral("external_audit"),
                                        QStringLiteral("incident"),       QStringLiteral("complaint"),
                                        QStringLiteral("management_review"), QStringLiteral("other")};
    static const QStringList grades = {QStringLiteral("minor"), QStringLiteral("major")};
    static const QStringList verification = {QStringLiteral("not_verified"), QStringLiteral("effective"),
                                             QStringLiteral("not_effective")};
    static const QStringList actionStatuses = {QStringLiteral("planned"), QStringLiteral("in_progress"),
                                               QStringLiteral("done")};
    switch (set) {
    case ChoiceSet::AuditType:
        return auditTypes;
    case ChoiceSet::AuditStatus:
        return auditStatuses;
    case ChoiceSet::Result:
        return results;
    case ChoiceSet::NcSource:
        return sources;
    case ChoiceSet::Grade:
        return grades;
    case ChoiceSet::Verification:
        return verification;
    case ChoiceSet::ActionStatus:
        return actionStatuses;
    }
    return results;
}

QString Choices::name(ChoiceSet set, const QString &key)
{
    switch (set) {
    case ChoiceSet::AuditType:
        if (key == QLatin1String("internal"))
            return tr("Internal audit");
        if (key == QLatin1String("supplier"))
            return tr("Supplier audit");
        if (key == QLatin1String("stage1"))
            return tr("Certification stage 1");
        if (key == QLatin1String("stage2"))
            return tr("Certification stage 2");
        if (key == QLatin1String("surveillance"))
            return tr("Surveillance audit");
        if (key == QLatin1String("recertification"))
            return tr("Recertification audit");
        break;
    case ChoiceSet::AuditStatus:
        if (key == QLatin1String("planned"))
            return tr("Planned");
        if (key == QLatin1String("preparation"))
            return tr("In preparation");
        if (key == QLatin1String("in_progress"))
            return tr("In progress");
        if (key == QLatin1String("reported"))
            return tr("Reported");
        if (key == QLatin1String("closed"))
            return tr("Closed");
        break;
    case ChoiceSet::Result:
        if (key == QLatin1String("not_assessed"))
            return tr("Not yet assessed");
        if (key == QLatin1String("conforming"))
            return tr("Conforming");
        if (key == QLatin1String("major"))
            return tr("Major nonconformity");
        if (key == QLatin1String("minor"))
            return tr("Minor nonconformity");
        if (key == QLatin1String("observation"))
            return tr("Observation");
        if (key == QLatin1String("ofi"))
            return tr("Opportunity for improvement");
        break;
    case ChoiceSet::NcSource:
        if (key == QLatin1String("internal_audit"))
            return tr("Internal audit");
        if (key == QLatin1String("external_audit"))
            return tr("External audit");
        if (key == QLatin1String("incident"))
            return tr("Incident");
        if (key == QLatin1String("complaint"))
            return tr("Complaint");
        if (key == QLatin1String("management_review"))
            return tr("Management review");
        if (key == QLatin1String("other"))
            return tr("Other");
        break;
    case ChoiceSet::Grade:
        if (key == QLatin1String("major"))
            return tr("Major");
        if (key == QLatin1String("minor"))
            return tr("Minor");
        break;
    case ChoiceSet::Verification:
        if (key == QLatin1String("not_verified"))
            return tr("Not verified yet");
        if (key == QLatin1String("effective"))
            return tr("Effective");
        if (key == QLatin1String("not_effective"))
            return tr("Not effective");
        break;
    case ChoiceSet::ActionStatus:
        if (key == QLatin1String("planned"))
            return tr("Planned");
        if (key == QLatin1String("in_progress"))
            return tr("In progress");
        if (key == QLatin1String("done"))
            return tr("Done");
        break;
    }
    return key;
}

QString Choices::keyFor(ChoiceSet set, const QString &keyOrName)
{
    const QString wanted = keyOrName.simplified();
    for (const QString &key : keys(set)) {
        if (wanted.compare(key, Qt::CaseInsensitive) == 0 || wanted.compare(name(set, key), Qt::CaseInsensitive) == 0)
            return key;
    }
    // An empty result cell is an item nobody has assessed yet.
    if (set == ChoiceSet::Result && wanted.isEmpty())
        return QStringLiteral("not_assessed");
    return {};
}

QString Choices::namesList(ChoiceSet set)
{
    QStringList names;
    for (const QString &key : keys(set))
        names << name(set, key);
    return names.join(QStringLiteral(", "));
}

} // namespace rampart
