using Zorginkoop.Formatting;
using Zorginkoop.Meldingen;

namespace Zorginkoop.Accounts;

/// <summary>
/// The e-mails about one's own account: an invitation, changed roles, deactivation, a password reset. The person always
/// hears of a change to her access (issue 15), through the outbox like every other message.
/// </summary>
public static class AccountBerichten
{
    public static Bericht Uitnodiging(Uitnodiging u, string regio, string link, DateTimeOffset nu) => new()
    {
        Sleutel = $"uitnodiging:{u.Geheimhash[..24]}",
        Aan = u.Email,
        Onderwerp = $"Uitnodiging voor Zorginkoop ({regio})",
        Tekst = $"{u.UitgenodigdDoor} nodigt u uit om in Zorginkoop te werken voor {regio}, als {Rolnamen(u.RollenLijst)}.\n\n" +
                $"Open deze link om uw account te maken, of om de rollen toe te voegen aan het account dat u al heeft:\n{link}\n\n" +
                $"De link werkt één keer en is geldig tot {NlFormat.DatumTijd(u.VerlooptOp)}. Verwachtte u deze uitnodiging niet, " +
                "dan kunt u dit bericht negeren: zonder de link gebeurt er niets.",
        AangemaaktOp = nu,
    };

    public static Bericht RollenGewijzigd(Gebruiker g, string regio, IReadOnlyCollection<string> rollen, string door, DateTimeOffset nu) => new()
    {
        Sleutel = $"rollen:{g.Id}:{regio}:{Guid.NewGuid():N}",
        Aan = g.Email!,
        Onderwerp = $"Uw rollen in Zorginkoop voor {regio} zijn gewijzigd",
        Tekst = (rollen.Count == 0
                    ? $"{door} heeft uw rollen voor {regio} weggehaald: u werkt in Zorginkoop niet meer voor deze regio."
                    : $"{door} heeft uw rollen voor {regio} gewijzigd. U bent nu {Rolnamen(rollen)}.")
                + "\n\nDe wijziging geldt binnen een minuut, ook als u al bent ingelogd. Klopt dit niet, neem dan contact op met de beheerder van uw regio.",
        AangemaaktOp = nu,
    };

    public static Bericht Gedeactiveerd(Gebruiker g, string door, DateTimeOffset nu) => new()
    {
        Sleutel = $"gedeactiveerd:{g.Id}:{Guid.NewGuid():N}",
        Aan = g.Email!,
        Onderwerp = "Uw account in Zorginkoop is gedeactiveerd",
        Tekst = $"{door} heeft uw account in Zorginkoop ({g.Email}) gedeactiveerd: u kunt niet meer inloggen. Wat u in Zorginkoop deed, " +
                "blijft op uw naam staan. Klopt dit niet, neem dan contact op met de beheerder van uw regio.",
        AangemaaktOp = nu,
    };

    public static Bericht Geheractiveerd(Gebruiker g, string door, DateTimeOffset nu) => new()
    {
        Sleutel = $"geheractiveerd:{g.Id}:{Guid.NewGuid():N}",
        Aan = g.Email!,
        Onderwerp = "Uw account in Zorginkoop is weer actief",
        Tekst = $"{door} heeft uw account in Zorginkoop ({g.Email}) weer geactiveerd: u kunt inloggen met uw rollen van voorheen.",
        AangemaaktOp = nu,
    };

    public static Bericht WachtwoordHerstellen(Gebruiker g, string link, DateTimeOffset geldigTot, DateTimeOffset nu) => new()
    {
        Sleutel = $"{WachtwoordHerstelSleutel(g)}{Guid.NewGuid():N}",
        Aan = g.Email!,
        Onderwerp = "Nieuw wachtwoord kiezen voor Zorginkoop",
        Tekst = $"Er is gevraagd om een nieuw wachtwoord voor uw account in Zorginkoop ({g.Email}). Kies het met deze link:\n{link}\n\n" +
                $"De link werkt één keer en is geldig tot {NlFormat.DatumTijd(geldigTot)}. Vroeg u dit niet, dan kunt u dit bericht negeren: uw wachtwoord blijft wat het was.",
        AangemaaktOp = nu,
    };

    /// <summary>The start of the key of every password link to this account (WachtwoordHerstelVersturen counts them).</summary>
    public static string WachtwoordHerstelSleutel(Gebruiker g) => $"wachtwoordherstel:{g.Id}:";

    /// <summary>"inkoper", "inkoper en analist", "inkoper, analist en beheerder".</summary>
    public static string Rolnamen(IReadOnlyCollection<string> rollen) => rollen.Count switch
    {
        0 => "geen rol",
        1 => rollen.First(),
        _ => $"{string.Join(", ", rollen.SkipLast(1))} en {rollen.Last()}",
    };
}
