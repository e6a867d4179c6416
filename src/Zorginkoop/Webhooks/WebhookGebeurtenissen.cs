using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Zorginkoop.Aanbestedingen;
using Zorginkoop.Contracten;
using Zorginkoop.Data;
using Zorginkoop.Formatting;

namespace Zorginkoop.Webhooks;

/// <summary>
/// Finds the events of the last 24 hours in what is stored (a publication's step, a rectification, a Nota van
/// Inlichtingen, a final award, a contract's first day and the day after its last, a finished import) and queues one
/// delivery per webhook that asked for it. It reads what the change itself committed, so no request waits for a
/// webhook and no event is lost when the app stops between a change and its delivery; it runs again and again (every
/// app instance, after every restart) and the unique key per webhook and event (<see cref="WebhookBezorging.Sleutel"/>)
/// keeps each to one delivery. An event from before a webhook was made is not sent to it.
/// </summary>
public static class WebhookGebeurtenissen
{
    /// <summary>Events older than this are not sent any more: the retries stop after the same time (issue 17: 24 hours).</summary>
    public static readonly TimeSpan Horizon = TimeSpan.FromHours(24);

    private sealed record Melding(string Sleutel, string Soort, DateTimeOffset Moment, IReadOnlyList<int> RegioIds, JsonObject Onderwerp)
    {
        /// <summary>
        /// A webhook made after this moment does not get it: the event's moment, but for a contract's first day (and the
        /// day after its last) the end of that day, so a webhook made in the morning, or a contract entered during the
        /// day with its start dated at midnight, still gets the day's starts and ends.
        /// </summary>
        public DateTimeOffset Uiterlijk { get; init; } = Moment;
    }

    /// <param name="basisAdres">The app's address as users reach it (Meldingen:BasisAdres), for the links in the body.</param>
    public static async Task<int> VerzamelAsync(ZorginkoopDbContext db, string basisAdres, DateTimeOffset nu, CancellationToken ct = default)
    {
        var webhooks = await db.Webhooks.AsNoTracking().Where(w => w.VerwijderdOp == null).ToListAsync(ct);
        if (webhooks.Count == 0)
        {
            return 0;
        }

        var vanaf = nu - Horizon;
        var basis = basisAdres.TrimEnd('/');
        var gebeurtenissen = new List<Melding>();
        await AanbestedingenAsync(db, vanaf, nu, basis, gebeurtenissen, ct);
        await ContractenAsync(db, vanaf, nu, basis, gebeurtenissen, ct);
        await ImportsAsync(db, vanaf, nu, basis, gebeurtenissen, ct);

        var regioCodes = await db.Regios.AsNoTracking().ToDictionaryAsync(r => r.Id, r => r.Code, ct);
        var nieuw = new List<WebhookBezorging>();
        foreach (var w in webhooks)
        {
            var soorten = w.SoortenLijst;
            foreach (var g in gebeurtenissen.Where(g => w.AangemaaktOp <= g.Uiterlijk && soorten.Contains(g.Soort) && g.RegioIds.Contains(w.RegioId)))
            {
                nieuw.Add(new WebhookBezorging
                {
                    WebhookId = w.Id,
                    Sleutel = g.Sleutel,
                    Soort = g.Soort,
                    Moment = g.Moment,
                    AangemaaktOp = nu,
                    Inhoud = Inhoud(g.Sleutel, g.Soort, g.Moment, regioCodes[w.RegioId], w.Id, g.Onderwerp),
                    Status = WebhookStatus.Wachtend,
                    VolgendePoging = nu,
                });
            }
        }

        if (nieuw.Count == 0)
        {
            return 0;
        }

        var ids = webhooks.Select(w => w.Id).ToList();
        var sleutels = nieuw.Select(b => b.Sleutel).Distinct().ToList();
        var bestaand = (await db.WebhookBezorgingen.Where(b => ids.Contains(b.WebhookId) && sleutels.Contains(b.Sleutel)).Select(b => new { b.WebhookId, b.Sleutel })
            .ToListAsync(ct)).Select(b => (b.WebhookId, b.Sleutel)).ToHashSet();
        var teMaken = nieuw.Where(b => !bestaand.Contains((b.WebhookId, b.Sleutel))).ToList();
        if (teMaken.Count == 0)
        {
            return 0;
        }

        db.WebhookBezorgingen.AddRange(teMaken);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (UniekeSleutel.IsGeschonden(e))
        {
            // Another app instance queued (some of) the same deliveries a moment ago; the next round adds what is still missing.
            db.ChangeTracker.Clear();
            return 0;
        }

        db.ChangeTracker.Clear();
        return teMaken.Count;
    }

