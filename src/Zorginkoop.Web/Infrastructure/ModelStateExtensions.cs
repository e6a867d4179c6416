using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Zorginkoop.Web.Infrastructure;

public static class ModelStateExtensions
{
    /// <summary>Puts rule messages next to their fields (<c>prefix.Veld</c>); a message without a field goes to the summary.</summary>
    public static void VoegToe(this ModelStateDictionary modelState, IEnumerable<Weigering> meldingen, string prefix)
    {
        foreach (var m in meldingen)
        {
            modelState.AddModelError(string.IsNullOrEmpty(m.Veld) ? "" : $"{prefix}.{m.Veld}", m.Tekst);
        }
    }
}
