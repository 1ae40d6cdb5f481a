#include "registerspec.h"

#include <QCoreApplication>

#include <cstring>

namespace rampart {

namespace {

// The context every register label is translated in (the same as fields.cpp).
QString translated(const char *text)
{
    return text ? QCoreApplication::translate("Fields", text) : QString();
}

} // namespace

int RegisterSpec::fieldIndex(const char *column) const
{
    for (int i = 0; i < fieldCount(); ++i) {
        if (std::strcmp(fields[size_t(i)].column, column) == 0)
            return i;
    }
    return -1;
}

int RegisterSpec::referenceField() const
{
    for (int i = 0; i < fieldCount(); ++i) {
        if (fields[size_t(i)].type == FieldType::Reference)
            return i;
    }
    return -1;
}

QString RegisterSpec::translatedLabel() const
{
    return translated(label);
}

QString RegisterSpec::translatedPlural() const
{
    return translated(plural);
}

QString RegisterSpec::translatedIntro() const
{
    return translated(intro);
}

QString RegisterSpec::translatedFieldLabel(const FieldSpec &field)
{
    return translated(field.label);
}

QString RegisterSpec::translatedHint(const FieldSpec &field)
{
    return translated(field.hint);
}

QString RegisterSpec::choiceLabel(const FieldSpec &field, const QString &key)
{
    for (const ChoiceSpec &choice : field.choices) {
        if (key == QLatin1String(choice.key))
            return translated(choice.label);
    }
    return key;
}

bool RegisterSpec::isChoice(const FieldSpec &field, const QString &key)
{
    for (const ChoiceSpec &choice : field.choices) {
        if (key == QLatin1String(choice.key))
            return true;
    }
    return false;
}

} // namespace rampart
