using Microsoft.EntityFrameworkCore;
using Zorginkoop.Aanbestedingen;
using Zorginkoop.Data;
using Zorginkoop.Formatting;
using Zorginkoop.Gunning;

namespace Zorginkoop.Contracten;

/// <summary>The contract register's filters; empty means all. <see cref="Kijker"/>: whose register (null: everything, for the system).</summary>
public sealed record ContractFilter(
    string? Zoek = null, int? AanbestedingId = null, int? ZorgaanbiederId = null, string? Regio = null, ContractStatus? Status = null,
    int? EindigtBinnenMaanden = null, string? Segment = null, Accounts.Kijker? Kijker = null, int? Id = null);

/// <summary>A contract as the register lists it.</summary>
public sealed record ContractRij(Raamovereenkomst Contract, string Aanbesteding, string Perceel, string Regio, ContractStatus Status, DateOnly LaatsteDag);

/// <summary>Making, deciding on and finding framework agreements.</summary>
public static class Raamovereenkomsten
{
    public const int MaxTekst = 4000;

    /// <summary>
    /// At the final award: a contract per awarded provider and lot, from the procedure's contract start to its end,
    /// with its extension options. Added to the context, saved with the award step itself; an existing contract is kept.
    /// </summary>
    public static async Task BijDefinitieveGunningAsync(ZorginkoopDbContext db, Aanbesteding a, CancellationToken ct = default)
    {
        var gegund = await db.Gunningsbesluiten.AsNoTracking().Where(b => b.AanbestedingId == a.Id && b.Uitkomst == BesluitUitkomst.Gegund).ToListAsync(ct);
        var bestaand = await db.Raamovereenkomsten.Where(c => c.AanbestedingId == a.Id).Select(c => new { c.PerceelNummer, c.ZorgaanbiederId }).ToListAsync(ct);
        foreach (var b in gegund.Where(b => !bestaand.Any(c => c.PerceelNummer == b.PerceelNummer && c.ZorgaanbiederId == b.ZorgaanbiederId)))
        {
            db.Raamovereenkomsten.Add(Nieuw(a, b.PerceelNummer, b.ZorgaanbiederId, ContractHerkomst.Gunning, a.ContractStart ?? DateOnly.MinValue));
        }
    }

    /// <summary>A contract for a lot of <paramref name="a"/>, from <paramref name="start"/> to the procedure's common end date.</summary>
    public static Raamovereenkomst Nieuw(Aanbesteding a, int perceel, int zorgaanbieder, ContractHerkomst herkomst, DateOnly start)
    {
        var begin = a.ContractStart is { } s && s > start ? s : start;
        var einde = a.ContractEinde ?? begin.AddYears(3).AddDays(-1);
        var (aantal, maanden) = ContractLevenscyclus.LeesVerlengingsopties(a.Verlengingsopties);
        return new Raamovereenkomst
        {
            AanbestedingId = a.Id,
            PerceelNummer = perceel,
            ZorgaanbiederId = zorgaanbieder,
            Herkomst = herkomst,
            Start = begin,
            Einde = einde,
            OorspronkelijkEinde = einde,
            VerlengingenMogelijk = aantal,
            VerlengingMaanden = maanden,
        };
    }

