using Microsoft.EntityFrameworkCore;
using Zorginkoop.Data;
using Zorginkoop.Documenten;
using Zorginkoop.Formatting;

namespace Zorginkoop.Gunning;

/// <summary>A consensus score as the letter shows it.</summary>
public sealed record BriefScore(string Criterium, CriteriumSoort Soort, int Waarde, int SchaalMax, int Weging, string Motivatie);

/// <summary>An awarded bid on the lot, for the relative merits (Aanbestedingswet 2.130: the characteristics and relative advantages of the chosen bids).</summary>
public sealed record BriefWinnaar(string Naam, int? Positie, int Kwaliteit, int Prijs, int Totaal, IReadOnlyList<BriefScore> Scores);

public sealed record BriefPerceel(int Nummer, string Naam, Gunningsbesluit Besluit, IReadOnlyList<BriefScore> EigenScores, IReadOnlyList<BriefWinnaar> Gegund, int? Max);

/// <summary>
/// The award letter to one bidder of a procedure: per lot its outcome, position, points and reasons, its own
/// consensus scores with motivation, the relative merits of the awarded bids, and the exact end of the standstill.
/// Built from the decisions fixed at the provisional award, so the letter says what was decided then.
/// </summary>
public sealed record Gunningsbrief(string Aanbesteding, string Regio, string Aan, DateTimeOffset Datum, DateTimeOffset? StandstillEinde, IReadOnlyList<BriefPerceel> Percelen)
{
    public bool IetsGegund => Percelen.Any(p => p.Besluit.Uitkomst == BesluitUitkomst.Gegund);

    public string Titel => IetsGegund ? $"Voorlopige gunning: {Aanbesteding}" : $"Afwijzing: {Aanbesteding}";

    /// <summary>The letter to <paramref name="zorgaanbiederId"/>, or null when it has no decision on this procedure.</summary>
    public static async Task<Gunningsbrief?> MaakAsync(ZorginkoopDbContext db, int aanbestedingId, int zorgaanbiederId, CancellationToken ct = default)
    {
        var besluiten = await db.Gunningsbesluiten.AsNoTracking().Where(b => b.AanbestedingId == aanbestedingId).ToListAsync(ct);
        var eigen = besluiten.Where(b => b.ZorgaanbiederId == zorgaanbiederId).OrderBy(b => b.PerceelNummer).ToList();
        if (eigen.Count == 0)
        {
            return null;
        }

        var a = await db.Aanbestedingen.AsNoTracking().Include(x => x.Regio).Include(x => x.Percelen).SingleAsync(x => x.Id == aanbestedingId, ct);
        var criteria = await Criteria.VanAsync(db, aanbestedingId, ct);
        var consensus = await db.Consensusscores.AsNoTracking().Where(s => s.AanbestedingId == aanbestedingId).ToListAsync(ct);
        var namen = await db.Zorgaanbieders.AsNoTracking().Where(z => besluiten.Select(b => b.ZorgaanbiederId).Contains(z.Id)).ToDictionaryAsync(z => z.Id, z => z.Naam, ct);

        IReadOnlyList<BriefScore> Scores(int inschrijving) => [.. criteria.Where(c => c.Soort != CriteriumSoort.Prijs)
            .Join(consensus.Where(s => s.InschrijvingId == inschrijving), c => c.Id, s => s.CriteriumId,
                (c, s) => new BriefScore(c.Naam, c.Soort, s.Waarde, c.SchaalMax, c.Weging, s.Motivatie))];

        var percelen = eigen.Select(b => new BriefPerceel(b.PerceelNummer, a.Percelen.SingleOrDefault(p => p.Nummer == b.PerceelNummer)?.Naam ?? $"perceel {b.PerceelNummer}", b,
            Scores(b.InschrijvingId),
            [.. besluiten.Where(x => x.PerceelNummer == b.PerceelNummer && x.Uitkomst == BesluitUitkomst.Gegund).OrderBy(x => x.Positie)
                .Select(x => new BriefWinnaar(namen[x.ZorgaanbiederId], x.Positie, x.KwaliteitPunten, x.PrijsPunten, x.TotaalPunten, Scores(x.InschrijvingId)))],
            a.MaxGunningenPerPerceel)).ToList();
        return new Gunningsbrief(a.Naam, a.Regio?.Naam ?? "", namen[zorgaanbiederId], eigen[0].VerzondenOp, a.StandstillEinde, percelen);
    }

