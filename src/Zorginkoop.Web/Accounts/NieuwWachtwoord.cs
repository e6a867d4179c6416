using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Zorginkoop.Web.Accounts;

/// <summary>
/// The two fields of every form that sets a password (changing it, a reset link, an invitation): filled in, and typed
/// the same twice. Identity's own rules (length, classes) come after, from the store.
/// </summary>
public static class NieuwWachtwoord
{
    public static void Controleer(ModelStateDictionary modelState, string? nieuw, string? herhaling, string veldNieuw, string veldHerhaling,
        string leeg = "Vul een nieuw wachtwoord in.", string anders = "De herhaling is niet gelijk aan het nieuwe wachtwoord.")
    {
        if (string.IsNullOrEmpty(nieuw))
        {
            modelState.AddModelError(veldNieuw, leeg);
        }
        else if (nieuw != herhaling)
        {
            modelState.AddModelError(veldHerhaling, anders);
        }
    }
}
