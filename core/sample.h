#pragma once

#include <QString>

namespace rampart {

// The bundled sample ISMS (a fictional 150-person SaaS company), kept as a JSON
// export in resources/sample so that it grows with every register the format gains.
QByteArray sampleJson();
// Creates path (which must not exist) and fills it with the sample.
bool createSample(const QString &path, QString *error);

} // namespace rampart
