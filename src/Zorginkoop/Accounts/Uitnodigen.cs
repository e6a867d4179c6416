using System.Buffers.Text;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Zorginkoop.Data;
using Zorginkoop.Formatting;

namespace Zorginkoop.Accounts;

/// <summary>
/// A beheerder invites someone to work in her region with these roles (issue 15): the invitation and its e-mail are
/// stored together, the e-mail holds the only copy of the link's secret.
/// </summary>
public static class Uitnodigen
{
    public sealed record Gegevens(int RegioId, string? Email, string? Naam, IReadOnlyList<string> Rollen);

    /// <param name="toegestaan">The roles this beheerder may give here (a systeembeheerder gives only the first beheerder).</param>
    /// <param name="door">The inviter's name, as the e-mail and the audit show it.</param>
    /// <param name="linkVoor">Makes the link from the secret (the web app knows its own address).</param>
    public static async Task<Resultaat<Uitnodiging>> HandleAsync(ZorginkoopDbContext db, Gegevens g, IReadOnlyCollection<string> toegestaan, string door,
        Func<string, string> linkVoor, DateTimeOffset nu, CancellationToken ct = default)
    {
        var email = g.Email?.Trim() ?? "";
        var weigeringen = new List<Weigering>();
        if (!GeldigEmail(email))
        {
            weigeringen.Add(new Weigering("uitnodiging.email-ongeldig", "Email", "Vul een geldig e-mailadres in, zoals naam@gemeente.nl."));
        }

        if (g.Naam?.Trim().Length > 200)
        {
            weigeringen.Add(new Weigering("uitnodiging.naam-te-lang", "Naam", "Een naam heeft ten hoogste 200 tekens."));
        }

        weigeringen.AddRange(g.Rollen.Count == 0
            ? [new Weigering("uitnodiging.rol-ontbreekt", "Rollen", "Kies één of meer rollen.")]
            : RolWeigeringen(g.Rollen, toegestaan));
        var regio = await db.Regios.AsNoTracking().SingleOrDefaultAsync(r => r.Id == g.RegioId, ct);
        if (regio is null)
        {
            weigeringen.Add(new Weigering("uitnodiging.regio-onbekend", "Regio", "Kies een regio waarin u accounts beheert."));
        }

        if (weigeringen.Count > 0)
        {
            return Resultaat.Geweigerd<Uitnodiging>(weigeringen);
        }

        var normaal = email.ToUpperInvariant();
#pragma warning disable CA1304, CA1311, CA1862 // translated to SQL upper(), as Identity normalises e-mail addresses
        var open = await db.Uitnodigingen.AsNoTracking()
            .Where(u => u.RegioId == g.RegioId && u.Email.ToUpper() == normaal && u.AangenomenOp == null && u.IngetrokkenOp == null && u.VerlooptOp > nu)
            .Select(u => (DateTimeOffset?)u.VerlooptOp).FirstOrDefaultAsync(ct);
#pragma warning restore CA1304, CA1311, CA1862
        if (open is { } tot)
        {
            return Resultaat.Geweigerd<Uitnodiging>(new Weigering("uitnodiging.dubbel", "Email",
                $"Er staat al een uitnodiging open voor {email} in {regio!.Naam}, geldig tot {NlFormat.DatumTijd(tot)}. Trek die eerst in als u een nieuwe wilt sturen."));
        }

        var bestaand = await db.Users.AsNoTracking().Where(u => u.NormalizedEmail == normaal)
            .Select(u => new { u.Id, u.ZorgaanbiederId, u.GedeactiveerdOp }).SingleOrDefaultAsync(ct);
        if (bestaand is not null && await BestaandWeigeringAsync(db, bestaand.Id, bestaand.ZorgaanbiederId, bestaand.GedeactiveerdOp, g.RegioId, email, ct) is { } w)
        {
            return Resultaat.Geweigerd<Uitnodiging>(w);
        }

        var geheim = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        var uitnodiging = new Uitnodiging
        {
            Email = email,
            Naam = string.IsNullOrWhiteSpace(g.Naam) ? null : g.Naam.Trim(),
            RegioId = g.RegioId,
            Rolnamen = string.Join(',', Rollen.Medewerkers.Where(g.Rollen.Contains)),
            Geheimhash = Uitnodiging.Hash(geheim),
            AangemaaktOp = nu,
            VerlooptOp = nu + Uitnodiging.Geldigheid,
            UitgenodigdDoor = door,
        };
        db.Uitnodigingen.Add(uitnodiging);
        db.Berichten.Add(AccountBerichten.Uitnodiging(uitnodiging, regio!.Naam, linkVoor(geheim), nu));
        await db.SaveChangesAsync(ct);
        return Resultaat.Goed(uitnodiging);
    }

    /// <summary>Why these roles cannot be given here, if they cannot (shared with changing an account's roles).</summary>
    public static IEnumerable<Weigering> RolWeigeringen(IReadOnlyCollection<string> rollen, IReadOnlyCollection<string> toegestaan)
    {
        if (rollen.FirstOrDefault(r => !Rollen.Medewerkers.Contains(r)) is { } onbekend)
        {
            yield return new Weigering("account.rol-onbekend", "Rollen", $"'{onbekend}' is geen rol in een regio. Kies uit: {string.Join(", ", Rollen.Medewerkers)}.");
        }
        else if (rollen.FirstOrDefault(r => !toegestaan.Contains(r)) is { } niet)
        {
            yield return new Weigering("account.rol-niet-toegestaan", "Rollen",
                $"U kunt hier de rol {niet} niet geven; u kunt kiezen uit: {string.Join(", ", toegestaan)}.");
        }
    }

    private static async Task<Weigering?> BestaandWeigeringAsync(ZorginkoopDbContext db, string id, int? zorgaanbiederId, DateTimeOffset? gedeactiveerd, int regioId, string email,
        CancellationToken ct)
    {
        if (zorgaanbiederId is not null)
        {
            // A provider's employee is never also an officer (AccountAanmaken's rule): the vault stays out of bidders' reach.
            return new Weigering("uitnodiging.aanbieder", "Email", $"{email} is het account van een medewerker van een zorgaanbieder; dat kan geen rol in een regio krijgen.");
        }

        if (gedeactiveerd is not null)
        {
            return new Weigering("uitnodiging.gedeactiveerd", "Email", $"Het account van {email} is gedeactiveerd. Activeer het weer op de pagina van het account.");
        }

        return await db.Lidmaatschappen.AnyAsync(l => l.GebruikerId == id && l.RegioId == regioId, ct)
            ? new Weigering("uitnodiging.al-lid", "Email", $"{email} heeft al een rol in deze regio. Wijzig de rollen op de pagina van het account.")
            : null;
    }

    private static bool GeldigEmail(string email) =>
        email.Length is > 0 and <= 256 && System.Net.Mail.MailAddress.TryCreate(email, out var adres) && adres.Address == email && adres.Host.Contains('.', StringComparison.Ordinal);
}