    /// <summary>A message's body: what every kind has (<c>id</c>, <c>soort</c>, <c>moment</c>, <c>regio</c>, <c>webhook</c>), then its subject.</summary>
    internal static string Inhoud(string sleutel, string soort, DateTimeOffset moment, string regio, int webhookId, JsonObject onderwerp)
    {
        var inhoud = new JsonObject
        {
            ["id"] = sleutel,
            ["soort"] = soort,
            ["moment"] = moment.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture),
            ["regio"] = regio,
            ["webhook"] = webhookId,
        };
        foreach (var (naam, waarde) in onderwerp)
        {
            inhoud[naam] = waarde?.DeepClone();
        }

        return inhoud.ToJsonString();
    }

    private static async Task AanbestedingenAsync(ZorginkoopDbContext db, DateTimeOffset vanaf, DateTimeOffset nu, string basis, List<Melding> uit, CancellationToken ct)
    {
        var overgangen = await db.Aanbestedingen.AsNoTracking().SelectMany(a => a.Overgangen)
            .Where(o => o.Moment > vanaf && o.Moment <= nu && (o.Gebeurtenis == Gebeurtenis.Publiceren || o.Gebeurtenis == Gebeurtenis.DefinitiefGunnen))
            .ToListAsync(ct);
        var rectificaties = await db.Rectificaties.AsNoTracking().Where(r => r.Moment > vanaf && r.Moment <= nu).ToListAsync(ct);
        var rondes = await db.NvIRondes.AsNoTracking().Where(r => r.GepubliceerdOp > vanaf && r.GepubliceerdOp <= nu).ToListAsync(ct);
        var ids = overgangen.Select(o => o.AanbestedingId).Concat(rectificaties.Select(r => r.AanbestedingId)).Concat(rondes.Select(r => r.AanbestedingId)).Distinct().ToList();
        if (ids.Count == 0)
        {
            return;
        }

        var aanbestedingen = await db.Aanbestedingen.AsNoTracking().Include(a => a.Deelnames).Where(a => ids.Contains(a.Id)).ToDictionaryAsync(a => a.Id, ct);
        foreach (var o in overgangen)
        {
            var a = aanbestedingen[o.AanbestedingId];
            var soort = o.Gebeurtenis == Gebeurtenis.Publiceren ? WebhookSoort.AanbestedingGepubliceerd : WebhookSoort.AanbestedingGegund;
            uit.Add(new($"{soort}:{o.Id}", soort, o.Moment, a.RegioIds, new JsonObject { ["aanbesteding"] = Aanbesteding(a, basis) }));
        }

        foreach (var r in rectificaties)
        {
            var a = aanbestedingen[r.AanbestedingId];
            uit.Add(new($"{WebhookSoort.AanbestedingGerectificeerd}:{r.Id}", WebhookSoort.AanbestedingGerectificeerd, r.Moment, a.RegioIds, new JsonObject
            {
                ["aanbesteding"] = Aanbesteding(a, basis),
                ["rectificatie"] = new JsonObject
                {
                    ["nummer"] = r.Nummer,
                    ["reden"] = r.Reden,
                    ["wijzigingen"] = JsonSerializer.SerializeToNode(r.Wijzigingen.Select(w => new { veld = w.Veld, oud = w.Oud, nieuw = w.Nieuw })),
                },
            }));
        }

        foreach (var r in rondes)
        {
            var a = aanbestedingen[r.AanbestedingId];
            uit.Add(new($"{WebhookSoort.NviGepubliceerd}:{r.Id}", WebhookSoort.NviGepubliceerd, r.GepubliceerdOp, a.RegioIds, new JsonObject
            {
                ["aanbesteding"] = Aanbesteding(a, basis),
                ["nvi"] = new JsonObject
                {
                    ["nummer"] = r.Nummer,
                    ["vragen"] = r.Items.Count,
                    ["sha256"] = r.Sha256,
                    ["pagina"] = $"{basis}/aanbestedingen/{a.Id}/nvi/{r.Nummer}",
                },
            }));
        }
    }

    /// <summary>A contract starts at the start of its first day and ends at the start of the day after its last (Dutch time).</summary>
    private static async Task ContractenAsync(ZorginkoopDbContext db, DateTimeOffset vanaf, DateTimeOffset nu, string basis, List<Melding> uit, CancellationToken ct)
    {
        var van = NlFormat.DatumInAmsterdam(vanaf).AddDays(-1);
        var tot = NlFormat.DatumInAmsterdam(nu);
        var contracten = await db.Raamovereenkomsten.AsNoTracking().Include(c => c.Zorgaanbieder).Include(c => c.Aanbesteding!).ThenInclude(a => a.Deelnames)
            .Where(c => (c.Start >= van && c.Start <= tot) || (c.Einde >= van.AddDays(-1) && c.Einde <= tot) || (c.BeeindigdPer >= van.AddDays(-1) && c.BeeindigdPer <= tot))
            .ToListAsync(ct);
        foreach (var c in contracten)
        {
            var begin = Dagbegin(c.Start);
            if (begin > vanaf && begin <= nu)
            {
                uit.Add(new($"{WebhookSoort.ContractGestart}:{c.Id}", WebhookSoort.ContractGestart, begin, c.Aanbesteding!.RegioIds,
                    new JsonObject { ["contract"] = Contract(c, basis), ["aanbesteding"] = Aanbesteding(c.Aanbesteding, basis) })
                { Uiterlijk = Dagbegin(c.Start.AddDays(1)) });
            }

            var einde = Dagbegin(ContractLevenscyclus.LaatsteDag(c).AddDays(1));
            if (einde > vanaf && einde <= nu)
            {
                uit.Add(new($"{WebhookSoort.ContractBeeindigd}:{c.Id}", WebhookSoort.ContractBeeindigd, einde, c.Aanbesteding!.RegioIds,
                    new JsonObject { ["contract"] = Contract(c, basis), ["aanbesteding"] = Aanbesteding(c.Aanbesteding, basis) })
                {
                    Uiterlijk = Dagbegin(ContractLevenscyclus.LaatsteDag(c).AddDays(2)),
                });
            }
        }
    }

    /// <summary>
    /// A finished import goes to the webhooks of the regions with one of its municipalities (who may see the run,
    /// decision record 0009). Counts and result only: never a file's content.
    /// </summary>
    private static async Task ImportsAsync(ZorginkoopDbContext db, DateTimeOffset vanaf, DateTimeOffset nu, string basis, List<Melding> uit, CancellationToken ct)
    {
        var runs = await db.Zorgdata.Importruns.AsNoTracking()
            .Where(r => r.Beeindigd > vanaf && r.Beeindigd <= nu && r.Resultaat != "bezig").ToListAsync(ct);
        if (runs.Count == 0)
        {
            return;
        }

        var gemeenten = (await db.Regios.AsNoTracking().Include(r => r.Gemeenten).ToListAsync(ct))
            .SelectMany(r => r.Gemeenten.Select(g => new { RegioId = r.Id, g.Code })).ToList();
        // A run that read no municipality (a file refused at its header, one imported before, one broken off) is of the
        // regions of whoever started it, who is the one that sees it (decision record 0009).
        var starters = runs.Where(r => r.Gemeenten is null).Select(r => r.Gebruiker).Distinct().ToList();
        var regiosVan = (await db.Users.Where(u => starters.Contains(u.UserName!))
                .Join(db.Lidmaatschappen, u => u.Id, l => l.GebruikerId, (u, l) => new { u.UserName, l.RegioId }).ToListAsync(ct))
            .ToLookup(x => x.UserName!, x => x.RegioId);
        foreach (var r in runs)
        {
            var regios = r.Gemeenten is null ? regiosVan[r.Gebruiker].Distinct().ToList()
                : gemeenten.Where(g => r.Gemeenten.Contains($",{g.Code},", StringComparison.Ordinal)).Select(g => g.RegioId).Distinct().ToList();
            uit.Add(new($"{WebhookSoort.ImportAfgerond}:{r.Id}", WebhookSoort.ImportAfgerond, r.Beeindigd!.Value, regios, new JsonObject
            {
                ["import"] = new JsonObject
                {
                    ["id"] = r.Id,
                    ["formaat"] = r.Formaat,
                    ["resultaat"] = r.Resultaat,
                    ["regels"] = r.Regels,
                    ["toegevoegd"] = r.Toegevoegd,
                    ["alAanwezig"] = r.AlAanwezig,
                    ["api"] = $"{basis}/api/v1/zorgdata/importruns/{r.Id}",
                },
            }));
        }
    }

    private static DateTimeOffset Dagbegin(DateOnly dag) => NlFormat.AlsAmsterdamseTijd(dag.ToDateTime(TimeOnly.MinValue));

    /// <summary>What the public sees of the procedure (every event is after its publication).</summary>
    private static JsonObject Aanbesteding(Aanbesteding a, string basis) => new()
    {
        ["id"] = a.Id,
        ["naam"] = a.Naam,
        ["status"] = a.Status.ToString(),
        ["pagina"] = $"{basis}/aanbestedingen/{a.Id}",
        ["api"] = $"{basis}/api/v1/aanbestedingen/{a.Id}",
    };

    private static JsonObject Contract(Raamovereenkomst c, string basis) => new()
    {
        ["id"] = c.Id,
        ["perceel"] = c.PerceelNummer,
        ["zorgaanbieder"] = c.Zorgaanbieder?.Naam,
        ["kvk"] = c.Zorgaanbieder?.KvkNummer,
        ["start"] = c.Start.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        ["laatsteDag"] = ContractLevenscyclus.LaatsteDag(c).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        ["api"] = $"{basis}/api/v1/contracten/{c.Id}",
    };
}
