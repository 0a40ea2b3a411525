#pragma once

#include <QByteArray>

namespace CaseDesk::Fuzz
{

// Loads an API document as CodeCatalogue::importDocument() does (JSON or YAML) and, when it is accepted, does
// what the app does next: compares it with the bundled one, keeps it as JSON and loads that copy again (as at
// the next start), builds each details form and validates a request against the document's schemas.
void loadApiDocument(const QByteArray& bytes, bool yaml);

} // namespace CaseDesk::Fuzz
