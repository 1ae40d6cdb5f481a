#pragma once

#include <QString>

namespace rampart {

// The bundled sample ISMS (a fictional 150-person SaaS company), kept as a JSON
// export in resources/sample so that it grows with every register the format gains.
QByteArray sampleJson();
// Creates path (which must not exist) and fills it with the sample.
bool createSample(const QString &path, QString *error);

// For benchmarks: the sample plus a generated register of the given size (texts of
// varied length, links to assets and controls, treatment actions, some acceptances),
// written in one transaction with prepared statements. The same arguments always give
// the same content.
bool createGeneratedSample(const QString &path, int risks, int assets, QString *error);
// For benchmarks: adds count internal audits to the file at path, each with a scope,
// its generated checklist, results (mostly conforming, some findings) and the
// nonconformities raised from the findings. The same arguments give the same content.
bool addGeneratedAudits(const QString &path, int count, QString *error);

} // namespace rampart
