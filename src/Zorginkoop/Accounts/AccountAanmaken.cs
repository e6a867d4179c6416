using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Zorginkoop.Data;

namespace Zorginkoop.Accounts;

/// <summary>
/// Makes an account outside the demo (the CLI; later the invitations): an employee with roles per region, a
/// systeembeheerder, or a provider's employee bound to one provider. Everything is checked before anything is written,
/// and the account and its memberships are written in one transaction.
/// </summary>
public static class AccountAanmaken
{
    /// <param name="Rollen">The roles; an employee role needs a region, a role of the whole installation (aanbieder, systeembeheerder) takes none.</param>
    /// <param name="Regios">
    /// Region codes: paired with <paramref name="Rollen"/> by position when both have as many, else the one region or the
    /// one role goes with each of the other (<c>--regio lekstroom --rol inkoper --rol analist</c>).
    /// </param>
    /// <param name="Wachtwoord">Null: a strong one is generated and returned, to be handed over once and changed.</param>
    public sealed record Gegevens(string Email, string? Naam, IReadOnlyList<string> Rollen, IReadOnlyList<string> Regios, int? ZorgaanbiederId, string? Wachtwoord);

    public sealed record Uitkomst(Gebruiker Gebruiker, IReadOnlyList<string> Rollen, string? GemaaktWachtwoord);

    public static async Task<Resultaat<Uitkomst>> HandleAsync(ZorginkoopDbContext db, UserManager<Gebruiker> gebruikers, RoleManager<IdentityRole> rollen,
        Gegevens g, CancellationToken ct = default)
    {
        var (globaal, leden, weigering) = await RollenAsync(db, g.Rollen, g.Regios, ct);
        if (weigering is not null)
        {
            return Resultaat.Geweigerd<Uitkomst>(weigering);
        }

        if (globaal.Contains(Accounts.Rollen.Aanbieder) != (g.ZorgaanbiederId is not null))
        {
            return Resultaat.Geweigerd<Uitkomst>(globaal.Contains(Accounts.Rollen.Aanbieder)
                ? new Weigering("account.zorgaanbieder-bij-rol", "Rol", "Een account met de rol aanbieder hoort bij één zorgaanbieder.")
                : new Weigering("account.zorgaanbieder-bij-rol", "Rol", "Alleen een account met de rol aanbieder hoort bij een zorgaanbieder."));
        }

        if (globaal.Contains(Accounts.Rollen.Aanbieder) && (leden.Count > 0 || globaal.Any(r => r is not (Accounts.Rollen.Aanbieder or Accounts.Rollen.AanbiederBeheerder))))
        {
            // A provider's employee is never also an officer: the vault and the assessments must stay out of reach of bidders.
            return Resultaat.Geweigerd<Uitkomst>(new Weigering("account.aanbieder-alleen", "Rol", "Een account met de rol aanbieder heeft geen andere rollen (behalve aanbiederbeheerder)."));
        }

        if (globaal.Contains(Accounts.Rollen.AanbiederBeheerder) && !globaal.Contains(Accounts.Rollen.Aanbieder))
        {
            return Resultaat.Geweigerd<Uitkomst>(new Weigering("account.aanbiederbeheerder-zonder-aanbieder", "Rol", "De rol aanbiederbeheerder hoort bij een account met de rol aanbieder: geef ook --rol aanbieder."));
        }

        if (await gebruikers.FindByEmailAsync(g.Email) is not null)
        {
            return Resultaat.Geweigerd<Uitkomst>(new Weigering("account.email-bestaat", "Email", $"Er is al een account met e-mailadres {g.Email}."));
        }

        foreach (var r in Accounts.Rollen.Alle)
        {
            if (!await rollen.RoleExistsAsync(r))
            {
                await rollen.CreateAsync(new IdentityRole(r));
            }
        }

        var wachtwoord = g.Wachtwoord ?? SterkWachtwoord();
        var gebruiker = new Gebruiker { UserName = g.Email, Email = g.Email, EmailConfirmed = true, Naam = g.Naam, ZorgaanbiederId = g.ZorgaanbiederId };
        await using var transactie = await db.Database.BeginTransactionAsync(ct);
        var resultaat = await gebruikers.CreateAsync(gebruiker, wachtwoord);
        if (!resultaat.Succeeded)
        {
            return Resultaat.Geweigerd<Uitkomst>(new Weigering("account.wachtwoord-geweigerd", "Wachtwoord", string.Join(" ", resultaat.Errors.Select(e => e.Description))));
        }

        if (globaal.Count > 0)
        {
            await gebruikers.AddToRolesAsync(gebruiker, globaal);
        }

        await LidmaatschappenZetten.HandleAsync(db, gebruiker.Id, [.. leden.Select(l => (l.Regio.Id, l.Rol))], ct);
        await transactie.CommitAsync(ct);
        return Resultaat.Goed(new Uitkomst(gebruiker, [.. globaal, .. leden.Select(l => $"{l.Regio.Code}:{l.Rol}")], g.Wachtwoord is null ? wachtwoord : null));
    }

