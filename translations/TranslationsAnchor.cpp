// A static library needs one object file; the catalogues themselves are linked in as a resource.
namespace CaseDeskTranslations
{
[[maybe_unused]] constexpr int anchor = 0;
}
