using Microsoft.EntityFrameworkCore;
using Zorginkoop.Aanbestedingen;
using Zorginkoop.Contracten;
using Zorginkoop.Data;
using Zorginkoop.Formatting;
using Zorginkoop.Gunning;
using Zorginkoop.Vragen;
using static Zorginkoop.Werk.Werkbak;

namespace Zorginkoop.Werk;

/// <summary>The purchasing officer's part of the work list: deadlines, questions, the vault, consensus, standstill, objections, concepts.</summary>
internal static class InkoopWerk
{
    public static async Task<List<Werkitem>> VoorAsync(ZorginkoopDbContext db, int[] regios, string naam, DateTimeOffset nu, CancellationToken ct)
    {
        var lijst = new List<Werkitem>();
        var procedures = await ProceduresAsync(db, regios, ct);
        var ids = procedures.Keys.ToArray();
        var vooruit = nu.AddDays(VooruitDagen);
        var vandaag = NlFormat.DatumInAmsterdam(nu);
        foreach (var a in procedures.Values)
        {
            var regio = Eigen(a, regios);
            if (a.Status == AanbestedingStatus.Gepubliceerd)
            {
                if (a.VragenDeadline is { } v && v > nu && v <= vooruit)
                {
                    lijst.Add(new($"termijn:vragen:{a.Id}:{v.UtcTicks}", Werksoorten.Termijn.Code, regio, $"Vragen stellen kan tot {NlFormat.DatumTijd(v)}",
                        $"{a.Naam}: daarna volgt de laatste Nota van Inlichtingen.", $"/aanbestedingen/{a.Id}/vragen/beheer", v, Termijn(v, nu)));
                }

                if (a.Sluitingsmoment is { } s && s > nu && s <= vooruit)
                {
                    lijst.Add(new($"termijn:inschrijving:{a.Id}:{s.UtcTicks}", Werksoorten.Termijn.Code, regio, $"Uiterste inschrijfdatum {NlFormat.DatumTijd(s)}",
                        $"{a.Naam}: daarna sluit de inschrijving en kan de kluis worden geopend.", $"/aanbestedingen/{a.Id}", s, Termijn(s, nu)));
                }
            }

            if (a.Status == AanbestedingStatus.Concept && a.Publicatiedatum is { } p && p < vandaag)
            {
                lijst.Add(new($"concept:{a.Id}:{p.DayNumber}", Werksoorten.Concept.Code, regio, $"Nog niet gepubliceerd: gepland op {NlFormat.Datum(p)}",
                    $"{a.Naam} staat nog als concept. Publiceer haar of zet een nieuwe publicatiedatum.", $"/aanbestedingen/{a.Id}",
                    NlFormat.AlsAmsterdamseTijd(p.ToDateTime(TimeOnly.MinValue)), Urgentie.Verlopen));
            }

            if (a.Status == AanbestedingStatus.VoorlopigGegund && a.StandstillEinde is { } e && e <= vooruit)
            {
                lijst.Add(e <= nu
                    ? new($"standstill:{a.Id}:{e.UtcTicks}", Werksoorten.Standstill.Code, regio, "Opschortingstermijn voorbij: definitief gunnen",
                        $"De opschortingstermijn van {a.Naam} eindigde op {NlFormat.DatumTijd(e)}. Zonder lopend bezwaar kan de gunning definitief worden.",
                        $"/aanbestedingen/{a.Id}/gunning", e, Urgentie.Verlopen)
                    : new($"standstill:{a.Id}:{e.UtcTicks}", Werksoorten.Standstill.Code, regio, $"Opschortingstermijn eindigt {NlFormat.DatumTijd(e)}",
                        $"{a.Naam}: tot dan kunnen inschrijvers bezwaar maken; daarna volgt de definitieve gunning.", $"/aanbestedingen/{a.Id}/gunning", e, Termijn(e, nu)));
            }
        }

        await VragenAsync(db, procedures, regios, lijst, ct);
        // Admission is decided on the procedure's page, an officer's (policy AanbestedingenBeheren).
        await ToelatingenAsync(db, procedures, regios, nu, lijst, ct);
        await KluisAsync(db, procedures, regios, naam, lijst, ct);
        await ConsensusAsync(db, procedures, regios, lijst, ct);
        foreach (var g in (await db.Bezwaren.AsNoTracking().Where(b => ids.Contains(b.AanbestedingId) && b.Status == BezwaarStatus.Lopend).ToListAsync(ct))
            .GroupBy(b => b.AanbestedingId))
        {
            var a = procedures[g.Key];
            var oudste = g.Min(b => b.IngediendOp);
            lijst.Add(new($"bezwaar:{a.Id}:{g.Max(b => b.Id)}", Werksoorten.Bezwaar.Code, Eigen(a, regios), $"{Aantal(g.Count(), "bezwaar loopt", "bezwaren lopen")}",
                $"{a.Naam}: ingediend {Wacht(oudste, nu)}. De definitieve gunning wacht tot het is afgehandeld.", $"/aanbestedingen/{a.Id}/gunning", oudste, Urgentie.Dringend));
        }

        return lijst;
    }

