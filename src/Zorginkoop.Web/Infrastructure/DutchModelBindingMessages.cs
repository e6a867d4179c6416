using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace Zorginkoop.Web.Infrastructure;

/// <summary>Model binding messages in Dutch: a user who types "31-02" in a date field gets a Dutch explanation.</summary>
public static class DutchModelBindingMessages
{
    public static void Zet(DefaultModelBindingMessageProvider p)
    {
        p.SetAttemptedValueIsInvalidAccessor((waarde, _) => $"'{waarde}' is geen geldige waarde.");
        p.SetValueIsInvalidAccessor(waarde => $"'{waarde}' is geen geldige waarde.");
        p.SetValueMustBeANumberAccessor(_ => "Vul een getal in.");
        p.SetUnknownValueIsInvalidAccessor(_ => "Deze waarde is niet geldig.");
        p.SetNonPropertyAttemptedValueIsInvalidAccessor(waarde => $"'{waarde}' is geen geldige waarde.");
        p.SetNonPropertyUnknownValueIsInvalidAccessor(() => "Deze waarde is niet geldig.");
        p.SetNonPropertyValueMustBeANumberAccessor(() => "Vul een getal in.");
        p.SetMissingBindRequiredValueAccessor(_ => "Dit veld is verplicht.");
        p.SetMissingKeyOrValueAccessor(() => "Dit veld is verplicht.");
        p.SetMissingRequestBodyRequiredValueAccessor(() => "Het verzoek is leeg.");
        p.SetValueMustNotBeNullAccessor(_ => "Dit veld is verplicht.");
    }
}
