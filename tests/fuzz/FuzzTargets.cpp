#include "tests/fuzz/FuzzTargets.h"

#include <cstdio>
#include <cstdlib>

namespace CaseDesk::Fuzz
{

void require(bool condition, const char* what)
{
    if (condition)
        return;
    std::fprintf(stderr, "fuzz invariant broken: %s\n", what);
    std::abort();
}

} // namespace CaseDesk::Fuzz