    /// <summary>The roles of the whole installation and the (region, role) memberships asked for, or why not.</summary>
    public static async Task<(List<string> Globaal, List<(Catalogus.Regio Regio, string Rol)> Leden, Weigering? Weigering)> RollenAsync(ZorginkoopDbContext db,
        IReadOnlyList<string> gevraagd, IReadOnlyList<string> regiocodes, CancellationToken ct)
    {
        if (gevraagd.FirstOrDefault(r => !Accounts.Rollen.Alle.Contains(r)) is { } onbekend)
        {
            return ([], [], new Weigering("account.rol-onbekend", "Rol", $"Onbekende rol '{onbekend}'. Kies uit: {string.Join(", ", Accounts.Rollen.Alle)}."));
        }

        if (gevraagd.Count == 0)
        {
            return ([], [], new Weigering("account.rol-ontbreekt", "Rol", "Geef ten minste één rol (--rol)."));
        }

        var regios = await db.Regios.AsNoTracking().Where(r => regiocodes.Contains(r.Code)).ToDictionaryAsync(r => r.Code, StringComparer.Ordinal, ct);
        if (regiocodes.FirstOrDefault(c => !regios.ContainsKey(c)) is { } geen)
        {
            return ([], [], new Weigering("account.regio-onbekend", "Regio", $"Er is geen regio met code '{geen}'. Zie 'zorginkoop regio lijst'."));
        }

        var globaal = gevraagd.Where(Accounts.Rollen.Globaal.Contains).Distinct().ToList();
        var medewerker = gevraagd.Where(r => !Accounts.Rollen.Globaal.Contains(r)).ToList();
        if (globaal.Count > 0 && (medewerker.Count > 0 ? regiocodes.Count == 0 : regiocodes.Count > 0))
        {
            return ([], [], medewerker.Count > 0
                ? new Weigering("account.regio-ontbreekt", "Regio", $"De rol {medewerker[0]} geldt in een regio: geef --regio.")
                : new Weigering("account.regio-bij-globale-rol", "Regio", $"De rol {globaal[0]} geldt in de hele installatie, niet in een regio: laat --regio weg."));
        }

        if (medewerker.Count == 0)
        {
            return (globaal, [], null);
        }

        if (regiocodes.Count == 0)
        {
            return ([], [], new Weigering("account.regio-ontbreekt", "Regio", $"De rol {medewerker[0]} geldt in een regio: geef --regio."));
        }

        List<(string Code, string Rol)> paren = medewerker.Count == regiocodes.Count ? [.. regiocodes.Zip(medewerker)]
            : regiocodes.Count == 1 ? [.. medewerker.Select(r => (regiocodes[0], r))]
            : medewerker.Count == 1 ? [.. regiocodes.Select(c => (c, medewerker[0]))]
            : [];
        if (paren.Count == 0)
        {
            return ([], [], new Weigering("account.regio-rol-paren", "Regio",
                $"{regiocodes.Count} regio's en {medewerker.Count} rollen: geef elke --regio met zijn eigen --rol, of één regio of één rol voor alle."));
        }

        return (globaal, [.. paren.Distinct().Select(p => (regios[p.Code], p.Rol))], null);
    }

    /// <summary>24 characters from four classes: meets every password rule and is not guessable.</summary>
    private static string SterkWachtwoord() =>
        RandomNumberGenerator.GetString("ABCDEFGHJKLMNPQRSTUVWXYZ", 6) + RandomNumberGenerator.GetString("abcdefghijkmnopqrstuvwxyz", 8)
        + RandomNumberGenerator.GetString("23456789", 6) + RandomNumberGenerator.GetString("!#%+-=?@", 4);
}
