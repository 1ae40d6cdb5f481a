#pragma once

#include "change.h"

#include <QDate>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <vector>

namespace rampart {

// How a register field is stored, edited, shown and exported. The value a store,
// a model's EditRole and a command carry for each type is given after the dash.
enum class FieldType {
    Reference,  // the row's human reference, "DOC-001" - QString; unique, assigned when empty
    Text,       // one line - QString
    LongText,   // paragraphs - QString
    Date,       // a calendar date - QString "YYYY-MM-DD", or null when not given
    Choice,     // one of FieldSpec::choices - QString key, or null when not decided
    Number,     // a decimal number - double, or null when not given
    Link,       // a row of another register - qint64 id, or null; exported as that row's reference
    Parent,     // the row this one belongs to - qint64 id; exported by nesting, never shown
    CodeSet,    // several catalog clauses, Annex A controls or register rows - QStringList of codes
    ClauseKey,  // the catalog clause a fixed row stands for - QString code; never edited
};

// What a CodeSet field points to.
enum class CodeTarget { None, Clauses, Controls, Register };

struct ChoiceSpec
{
    const char *key;    // stored and exported; never changes once released
    const char *label;  // QT_TRANSLATE_NOOP("Fields", ...)
};

struct FieldSpec
{
    const char *column;  // SQL column; also the field name in the change log
    const char *jsonKey;
    FieldType type = FieldType::Text;
    const char *label = nullptr;  // QT_TRANSLATE_NOOP("Fields", ...)
    const char *hint = nullptr;   // placeholder text in the form, QT_TRANSLATE_NOOP("Fields", ...)
    std::vector<ChoiceSpec> choices = {};
    CodeTarget codeTarget = CodeTarget::None;
    Entity target = Entity::Document;  // Link, Parent and CodeSet over a register: which one
    const char *linkTable = nullptr;   // CodeSet: the table of (row_id, target_id) pairs
    bool inTable = true;               // shown as a column of the register's table
    bool required = false;             // a row without it makes no sense (an import refuses it)
    bool defaultToday = false;         // Date: a new row starts with today's date
    const char *initial = nullptr;     // Choice: the key a new row starts with
};

// Whether a row needs someone's attention today ("review overdue"), and why.
// Returns an empty string when it does not.
using AttentionRule = QString (*)(const QVariantList &values, const QDate &today);

// One register of the ISMS described as data: the store, the model, the GUI page, the
// JSON section and the change-log labels are all made from this description.
struct RegisterSpec
{
    Entity entity;
    const char *table;
    const char *jsonKey;  // key of the list in the export (inside the parent's object for children)
    const char *label;    // one row, QT_TRANSLATE_NOOP("Fields", ...): "Document"
    const char *plural;   // the register, QT_TRANSLATE_NOOP("Fields", ...): "Documents"
    const char *clause;   // "7.5"
    const char *intro;    // what the clause asks for, in our words; QT_TRANSLATE_NOOP("Fields", ...)
    const char *referencePrefix = nullptr;  // "DOC-": the Reference field is numbered with it
    int referenceDigits = 2;
    int titleField = 0;  // the field that names a row (change-log summaries, pickers)
    std::vector<FieldSpec> fields = {};
    Entity parent = Entity::Document;  // for child registers: the owning register
    int parentField = -1;
    bool fixedRows = false;  // one row per catalog clause; rows are never added or deleted by hand
    AttentionRule attention = nullptr;

    int fieldCount() const { return int(fields.size()); }
    const FieldSpec &field(int index) const { return fields[size_t(index)]; }
    int fieldIndex(const char *column) const;
    int referenceField() const;  // -1 when the register has none
    bool hasParent() const { return parentField >= 0; }

    QString translatedLabel() const;
    QString translatedPlural() const;
    QString translatedIntro() const;
    static QString translatedFieldLabel(const FieldSpec &field);
    static QString translatedHint(const FieldSpec &field);
    // The translated label of a choice key; the key itself when unknown.
    static QString choiceLabel(const FieldSpec &field, const QString &key);
    static bool isChoice(const FieldSpec &field, const QString &key);
};

// The registers this version of Rampart keeps, parents before children and link
// targets before the registers that link to them (the order imports write them in).
const std::vector<const RegisterSpec *> &registerSpecs();
// Null for entities that are not registers (Document, Organisation, ScopeExclusion).
const RegisterSpec *registerSpec(Entity entity);

} // namespace rampart
