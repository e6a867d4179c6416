using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Zorginkoop.Data;
using Zorginkoop.Formatting;

namespace Zorginkoop.Accounts;

/// <summary>
/// The invitee follows the link: with a password she makes her account, or, logged in with the invited address, she adds
/// the roles to the account she has. The invitation, the account and its memberships are written in one transaction,
/// and an invitation is used once even when the link is followed twice at the same moment.
/// </summary>
public static class UitnodigingAannemen
{
    /// <summary>The invitation behind this link while it can be accepted, or why not.</summary>
    public static async Task<(Uitnodiging? Uitnodiging, Weigering? Weigering)> ZoekAsync(ZorginkoopDbContext db, string? geheim, DateTimeOffset nu, CancellationToken ct = default)
    {
        var hash = Uitnodiging.Hash(geheim ?? "");
        var u = await db.Uitnodigingen.Include(x => x.Regio).SingleOrDefaultAsync(x => x.Geheimhash == hash, ct);
        return u switch
        {
            null => (null, Weigering.Geheel("uitnodiging.onbekend",
                "Deze uitnodigingslink kennen we niet. Controleer of u de hele link uit de e-mail heeft gebruikt.")),
            { IngetrokkenOp: not null } => (null, Weigering.Geheel("uitnodiging.ingetrokken",
                $"Deze uitnodiging is ingetrokken door de beheerder van {u.Regio.Naam}. Vraag om een nieuwe als u toch toegang nodig heeft.")),
            { AangenomenOp: { } op } => (null, Weigering.Geheel("uitnodiging.gebruikt",
                $"Deze uitnodiging is al gebruikt op {NlFormat.DatumTijd(op)}. Log in met het account van {u.Email}.")),
            _ when nu >= u.VerlooptOp => (null, Weigering.Geheel("uitnodiging.verlopen",
                $"Deze uitnodiging is verlopen op {NlFormat.DatumTijd(u.VerlooptOp)}. Vraag de beheerder van {u.Regio.Naam} om een nieuwe.")),
            _ => (u, null),
        };
    }

    /// <summary>A new account for the invited address, with this password.</summary>
    public static async Task<Resultaat<Gebruiker>> MetWachtwoordAsync(ZorginkoopDbContext db, UserManager<Gebruiker> gebruikers, string? geheim, string? naam,
        string? wachtwoord, DateTimeOffset nu, CancellationToken ct = default)
    {
        var (u, weigering) = await ZoekAsync(db, geheim, nu, ct);
        if (u is null)
        {
            return Resultaat.Geweigerd<Gebruiker>(weigering!);
        }

        if (await gebruikers.FindByEmailAsync(u.Email) is not null)
        {
            return Resultaat.Geweigerd<Gebruiker>(Weigering.Geheel("uitnodiging.account-bestaat",
                $"Er is al een account met {u.Email}. Log in met dat account en neem de uitnodiging daarna aan."));
        }

        if (string.IsNullOrEmpty(wachtwoord))
        {
            return Resultaat.Geweigerd<Gebruiker>(new Weigering("uitnodiging.wachtwoord-ontbreekt", "Wachtwoord", "Kies een wachtwoord."));
        }

        var gebruiker = new Gebruiker { UserName = u.Email, Email = u.Email, EmailConfirmed = true, Naam = string.IsNullOrWhiteSpace(naam) ? u.Naam : naam.Trim() };
        return await InTransactieAsync(db, u, nu, gebruiker.Id, async () =>
        {
            var gemaakt = await gebruikers.CreateAsync(gebruiker, wachtwoord);
            return gemaakt.Succeeded
                ? null
                : new Weigering("uitnodiging.wachtwoord-geweigerd", "Wachtwoord", string.Join(" ", gemaakt.Errors.Select(e => e.Description)));
        }, gebruiker, ct);
    }

    /// <summary>The roles added to the account of the logged-in person, which must be the invited address.</summary>
    public static async Task<Resultaat<Gebruiker>> VoorAccountAsync(ZorginkoopDbContext db, Gebruiker gebruiker, string? geheim, DateTimeOffset nu, CancellationToken ct = default)
    {
        var (u, weigering) = await ZoekAsync(db, geheim, nu, ct);
        if (u is null)
        {
            return Resultaat.Geweigerd<Gebruiker>(weigering!);
        }

        if (!string.Equals(gebruiker.NormalizedEmail, u.Email.ToUpperInvariant(), StringComparison.Ordinal))
        {
            // The link is for one address: whoever holds an account must not widen it with someone else's invitation.
            return Resultaat.Geweigerd<Gebruiker>(Weigering.Geheel("uitnodiging.ander-account",
                $"Deze uitnodiging is voor {u.Email}, maar u bent ingelogd als {gebruiker.Email}. Log uit en open de link opnieuw."));
        }

        if (gebruiker.ZorgaanbiederId is not null || gebruiker.GedeactiveerdOp is not null)
        {
            return Resultaat.Geweigerd<Gebruiker>(Weigering.Geheel("uitnodiging.account-ongeschikt",
                "Dit account kan geen rol in een regio krijgen (het hoort bij een zorgaanbieder of is gedeactiveerd). Neem contact op met de beheerder."));
        }

        return await InTransactieAsync(db, u, nu, gebruiker.Id, () => Task.FromResult<Weigering?>(null), gebruiker, ct);
    }

    private static async Task<Resultaat<Gebruiker>> InTransactieAsync(ZorginkoopDbContext db, Uitnodiging u, DateTimeOffset nu, string gebruikerId,
        Func<Task<Weigering?>> account, Gebruiker gebruiker, CancellationToken ct)
    {
        var gebruikt = Weigering.Geheel("uitnodiging.gebruikt", $"Deze uitnodiging is zojuist al gebruikt. Log in met het account van {u.Email}.");
        await using var transactie = await db.Database.BeginTransactionAsync(ct);
        try
        {
            if (await account() is { } weigering)
            {
                return Resultaat.Geweigerd<Gebruiker>(weigering);
            }

            // The invitation is guarded by its state (concurrency tokens): a second acceptance or a withdrawal at the same
            // moment finds it changed, and its whole transaction (a new account included) is rolled back.
            u.AangenomenOp = nu;
            u.GebruikerId = gebruikerId;
            var bestaand = await db.Lidmaatschappen.Where(l => l.GebruikerId == gebruiker.Id && l.RegioId == u.RegioId).Select(l => l.Rol).ToListAsync(ct);
            db.Lidmaatschappen.AddRange(u.RollenLijst.Except(bestaand).Select(r => new Lidmaatschap { GebruikerId = gebruiker.Id, RegioId = u.RegioId, Rol = r }));
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e is DbUpdateConcurrencyException || UniekeSleutel.IsGeschonden(e))
        {
            return Resultaat.Geweigerd<Gebruiker>(gebruikt);
        }

        await transactie.CommitAsync(ct);
        return Resultaat.Goed(gebruiker);
    }
}
