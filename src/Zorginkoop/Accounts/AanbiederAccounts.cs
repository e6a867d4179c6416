using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Zorginkoop.Data;
using Zorginkoop.Meldingen;

namespace Zorginkoop.Accounts;

/// <summary>
/// A provider's accounts, managed by the provider itself (issue 15): eHerkenning proves that someone acts for the KvK
/// number, the provider's beheerder decides whether she may bid in its name. The first account of a provider becomes its
/// beheerder; every later one waits for her approval.
/// </summary>
public static class AanbiederAccounts
{
    public const string Wacht = "Uw account wacht op goedkeuring door de beheerder van uw organisatie in Zorginkoop; die heeft er een e-mail " +
        "over gekregen. Daarna kunt u inloggen.";

    /// <summary>The active, approved beheerders of this provider (id and address).</summary>
    public static Task<List<Gebruiker>> BeheerdersAsync(ZorginkoopDbContext db, int zorgaanbiederId, CancellationToken ct = default) =>
        db.Users.Where(u => u.ZorgaanbiederId == zorgaanbiederId && u.GedeactiveerdOp == null && u.WachtOpGoedkeuringSinds == null
                && db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == Rollen.AanbiederBeheerder)))
            .ToListAsync(ct);

    /// <summary>
    /// A new account of a provider that has a beheerder: it waits, and the beheerders hear of it. Saved by the caller
    /// (the account is written by Identity's store, the messages with it).
    /// </summary>
    public static void VraagGoedkeuring(ZorginkoopDbContext db, Gebruiker g, string zorgaanbieder, IEnumerable<Gebruiker> beheerders, DateTimeOffset nu)
    {
        g.WachtOpGoedkeuringSinds = nu;
        foreach (var b in beheerders.Where(b => b.Email is not null))
        {
            db.Berichten.Add(new Bericht
            {
                Sleutel = $"goedkeuring:{g.Id}:{b.Id}",
                Aan = b.Email!,
                Onderwerp = $"Nieuw account voor {zorgaanbieder} wacht op uw goedkeuring",
                Tekst = $"{g.Naam ?? g.Email} ({g.Email}) logde met eHerkenning in namens {zorgaanbieder} en wil in Zorginkoop inschrijven. " +
                        "Log in en open 'Accounts van mijn organisatie' (/mijn/accounts) om het account goed te keuren of af te wijzen. " +
                        "Tot dan kan dit account niets.",
                AangemaaktOp = nu,
            });
        }
    }

    public static async Task<Resultaat<bool>> GoedkeurenAsync(ZorginkoopDbContext db, UserManager<Gebruiker> gebruikers, Gebruiker g, string door, DateTimeOffset nu)
    {
        if (g.WachtOpGoedkeuringSinds is null)
        {
            return Resultaat.Goed(false);
        }

        g.WachtOpGoedkeuringSinds = null;
        db.Berichten.Add(new Bericht
        {
            Sleutel = $"goedgekeurd:{g.Id}",
            Aan = g.Email!,
            Onderwerp = "Uw account in Zorginkoop is goedgekeurd",
            Tekst = $"{door} heeft uw account in Zorginkoop goedgekeurd. U kunt nu inloggen met eHerkenning en inschrijven namens uw organisatie.",
            AangemaaktOp = nu,
        });
        return AccountDeactiveren.Opgeslagen(await gebruikers.UpdateAsync(g));
    }

    /// <summary>Deactivating one of the provider's accounts (also: turning down one that waits); never its last beheerder.</summary>
    public static async Task<Resultaat<bool>> DeactiverenAsync(ZorginkoopDbContext db, UserManager<Gebruiker> gebruikers, Gebruiker g, string doorId, string door,
        DateTimeOffset nu, CancellationToken ct = default)
    {
        var beheerders = await BeheerdersAsync(db, g.ZorgaanbiederId!.Value, ct);
        if (beheerders.Count == 1 && beheerders[0].Id == g.Id && g.Id != doorId)
        {
            return Resultaat.Geweigerd<bool>(Weigering.Geheel("account.laatste-aanbiederbeheerder", "Dit is de laatste beheerder van uw organisatie in Zorginkoop."));
        }

        g.WachtOpGoedkeuringSinds = null;
        // No regions to check: a provider's account has none (beheerdeRegios empty).
        return await AccountDeactiveren.DeactiverenAsync(db, gebruikers, g, [], doorId, door, nu, ct);
    }

    /// <summary>
    /// Making an active, approved colleague beheerder of the provider too, or taking that away; never from the last
    /// beheerder (someone must approve newcomers). The colleague gets an e-mail; the role change is audited
    /// (Gebruikersrol).
    /// </summary>
    public static async Task<Resultaat<bool>> BeheerderZettenAsync(ZorginkoopDbContext db, UserManager<Gebruiker> gebruikers, Gebruiker g, bool beheerder, string door,
        DateTimeOffset nu, CancellationToken ct = default)
    {
        if (await gebruikers.IsInRoleAsync(g, Rollen.AanbiederBeheerder) == beheerder)
        {
            return Resultaat.Goed(false);
        }

        if (beheerder && (g.GedeactiveerdOp is not null || g.WachtOpGoedkeuringSinds is not null))
        {
            return Resultaat.Geweigerd<bool>(Weigering.Geheel("account.niet-actief", "Alleen een actief, goedgekeurd account kan beheerder worden."));
        }

        if (!beheerder && (await BeheerdersAsync(db, g.ZorgaanbiederId!.Value, ct)) is [var enige] && enige.Id == g.Id)
        {
            return Resultaat.Geweigerd<bool>(Weigering.Geheel("account.laatste-aanbiederbeheerder", "Dit is de laatste beheerder van uw organisatie in Zorginkoop."));
        }

        db.Berichten.Add(new Bericht
        {
            Sleutel = $"aanbiederbeheerder:{g.Id}:{nu.UtcTicks}",
            Aan = g.Email!,
            Onderwerp = beheerder ? "U bent beheerder van uw organisatie in Zorginkoop" : "U bent geen beheerder meer van uw organisatie in Zorginkoop",
            Tekst = beheerder
                ? $"{door} heeft u beheerder gemaakt: u keurt nieuwe accounts van uw organisatie goed en kunt ze deactiveren (Accounts van mijn organisatie, /mijn/accounts)."
                : $"{door} heeft uw rol als beheerder van uw organisatie in Zorginkoop beëindigd. U kunt gewoon blijven inschrijven.",
            AangemaaktOp = nu,
        });
        // Identity saves the role and, in the same SaveChanges, the e-mail.
        return AccountDeactiveren.Opgeslagen(beheerder
            ? await gebruikers.AddToRoleAsync(g, Rollen.AanbiederBeheerder)
            : await gebruikers.RemoveFromRoleAsync(g, Rollen.AanbiederBeheerder));
    }
}