    /// <summary>Open House applications waiting for a decision: for the officers, who decide them.</summary>
    private static async Task ToelatingenAsync(ZorginkoopDbContext db, Dictionary<int, Aanbesteding> procedures, int[] regios, DateTimeOffset nu, List<Werkitem> lijst, CancellationToken ct)
    {
        var ids = procedures.Keys.ToArray();
        var aanvragen = await db.Toelatingsaanvragen.AsNoTracking().Include(t => t.Zorgaanbieder)
            .Where(t => ids.Contains(t.AanbestedingId) && t.Status == AanvraagStatus.Ingediend).ToListAsync(ct);
        lijst.AddRange(aanvragen.Select(t =>
        {
            var a = procedures[t.AanbestedingId];
            return new Werkitem($"toelating:{t.Id}", Werksoorten.Toelating.Code, Eigen(a, regios), $"Aanmelding van {t.Zorgaanbieder!.Naam} wacht {Wacht(t.IngediendOp, nu)}",
                $"{a.Naam}, {(t.PerceelNummers.Count == 1 ? "perceel" : "percelen")} {string.Join(", ", t.PerceelNummers)}: toelaten of afwijzen.",
                $"/aanbestedingen/{a.Id}/toelating", t.IngediendOp, Urgentie.Wacht);
        }));
    }

    /// <summary>The procedures of these regions, owned or joined (a joint procedure is work for every participant), not withdrawn.</summary>
    internal static async Task<Dictionary<int, Aanbesteding>> ProceduresAsync(ZorginkoopDbContext db, int[] regios, CancellationToken ct) =>
        await db.Aanbestedingen.AsNoTracking().Include(a => a.Deelnames)
            .Where(a => a.Status != AanbestedingStatus.Ingetrokken && (regios.Contains(a.RegioId) || a.Deelnames.Any(d => regios.Contains(d.RegioId))))
            .ToDictionaryAsync(a => a.Id, ct);

    /// <summary>The region the item is filed under: the owner when it is the person's, else the first participant that is.</summary>
    internal static int Eigen(Aanbesteding a, int[] regios) => a.RegioIds.FirstOrDefault(regios.Contains, a.RegioId);

    private static async Task VragenAsync(ZorginkoopDbContext db, Dictionary<int, Aanbesteding> procedures, int[] regios, List<Werkitem> lijst, CancellationToken ct)
    {
        var ids = procedures.Keys.ToArray();
        var open = await db.Vragen.AsNoTracking()
            .Where(v => ids.Contains(v.AanbestedingId) && v.Status != VraagStatus.Gepubliceerd)
            .Select(v => new { v.Id, v.AanbestedingId, v.Status, v.GesteldOp }).ToListAsync(ct);
        foreach (var g in open.GroupBy(v => v.AanbestedingId))
        {
            var a = procedures[g.Key];
            var link = $"/aanbestedingen/{a.Id}/vragen/beheer";
            var wachtend = g.Where(v => v.Status is VraagStatus.Nieuw or VraagStatus.InBehandeling).ToList();
            if (wachtend.Count > 0)
            {
                var oudste = wachtend.Min(v => v.GesteldOp);
                lijst.Add(new($"vragen:{a.Id}:{wachtend.Max(v => v.Id)}", Werksoorten.Vragen.Code, Eigen(a, regios),
                    $"{Aantal(wachtend.Count, "vraag wacht", "vragen wachten")} op een antwoord",
                    $"{a.Naam}: de oudste is gesteld op {NlFormat.DatumTijd(oudste)}.", link, oudste, Urgentie.Wacht));
            }

            var beantwoord = g.Where(v => v.Status == VraagStatus.Beantwoord).ToList();
            if (beantwoord.Count > 0)
            {
                var oudste = beantwoord.Min(v => v.GesteldOp);
                lijst.Add(new($"nvi:{a.Id}:{beantwoord.Max(v => v.Id)}", Werksoorten.NotaVanInlichtingen.Code, Eigen(a, regios),
                    $"{Aantal(beantwoord.Count, "beantwoorde vraag wacht", "beantwoorde vragen wachten")} op de volgende Nota van Inlichtingen",
                    $"{a.Naam}: publiceer de antwoorden in een nieuwe ronde.", link, oudste, Urgentie.Wacht));
            }
        }
    }

