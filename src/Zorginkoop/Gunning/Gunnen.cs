using System.Security.Cryptography;
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
    /// Draws lots among the bids whose tie decides who is awarded on a lot: a cryptographic shuffle, recorded with who
    /// drew and who witnessed. One draw per lot (unique index): nobody can draw again until the result suits.
    /// </summary>
    public static async Task<Weigering?> LotingAsync(ZorginkoopDbContext db, Kluis kluis, Aanbesteding a, int perceel, string? getuige, string wie, DateTimeOffset nu, CancellationToken ct = default)
    {
        getuige = getuige?.Trim();
        if (string.IsNullOrEmpty(getuige) || getuige.Length > 300)
        {
            return new Weigering("gunning.getuige-ongeldig", Getuige, "Vul de naam in van wie de loting bijwoont (de getuige), ten hoogste 300 tekens.");
        }

        if (a.Status != AanbestedingStatus.InBeoordeling)
        {
            return Weigering.Geheel("gunning.niet-in-beoordeling", $"Loten kan alleen tijdens de beoordeling; de aanbesteding is {a.Status.Naam()}.");
        }

        var (uitslag, weigering) = await UitslagAsync(db, kluis, a, ct);
        if (weigering is not null)
        {
            return weigering;
        }

        var lot = uitslag.SingleOrDefault(u => u.PerceelNummer == perceel);
        if (lot is null || lot.LotingNodig.Count == 0)
        {
            return new Weigering("gunning.loting-niet-nodig", Perceel, $"Op perceel {perceel} is geen loting nodig: geen gelijke stand bepaalt wie wordt gegund.");
        }

        var volgorde = lot.LotingNodig.ToArray();
        RandomNumberGenerator.Shuffle(volgorde.AsSpan());
        db.Lotingen.Add(new Loting
        {
            AanbestedingId = a.Id,
            PerceelNummer = perceel,
            Volgorde = string.Join(',', volgorde),
            Door = wie,
            Getuige = getuige,
            Moment = nu,
        });
        try
        {
            await db.SaveChangesAsync(ct);
            return null;
        }
        catch (DbUpdateException e) when (!DatabaseBezet.Is(e))
        {
            db.ChangeTracker.Clear();
            return Weigering.Geheel("gunning.al-geloot", "Voor dit perceel is zojuist al geloot.");
        }
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

    /// <summary>Records an objection or summary proceedings against the provisional award; it blocks the final award.</summary>
    public static async Task<Weigering?> BezwaarAsync(ZorginkoopDbContext db, Aanbesteding a, int? zorgaanbiederId, BezwaarSoort soort, string? omschrijving,
        string wie, DateTimeOffset nu, CancellationToken ct = default)
    {
        omschrijving = omschrijving?.Trim();
        var weigering = (a.Status != AanbestedingStatus.VoorlopigGegund
                ? Weigering.Geheel("gunning.bezwaar-niet-voorlopig-gegund", $"Bezwaar tegen de gunning wordt vastgelegd na de voorlopige gunning; de aanbesteding is {a.Status.Naam()}.")
                : null)
            ?? (!Enum.IsDefined(soort) ? new Weigering("gunning.bezwaar-soort-onbekend", Soort, "Kies bezwaar of kort geding.") : null)
            ?? (string.IsNullOrEmpty(omschrijving) ? new Weigering("gunning.bezwaar-omschrijving-ontbreekt", Omschrijving, "Beschrijf het bezwaar.") : null)
            ?? (omschrijving!.Length > MaxTekst ? new Weigering("gunning.bezwaar-omschrijving-te-lang", Omschrijving, $"De omschrijving is ten hoogste {MaxTekst} tekens.") : null)
            ?? (zorgaanbiederId is { } z && !await db.Gunningsbesluiten.AnyAsync(b => b.AanbestedingId == a.Id && b.ZorgaanbiederId == z, ct)
                ? new Weigering("gunning.bezwaar-aanbieder-onbekend", ZorgaanbiederId, "Deze aanbieder heeft niet ingeschreven op deze aanbesteding.") : null);
        if (weigering is not null)
        {
            return weigering;
        }

        db.Bezwaren.Add(new Bezwaar { AanbestedingId = a.Id, ZorgaanbiederId = zorgaanbiederId, Soort = soort, Omschrijving = omschrijving!, IngediendOp = nu, GeregistreerdDoor = wie });
        await db.SaveChangesAsync(ct);
        return null;
    }

    /// <summary>Resolves an objection: ongegrond or ingetrokken lets the final award go ahead; gegrond keeps it blocked.</summary>
    public static async Task<Weigering?> BezwaarAfhandelenAsync(ZorginkoopDbContext db, Aanbesteding a, int bezwaarId, BezwaarStatus uitkomst, string? toelichting,
        string wie, DateTimeOffset nu, CancellationToken ct = default)
    {
        toelichting = toelichting?.Trim();
        var b = await db.Bezwaren.SingleOrDefaultAsync(x => x.Id == bezwaarId && x.AanbestedingId == a.Id, ct);
        var weigering = (b is null ? Weigering.Geheel("gunning.bezwaar-onbekend", "Dit bezwaar bestaat niet.") : null)
            ?? (b!.Status != BezwaarStatus.Lopend ? Weigering.Geheel("gunning.bezwaar-al-afgehandeld", $"Dit bezwaar is al afgehandeld ({b.Status.Naam()}).") : null)
            ?? (uitkomst is not (BezwaarStatus.Ongegrond or BezwaarStatus.Ingetrokken or BezwaarStatus.Gegrond)
                ? new Weigering("gunning.afhandeling-uitkomst-onbekend", Uitkomst, "Kies ongegrond, ingetrokken of gegrond.") : null)
            ?? (string.IsNullOrEmpty(toelichting) ? new Weigering("gunning.afhandeling-toelichting-ontbreekt", Toelichting, "Licht de afhandeling toe (bijvoorbeeld de uitspraak).") : null)
            ?? (toelichting!.Length > MaxTekst ? new Weigering("gunning.afhandeling-toelichting-te-lang", Toelichting, $"De toelichting is ten hoogste {MaxTekst} tekens.") : null);
        if (weigering is not null)
        {
            return weigering;
        }

        b!.Status = uitkomst;
        b.Afhandeling = toelichting;
        b.AfgehandeldOp = nu;
        b.AfgehandeldDoor = wie;
        await db.SaveChangesAsync(ct);
        return null;
    }

    /// <summary>How many objections block the final award (pending or upheld).</summary>
    public static Task<int> BlokkerendAsync(ZorginkoopDbContext db, int aanbestedingId, CancellationToken ct = default) =>
        db.Bezwaren.CountAsync(b => b.AanbestedingId == aanbestedingId && (b.Status == BezwaarStatus.Lopend || b.Status == BezwaarStatus.Gegrond), ct);
}