    /// <summary>The letter's paragraphs in order (heading or text), shared by the web page and the PDF so they never differ.</summary>
    public IEnumerable<(bool Kop, string Tekst)> Alineas()
    {
        yield return (false, $"Aan: {Aan}");
        yield return (false, $"Datum: {NlFormat.DatumTijd(Datum)}");
        yield return (false, $"Onderwerp: gunningsbeslissing {Aanbesteding}");
        yield return (false, $"Geachte heer, mevrouw,\n\nU heeft ingeschreven op de aanbesteding {Aanbesteding}. In deze brief leest u per perceel de beslissing over uw inschrijving, " +
            "uw scores met de motivering en de kenmerken en relatieve voordelen van de gegunde inschrijvingen. Alle inschrijvers ontvangen hun brief op hetzelfde moment.");
        foreach (var p in Percelen)
        {
            var b = p.Besluit;
            yield return (true, $"Perceel {p.Nummer}: {p.Naam}");
            yield return (false, b.Uitkomst switch
            {
                BesluitUitkomst.Gegund => "Wij zijn voornemens dit perceel aan u te gunnen.",
                BesluitUitkomst.Afgewezen => "Wij zijn voornemens dit perceel niet aan u te gunnen.",
                _ => "Uw inschrijving op dit perceel is uitgesloten van verdere beoordeling.",
            } + " " + b.Reden);
            if (b.Uitkomst != BesluitUitkomst.Uitgesloten)
            {
                yield return (false, $"Uw punten: kwaliteit {GunningTekst.Punten(b.KwaliteitPunten)}, prijs {GunningTekst.Punten(b.PrijsPunten)}, totaal {GunningTekst.Punten(b.TotaalPunten)}.");
            }

            if (b.Gelijkspel is not null)
            {
                yield return (false, b.Gelijkspel);
            }

            foreach (var s in p.EigenScores)
            {
                yield return (false, $"{s.Criterium}: {Waarde(s)}. {s.Motivatie}");
            }

            if (b.Uitkomst != BesluitUitkomst.Gegund && p.Gegund.Count > 0)
            {
                yield return (false, $"Gegunde inschrijvingen op dit perceel ({p.Gegund.Count}): " +
                    string.Join("; ", p.Gegund.Select(w => $"{w.Naam}, plaats {w.Positie}: kwaliteit {GunningTekst.Punten(w.Kwaliteit)}, prijs {GunningTekst.Punten(w.Prijs)}, totaal {GunningTekst.Punten(w.Totaal)}" +
                        (w.Scores.Any(s => s.Soort == CriteriumSoort.Kwaliteit) ? $" ({string.Join(", ", w.Scores.Where(s => s.Soort == CriteriumSoort.Kwaliteit).Select(s => $"{s.Criterium} {s.Waarde}/{s.SchaalMax}"))})" : ""))) + ".");
            }
        }

        yield return (true, "Opschortingstermijn");
        yield return (false, StandstillEinde is { } einde
            ? $"Deze beslissing is voorlopig. De opschortingstermijn eindigt op {NlFormat.DatumTijd(einde)} (ten minste 20 kalenderdagen, Aanbestedingswet 2.127). " +
              "Bent u het niet eens met deze beslissing, dan kunt u vóór dat moment een kort geding aanhangig maken bij de voorzieningenrechter. " +
              "Na de termijn, en als er geen bezwaar meer loopt, volgt de definitieve gunning."
            : "Deze procedure kent geen opschortingstermijn.");
        yield return (false, $"Met vriendelijke groet,\n\n{Regio}");
    }

    public static string Waarde(BriefScore s) => s.Soort == CriteriumSoort.Eis
        ? (s.Waarde == 1 ? "voldoet" : "voldoet niet")
        : $"{s.Waarde} van {s.SchaalMax} ({GunningTekst.Punten((int)Math.Round(s.Weging * 100m * s.Waarde / s.SchaalMax, MidpointRounding.AwayFromZero))} van {s.Weging} punten)";

    /// <summary>The letter as PDF (A4, standard Helvetica), with the same paragraphs as the web page.</summary>
    public byte[] Pdf()
    {
        var pdf = new TextPdf().Titel(Titel);
        foreach (var (kop, tekst) in Alineas())
        {
            if (kop)
            {
                pdf.Kop(tekst);
            }
            else
            {
                foreach (var regel in tekst.Split("\n\n"))
                {
                    pdf.Alinea(regel.Replace('\n', ' '));
                }
            }
        }

        return pdf.Bouw($"{Titel} - {Aan}");
    }
}