    /// <summary>Applies a decision (extend, not extend, end early) and closes the contract's open alarm: someone acted.</summary>
    public static async Task<Weigering?> BesluitAsync(ZorginkoopDbContext db, int contractId, ContractVerzoek verzoek, string wie, DateTimeOffset nu, CancellationToken ct = default)
    {
        var c = await db.Raamovereenkomsten.SingleOrDefaultAsync(x => x.Id == contractId, ct);
        if (c is null)
        {
            return Weigering.Geheel("contract.niet-gevonden", "Dit contract bestaat niet.");
        }

        if (verzoek.Reden?.Length > MaxTekst)
        {
            return new Weigering("contract.reden-te-lang", "Reden", $"De reden is ten hoogste {MaxTekst} tekens.");
        }

        if (Besluit(c, verzoek, NlFormat.DatumInAmsterdam(nu)) is { } weigering)
        {
            return weigering;
        }

        foreach (var alarm in await db.Contractalarmen.Where(x => x.RaamovereenkomstId == c.Id && x.AfgehandeldOp == null).ToListAsync(ct))
        {
            alarm.AfgehandeldOp = nu;
            alarm.AfgehandeldDoor = wie;
        }

        try
        {
            await db.SaveChangesAsync(ct);
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return Weigering.Geheel("contract.gelijktijdig-besloten", "Een collega heeft zojuist over dit contract besloten; bekijk het opnieuw.");
        }
    }

    /// <summary>
    /// Applies a decision to a contract in memory: the lifecycle's new state, the version counted. <see cref="BesluitAsync"/>
    /// saves it; the demo data builds a contract's history with it before the contract is stored.
    /// </summary>
    public static Weigering? Besluit(Raamovereenkomst c, ContractVerzoek verzoek, DateOnly vandaag)
    {
        var uitkomst = ContractLevenscyclus.Pas(ContractStand.Van(c), verzoek, vandaag);
        if (!uitkomst.Toegestaan)
        {
            return uitkomst.Weigering;
        }

        uitkomst.Stand!.PasToeOp(c);
        c.Versie++;
        return null;
    }

    /// <summary>Makes a contract one with a consortium: its name, the members besides the lead, the transformation plan and budget.</summary>
    public static async Task<Weigering?> ConsortiumAsync(ZorginkoopDbContext db, int contractId, string? naam, IReadOnlyCollection<int> leden, string? plan, long? budgetCent, CancellationToken ct = default)
    {
        var c = await db.Raamovereenkomsten.Include(x => x.Leden).SingleOrDefaultAsync(x => x.Id == contractId, ct);
        naam = naam?.Trim();
        var bekend = await db.Zorgaanbieders.Where(z => leden.Contains(z.Id)).Select(z => z.Id).ToListAsync(ct);
        var weigering = (c is null ? Weigering.Geheel("contract.niet-gevonden", "Dit contract bestaat niet.") : null)
            ?? (string.IsNullOrEmpty(naam) || naam.Length > 300 ? new Weigering("contract.combinatie-naam", "Naam", "Geef de combinatie een naam (ten hoogste 300 tekens).") : null)
            ?? (leden.Count == 0 ? new Weigering("contract.combinatie-leden", "Leden", "Een combinatie heeft naast de penvoerder ten minste één lid.") : null)
            ?? (bekend.Count != leden.Distinct().Count() ? new Weigering("contract.combinatie-lid-onbekend", "Leden", "Een van de leden staat niet in het aanbiedersregister.") : null)
            ?? (leden.Contains(c!.ZorgaanbiederId) ? new Weigering("contract.combinatie-penvoerder", "Leden", "De penvoerder is al partij; kies de andere leden.") : null)
            ?? (plan?.Length > MaxTekst ? new Weigering("contract.plan-te-lang", "Plan", $"Het transformatieplan is ten hoogste {MaxTekst} tekens (verwijs naar het document).") : null)
            ?? (budgetCent is < 0 ? new Weigering("contract.budget-negatief", "Budget", "Het transformatiebudget is niet negatief.") : null);
        if (weigering is not null)
        {
            return weigering;
        }

        c!.Consortium = naam;
        c.Transformatieplan = string.IsNullOrWhiteSpace(plan) ? null : plan.Trim();
        c.TransformatiebudgetCent = budgetCent;
        c.Leden.RemoveAll(l => !leden.Contains(l.ZorgaanbiederId));
        foreach (var id in leden.Distinct().Where(id => c.Leden.All(l => l.ZorgaanbiederId != id)))
        {
            c.Leden.Add(new ContractLid { ZorgaanbiederId = id });
        }

        c.Versie++;
        await db.SaveChangesAsync(ct);
        return null;
    }

