#include "fields.h"

#include "organisation.h"

#include <QCoreApplication>

namespace rampart {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("rampart::Fields", text);
}

} // namespace

QString entityLabel(Entity entity)
{
    switch (entity) {
    case Entity::Document:
        return tr("Document");
    case Entity::Organisation:
        return tr("Organisation");
    case Entity::ScopeExclusion:
        return tr("Scope exclusion");
    }
    return {};
}

QString fieldLabel(Entity entity, int field)
{
    switch (entity) {
    case Entity::Organisation:
        switch (Organisation::Field(field)) {
        case Organisation::Name:
            return tr("Organisation name");
        case Organisation::LegalName:
            return tr("Legal name");
        case Organisation::Sector:
            return tr("Sector");
        case Organisation::Headcount:
            return tr("Headcount");
        case Organisation::Locations:
            return tr("Locations");
        case Organisation::IsmsManager:
            return tr("ISMS manager");
        case Organisation::Description:
            return tr("What the organisation does");
        case Organisation::ScopeStatement:
            return tr("Scope statement");
        case Organisation::ScopeBoundaries:
            return tr("Boundaries");
        case Organisation::ScopeInterfaces:
            return tr("Interfaces and dependencies");
        case Organisation::FieldCount:
            break;
        }
        break;
    case Entity::ScopeExclusion:
        switch (ScopeExclusion::Field(field)) {
        case ScopeExclusion::Exclusion:
            return tr("Excluded from scope");
        case ScopeExclusion::Justification:
            return tr("Justification");
        case ScopeExclusion::FieldCount:
            break;
        }
        break;
    case Entity::Document:
        break;
    }
    return {};
}

} // namespace rampart
