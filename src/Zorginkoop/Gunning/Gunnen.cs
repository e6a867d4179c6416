using Microsoft.EntityFrameworkCore;
using Zorginkoop.Aanbestedingen;
using Zorginkoop.Data;
using Zorginkoop.Inschrijvingen;

namespace Zorginkoop.Gunning;

/// <summary>
/// From final quality scores to the provisional award: the ranking per lot (price opened only now), a recorded draw
/// where a tie decides who is awarded, and the decisions for every bid and lot, fixed and sent at one moment, which
/// starts the standstill. Objections are recorded here too; they block the final award until resolved.
/// </summary>
public static class Gunnen
{
    public const int MaxTekst = 4000;

    /// <summary>The fields a refusal names: the witness and lot of a draw, and the parts of an objection and of its resolution.</summary>
    public const string Getuige = "Getuige", Perceel = "Perceel", Soort = "Soort", Omschrijving = "Omschrijving", ZorgaanbiederId = "ZorgaanbiederId",
        Uitkomst = "Uitkomst", Toelichting = "Toelichting";

    /// <summary>The ranking of every lot; refused until the quality scores are final (the price parts stay sealed until then).</summary>
    public static async Task<(IReadOnlyList<PerceelUitslag> Uitslag, Weigering? Weigering)> UitslagAsync(ZorginkoopDbContext db, Kluis kluis, Aanbesteding a, CancellationToken ct = default)
    {
        var (inschrijvingen, weigering) = await Beoordelen.InschrijvingenAsync(db, a, ct);
        if (weigering is not null)
        {
            return ([], weigering);
        }

        var dossier = await db.Gunningsdossiers.AsNoTracking().SingleOrDefaultAsync(d => d.AanbestedingId == a.Id, ct);
        if (dossier?.PrijsOpen != true)
        {
            return ([], Weigering.Geheel("gunning.kwaliteit-niet-definitief", "De rangschikking volgt als de kwaliteitsscores definitief zijn; pas dan gaan de prijsdelen open."));
        }

        var criteria = await Criteria.VanAsync(db, a.Id, ct);
        var consensus = (await db.Consensusscores.AsNoTracking().Where(s => s.AanbestedingId == a.Id).ToListAsync(ct))
            .GroupBy(s => s.InschrijvingId).ToDictionary(g => g.Key, g => (IReadOnlyDictionary<int, int>)g.ToDictionary(s => s.CriteriumId, s => s.Waarde));
        var namen = await db.Zorgaanbieders.AsNoTracking().Where(z => inschrijvingen.Select(i => i.ZorgaanbiederId).Contains(z.Id)).ToDictionaryAsync(z => z.Id, z => z.Naam, ct);
        var lotingen = await db.Lotingen.AsNoTracking().Where(l => l.AanbestedingId == a.Id).ToDictionaryAsync(l => l.PerceelNummer, ct);
        var delen = inschrijvingen.Select(i => (I: i, Percelen: Inschrijven.LeesKwaliteit(kluis, i).Percelen, Prijs: Inschrijven.LeesPrijs(kluis, i))).ToList();

        var uitslag = a.Percelen.OrderBy(p => p.Nummer).Select(p => Rangschikking.Bereken(p.Nummer, criteria,
                [.. delen.Where(d => d.Percelen.Contains(p.Nummer)).Select(d => new Kandidaat(d.I.Id, d.I.ZorgaanbiederId, namen[d.I.ZorgaanbiederId],
                    consensus.GetValueOrDefault(d.I.Id) ?? new Dictionary<int, int>(), d.Prijs.PrijsPerPerceel.TryGetValue(p.Nummer, out var prijs) ? prijs : null))],
                a.MaxGunningenPerPerceel, dossier.Gelijkspelregel, lotingen.GetValueOrDefault(p.Nummer)))
            .ToList();
        return (uitslag, null);
    }

    /// <summary>
    /// The provisional award: a decision for every bid on every lot it bid on, fixed and sent at one moment, and the
    /// procedure to 'voorlopig gegund' with its standstill (at least 20 calendar days, Aanbestedingswet 2.127) — one
    /// transaction, so there are decisions exactly when the procedure says so.
    /// </summary>
    public static async Task<Weigering?> VoorlopigGunnenAsync(ZorginkoopDbContext db, Kluis kluis, Aanbesteding a, string wie, DateTimeOffset nu, CancellationToken ct = default)
    {
        if (a.Status != AanbestedingStatus.InBeoordeling)
        {
            return Weigering.Geheel("gunning.niet-in-beoordeling", $"Voorlopig gunnen kan alleen vanuit de beoordeling; de aanbesteding is {a.Status.Naam()}.");
        }

        var (uitslag, weigering) = await UitslagAsync(db, kluis, a, ct);
        if (weigering is not null)
        {
            return weigering;
        }

        if (uitslag.FirstOrDefault(u => u.LotingNodig.Count > 0) is { } open)
        {
            return Weigering.Geheel("gunning.loting-open", $"Op perceel {open.PerceelNummer} bepaalt een gelijke stand wie wordt gegund; voer eerst de loting uit.");
        }

        if (uitslag.All(u => u.Plaatsen.All(p => p.Uitkomst != BesluitUitkomst.Gegund)))
        {
            return Weigering.Geheel("gunning.niemand-gegund", "Geen enkele inschrijving komt voor gunning in aanmerking; trek de aanbesteding in of start een nieuwe.");
        }

        await using var transactie = await db.Database.BeginTransactionAsync(ct);
        foreach (var u in uitslag)
        {
            foreach (var p in u.Plaatsen)
            {
                db.Gunningsbesluiten.Add(new Gunningsbesluit
                {
                    AanbestedingId = a.Id,
                    InschrijvingId = p.Kandidaat.InschrijvingId,
                    ZorgaanbiederId = p.Kandidaat.ZorgaanbiederId,
                    PerceelNummer = u.PerceelNummer,
                    Uitkomst = p.Uitkomst,
                    Positie = p.Positie,
                    KwaliteitPunten = p.Kwaliteit,
                    PrijsPunten = p.PrijsPunten,
                    TotaalPunten = p.Totaal,
                    Reden = p.Reden,
                    Gelijkspel = p.Gelijkspel,
                    VerzondenOp = nu,
                });
            }
        }

        await db.SaveChangesAsync(ct);
        weigering = await AanbestedingAanpassen.PasToeAsync(db, a, new Verzoek(Gebeurtenis.VoorlopigGunnen), wie, nu, ct);
        if (weigering is not null)
        {
            await transactie.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            return weigering;
        }

        await transactie.CommitAsync(ct);
        await transactie.DisposeAsync();
        await Audit.Auditankers.NaAsync(db, $"voorlopig gegund: aanbesteding {a.Id}", ct);
        return null;
    }

    /// <summary>How many objections block the final award (pending or upheld).</summary>
    public static Task<int> BlokkerendAsync(ZorginkoopDbContext db, int aanbestedingId, CancellationToken ct = default) =>
        db.Bezwaren.CountAsync(b => b.AanbestedingId == aanbestedingId && (b.Status == BezwaarStatus.Lopend || b.Status == BezwaarStatus.Gegrond), ct);
}
