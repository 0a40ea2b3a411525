#include "models/environment/Environment.h"

namespace CaseDesk
{

bool Environment::isProduction() const
{
    // A custom entry cannot point at production (the registry refuses the built-in addresses), but a hand-edited
    // settings file could: the host decides, not only the kind.
    return kind == Kind::ProviderProduction
           || baseUrl.host().compare(QLatin1String("api.equinix.com"), Qt::CaseInsensitive) == 0;
}

} // namespace CaseDesk