    /// <summary>An opening asked by a colleague waits for a second officer (four eyes); one's own request waits for someone else.</summary>
    private static async Task KluisAsync(ZorginkoopDbContext db, Dictionary<int, Aanbesteding> procedures, int[] regios, string naam, List<Werkitem> lijst, CancellationToken ct)
    {
        var ids = procedures.Keys.ToArray();
        foreach (var k in await db.KluisOpeningen.AsNoTracking().Where(k => ids.Contains(k.AanbestedingId) && k.BevestigdOp == null).ToListAsync(ct))
        {
            if (string.Equals(k.AangevraagdDoor, naam, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var a = procedures[k.AanbestedingId];
            lijst.Add(new($"kluis:{k.Id}", Werksoorten.Kluis.Code, Eigen(a, regios), "Kluisopening wacht op een tweede inkoper",
                $"{k.AangevraagdDoor} vroeg op {NlFormat.DatumTijd(k.AangevraagdOp)} de opening van de kluis van {a.Naam} aan; u kunt haar bevestigen.",
                $"/aanbestedingen/{a.Id}/kluis", k.AangevraagdOp, Urgentie.Dringend));
        }
    }

    /// <summary>
    /// Bids that enough assessors submitted but whose consensus is not complete (the criteria they scored, each with a
    /// consensus score); once every bid has it, the quality scores wait to be made final.
    /// </summary>
    private static async Task ConsensusAsync(ZorginkoopDbContext db, Dictionary<int, Aanbesteding> procedures, int[] regios, List<Werkitem> lijst, CancellationToken ct)
    {
        var ids = procedures.Values.Where(a => a.Status == AanbestedingStatus.InBeoordeling).Select(a => a.Id).ToArray();
        if (ids.Length == 0)
        {
            return;
        }

        var definitief = await db.Gunningsdossiers.Where(d => ids.Contains(d.AanbestedingId) && d.KwaliteitDefinitiefOp != null).Select(d => d.AanbestedingId).ToListAsync(ct);
        ids = [.. ids.Except(definitief)];
        var gescoord = await db.Beoordelingen.Where(b => ids.Contains(b.AanbestedingId) && b.IngediendOp != null)
            .Join(db.Scores, b => b.Id, s => s.BeoordelingId, (b, s) => new { b.InschrijvingId, b.Beoordelaar, s.CriteriumId }).ToListAsync(ct);
        var consensus = await db.Consensusscores.AsNoTracking().Where(c => ids.Contains(c.AanbestedingId))
            .Select(c => new { c.InschrijvingId, c.CriteriumId }).ToListAsync(ct);
        var ingediend = await db.Inschrijvingen.Where(i => ids.Contains(i.AanbestedingId) && i.Status == Inschrijvingen.InschrijvingStatus.Ingediend)
            .Select(i => new { i.Id, i.AanbestedingId }).ToListAsync(ct);
        foreach (var id in ids)
        {
            var a = procedures[id];
            var wachten = 0;
            var klaar = 0;
            foreach (var i in ingediend.Where(i => i.AanbestedingId == id))
            {
                var scores = gescoord.Where(s => s.InschrijvingId == i.Id).ToList();
                var nodig = scores.Select(s => s.CriteriumId).ToHashSet();
                var gedaan = consensus.Where(c => c.InschrijvingId == i.Id).Select(c => c.CriteriumId).ToHashSet();
                if (scores.Select(s => s.Beoordelaar).Distinct().Count() < Beoordelen.MinimumBeoordelaars)
                {
                    continue;
                }

                if (nodig.IsSubsetOf(gedaan))
                {
                    klaar++;
                }
                else
                {
                    wachten++;
                }
            }

            var link = $"/aanbestedingen/{a.Id}/beoordeling";
            if (wachten > 0)
            {
                lijst.Add(new($"consensus:{a.Id}:{wachten}", Werksoorten.Consensus.Code, Eigen(a, regios), $"{Aantal(wachten, "inschrijving wacht", "inschrijvingen wachten")} op consensus",
                    $"{a.Naam}: de beoordelaars hebben hun scores ingediend; leg per criterium de consensusscore vast.", link, null, Urgentie.Wacht));
            }
            else if (klaar > 0 && klaar == ingediend.Count(i => i.AanbestedingId == id))
            {
                lijst.Add(new($"consensus:{a.Id}:klaar", Werksoorten.Consensus.Code, Eigen(a, regios), "Kwaliteitsscores kunnen definitief",
                    $"{a.Naam}: elke inschrijving heeft haar consensus. Stel de kwaliteit vast; dan openen de prijsdelen.", link, null, Urgentie.Wacht));
            }
        }
    }
}