    /// <summary>The register: contracts with their procedure, lot, region and status on <paramref name="vandaag"/>, filtered.</summary>
    public static async Task<List<ContractRij>> ZoekAsync(ZorginkoopDbContext db, ContractFilter f, DateOnly vandaag, CancellationToken ct = default)
    {
        var q = db.Raamovereenkomsten.AsNoTracking()
            .Include(c => c.Zorgaanbieder).Include(c => c.Leden).ThenInclude(l => l.Zorgaanbieder)
            .Include(c => c.Aanbesteding!).ThenInclude(a => a.Regio)
            .Include(c => c.Aanbesteding!).ThenInclude(a => a.Percelen).ThenInclude(p => p.Segment)
            .AsSplitQuery();
        if (f.Id is { } id)
        {
            q = q.Where(c => c.Id == id);
        }

        if (f.AanbestedingId is { } a)
        {
            q = q.Where(c => c.AanbestedingId == a);
        }

        if (f.ZorgaanbiederId is { } z)
        {
            q = q.Where(c => c.ZorgaanbiederId == z || c.Leden.Any(l => l.ZorgaanbiederId == z));
        }

        if (!string.IsNullOrWhiteSpace(f.Regio))
        {
            q = q.Where(c => c.Aanbesteding!.Regio!.Code == f.Regio || c.Aanbesteding.Deelnames.Any(d => d.Regio!.Code == f.Regio));
        }

        if (f.Kijker is { Alles: false } k)
        {
            // The register is the owning region's, and a joint procedure's participants' (decision record 0009).
            q = q.Where(c => k.RegioIds.Contains(c.Aanbesteding!.RegioId) || c.Aanbesteding.Deelnames.Any(d => k.RegioIds.Contains(d.RegioId)));
        }

        var rijen = (await q.ToListAsync(ct)).Select(c =>
        {
            var perceel = c.Aanbesteding!.Percelen.SingleOrDefault(p => p.Nummer == c.PerceelNummer);
            return new ContractRij(c, c.Aanbesteding.Naam, perceel is null ? $"perceel {c.PerceelNummer}" : $"{perceel.Nummer}. {perceel.Naam}",
                c.Aanbesteding.Regio?.Naam ?? "", c.StatusOp(vandaag), ContractLevenscyclus.LaatsteDag(c));
        });
        if (!string.IsNullOrWhiteSpace(f.Zoek))
        {
            var zoek = f.Zoek.Trim();
            rijen = rijen.Where(r => r.Contract.Zorgaanbieder!.Naam.Contains(zoek, StringComparison.OrdinalIgnoreCase)
                || (r.Contract.Consortium?.Contains(zoek, StringComparison.OrdinalIgnoreCase) ?? false)
                || r.Contract.Leden.Any(l => l.Zorgaanbieder!.Naam.Contains(zoek, StringComparison.OrdinalIgnoreCase))
                || r.Aanbesteding.Contains(zoek, StringComparison.OrdinalIgnoreCase));
        }

        if (!string.IsNullOrWhiteSpace(f.Segment))
        {
            rijen = rijen.Where(r => r.Contract.Aanbesteding!.Percelen.Any(p => p.Nummer == r.Contract.PerceelNummer && p.Segment?.Code == f.Segment));
        }

        if (f.Status is { } s)
        {
            rijen = rijen.Where(r => r.Status == s);
        }

        if (f.EindigtBinnenMaanden is { } m)
        {
            var grens = vandaag.AddMonths(m);
            rijen = rijen.Where(r => r.Status != ContractStatus.Beeindigd && r.LaatsteDag <= grens);
        }

        return [.. rijen.OrderBy(r => r.LaatsteDag).ThenBy(r => r.Contract.Zorgaanbieder!.Naam, StringComparer.Create(NlFormat.Cultuur, true))];
    }
}
