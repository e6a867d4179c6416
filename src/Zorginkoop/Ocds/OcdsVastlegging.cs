using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Zorginkoop.Aanbestedingen;
using Zorginkoop.Contracten;
using Zorginkoop.Data;
using Zorginkoop.Formatting;

namespace Zorginkoop.Ocds;

/// <summary>
/// Stores a procedure's OCDS releases when their events happen, in the transaction of the change that caused them
/// (<see cref="ZorginkoopDbContext.SaveChangesAsync(bool, CancellationToken)"/>): publication, rectification, award and
/// each contract get their release once; any other change to what is published (a withdrawal, an extension, an ended
/// contract, a corrected field) becomes a release of its own with an OCDS amendment that names the release it amends
/// and the fields that changed. Stored releases are never rewritten, so what was published on a date stays as it was
/// (OCDS 1.1, "Releases and records": releases are immutable).
/// </summary>
public sealed class OcdsVastlegging
{
    private readonly List<object> gewijzigd;

    private OcdsVastlegging(List<object> gewijzigd) => this.gewijzigd = gewijzigd;

    /// <summary>The records a release is made of.</summary>
    private static readonly HashSet<Type> Gevolgd =
    [
        typeof(Aanbesteding), typeof(Perceel), typeof(Deelname), typeof(Rectificatie), typeof(Overgang), typeof(Raamovereenkomst), typeof(ContractLid),
    ];

    public static OcdsVastlegging? Vang(ZorginkoopDbContext db) => GevolgdeWijzigingen.Van(db, Gevolgd) is { Count: > 0 } gewijzigd ? new OcdsVastlegging(gewijzigd) : null;

    /// <summary>Runs after the records were written (new records have their keys), before the commit.</summary>
    public async Task VastleggenAsync(ZorginkoopDbContext db, string prefix, DateTimeOffset nu, CancellationToken ct)
    {
        var contractIds = gewijzigd.OfType<ContractLid>().Select(l => l.RaamovereenkomstId).Distinct().ToList();
        var ids = gewijzigd.Select(e => e switch
        {
            Aanbesteding a => a.Id,
            Perceel p => p.AanbestedingId,
            Deelname d => d.AanbestedingId,
            Rectificatie r => r.AanbestedingId,
            Overgang o => o.AanbestedingId,
            Raamovereenkomst c => c.AanbestedingId,
            _ => 0,
        }).Where(id => id != 0).ToHashSet();
        if (contractIds.Count > 0)
        {
            ids.UnionWith(await db.Raamovereenkomsten.Where(c => contractIds.Contains(c.Id)).Select(c => c.AanbestedingId).ToListAsync(ct));
        }

        await LegVastAsync(db, ids, prefix, nu, ct);
    }

    /// <summary>
    /// Adds what is missing to the stored releases of the published procedures among <paramref name="aanbestedingIds"/>
    /// (all when null): the releases of events not yet stored, then one for whatever else differs from the stored state.
    /// Adds to the context without saving. Returns how many releases were added.
    /// </summary>
    public static async Task<int> LegVastAsync(ZorginkoopDbContext db, IReadOnlyCollection<int>? aanbestedingIds, string prefix, DateTimeOffset nu, CancellationToken ct)
    {
        var processen = await OcdsPublicatie.ProcessenAsync(db, aanbestedingIds, ct);
        if (processen.Count == 0)
        {
            return 0;
        }

        var procesIds = processen.Select(p => p.Aanbesteding.Id).ToList();
        if (db.Database.IsNpgsql())
        {
            // Two changes to one procedure at once would both number their release "wijziging-N": they take turns per
            // procedure until their commit (key 727276; the audit chain uses 727274, migrations 727275). SQLite has one writer.
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(727276, x) FROM unnest({procesIds.Order().ToArray()}) AS x", ct);
        }

        var opgeslagen = (await db.OcdsReleases.AsNoTracking().Where(r => procesIds.Contains(r.AanbestedingId)).ToListAsync(ct))
            .OrderBy(r => r.Datum).ThenBy(r => r.Id).ToLookup(r => r.AanbestedingId);
        var vandaag = NlFormat.DatumInAmsterdam(nu);
        var nieuw = 0;
        foreach (var p in processen)
        {
            var ocid = OcdsPublicatie.Ocid(prefix, p.Aanbesteding.Id);
            var eigen = opgeslagen[p.Aanbesteding.Id].Select(r => (r.ReleaseId, r.Datum, Json: JsonNode.Parse(r.Json)!.AsObject())).ToList();
            var bekend = eigen.Select(r => r.ReleaseId).ToHashSet(StringComparer.Ordinal);
            foreach (var g in OcdsPublicatie.Gebeurtenissen(p, prefix, nu).Where(g => !bekend.Contains(g.ReleaseId)))
            {
                // Never dated before a release already out: a record's order is its dates, and what came later builds on it.
                var datum = eigen.Count == 0 || g.Datum >= eigen[^1].Datum ? g.Datum : eigen[^1].Datum;
                var release = OcdsPublicatie.Release(p, prefix, g with { Datum = datum }, vandaag);
                if (g.Reden is { } reden && eigen.Count > 0)
                {
                    ((JsonObject)release["tender"]!)["amendments"] = new JsonArray(Wijziging(g.ReleaseId, datum, reden, eigen[^1].ReleaseId, g.ReleaseId, null));
                }

                Voeg(db, p, ocid, g.ReleaseId, datum, [g.Tag], release, eigen);
                nieuw++;
            }

            var stand = OcdsPublicatie.Stand(p, prefix, nu);
            var verschillen = OcdsSamenvoegen.Verschillen(OcdsSamenvoegen.Compileer(eigen.Select(r => r.Json)), stand);
            if (verschillen.Count > 0)
            {
                var id = $"{ocid}-wijziging-{eigen.Count(r => r.ReleaseId.StartsWith($"{ocid}-wijziging-", StringComparison.Ordinal)) + 1}";
                var datum = eigen.Count == 0 || nu >= eigen[^1].Datum ? nu : eigen[^1].Datum;
                MetWijzigingen(stand, verschillen, Reden(p, eigen.Count == 0 ? null : eigen[^1].Datum), datum, eigen.Count == 0 ? null : eigen[^1].ReleaseId, id);
                Voeg(db, p, ocid, id, datum, Tags(stand, verschillen), stand, eigen);
                nieuw++;
            }
        }

        return nieuw;
    }

    /// <summary>
    /// Records what the calendar changed: a contract that started or ended in the last week (its status in OCDS moves
    /// from pending to active, or to terminated) without anyone saving its procedure. In a transaction of its own;
    /// running it twice, or in two app instances, adds nothing the second time. Returns the releases added.
    /// </summary>
    public static async Task<int> KalenderBijwerkenAsync(ZorginkoopDbContext db, string prefix, DateTimeOffset nu, CancellationToken ct)
    {
        var vandaag = NlFormat.DatumInAmsterdam(nu);
        var sinds = vandaag.AddDays(-7);
        var ids = await db.Raamovereenkomsten.AsNoTracking()
            .Where(c => (c.Start > sinds && c.Start <= vandaag) || (c.Einde >= sinds && c.Einde < vandaag)
                || (c.BeeindigdPer != null && c.BeeindigdPer >= sinds && c.BeeindigdPer < vandaag))
            .Select(c => c.AanbestedingId).Distinct().ToListAsync(ct);
        if (ids.Count == 0)
        {
            return 0;
        }

        await using var transactie = await db.Database.BeginTransactionAsync(ct);
        var n = await LegVastAsync(db, ids, prefix, nu, ct);
        await db.SaveChangesAsync(ct);
        await transactie.CommitAsync(ct);
        db.ChangeTracker.Clear();
        return n;
    }

    private static void Voeg(ZorginkoopDbContext db, OcdsPublicatie.Proces p, string ocid, string id, DateTimeOffset datum, string[] tags, JsonObject release,
        List<(string ReleaseId, DateTimeOffset Datum, JsonObject Json)> eigen)
    {
        release["id"] = id;
        release["date"] = OcdsPublicatie.Tijd(datum);
        release["tag"] = new JsonArray([.. tags.Select(t => (JsonNode)JsonValue.Create(t))]);
        db.OcdsReleases.Add(new OcdsRelease
        {
            AanbestedingId = p.Aanbesteding.Id,
            Ocid = ocid,
            ReleaseId = id,
            Datum = datum,
            Tag = string.Join(',', tags),
            Json = release.ToJsonString(),
        });
        eigen.Add((id, datum, release));
    }

    /// <summary>The tags of a change release: which parts of the process it updates (OCDS release tag codelist).</summary>
    private static string[] Tags(JsonObject stand, List<string> verschillen)
    {
        var tags = new List<string>();
        if (verschillen.Any(v => v.StartsWith("tender/status", StringComparison.Ordinal)) && stand["tender"]?["status"]?.GetValue<string>() == "cancelled")
        {
            tags.Add("tenderCancellation");
        }
        else if (verschillen.Any(v => !v.StartsWith("awards", StringComparison.Ordinal) && !v.StartsWith("contracts", StringComparison.Ordinal)))
        {
            tags.Add("tenderUpdate");
        }

        if (verschillen.Any(v => v.StartsWith("awards", StringComparison.Ordinal)))
        {
            tags.Add("awardUpdate");
        }

        var contracten = GewijzigdeContracten(stand, verschillen).ToList();
        if (contracten.Count > 0)
        {
            tags.Add(contracten.All(c => c["status"]?.GetValue<string>() == "terminated") ? "contractTermination" : "contractAmendment");
        }

        return [.. tags];
    }

    /// <summary>Puts the amendment where the change is: on the tender, and on every contract that changed.</summary>
    private static void MetWijzigingen(JsonObject stand, List<string> verschillen, string reden, DateTimeOffset datum, string? vorige, string id)
    {
        var beschrijving = "Gewijzigd: " + string.Join(", ", verschillen.Take(20)) + (verschillen.Count > 20 ? $" en {verschillen.Count - 20} meer" : "");
        if (verschillen.Any(v => !v.StartsWith("awards", StringComparison.Ordinal) && !v.StartsWith("contracts", StringComparison.Ordinal)))
        {
            ((JsonObject)stand["tender"]!)["amendments"] = new JsonArray(Wijziging(id, datum, reden, vorige, id, beschrijving));
        }

        foreach (var c in GewijzigdeContracten(stand, verschillen))
        {
            c["amendments"] = new JsonArray(Wijziging(id, datum, reden, vorige, id, beschrijving));
        }
    }

    private static IEnumerable<JsonObject> GewijzigdeContracten(JsonObject stand, List<string> verschillen) =>
        (stand["contracts"] as JsonArray ?? []).Cast<JsonObject>()
            .Where(c => verschillen.Any(v => v.StartsWith($"contracts/{c["id"]}/", StringComparison.Ordinal) || v == $"contracts/{c["id"]}"));

    private static JsonObject Wijziging(string id, DateTimeOffset datum, string reden, string? vorige, string release, string? beschrijving)
    {
        var w = new JsonObject { ["id"] = id, ["date"] = OcdsPublicatie.Tijd(datum), ["rationale"] = reden };
        if (beschrijving is not null)
        {
            w["description"] = beschrijving;
        }

        if (vorige is not null)
        {
            w["amendsReleaseID"] = vorige;
        }

        w["releaseID"] = release;
        return w;
    }

    /// <summary>Why the process changed, when the change says so: the reason of its latest step, or of a contract ended early.</summary>
    private static string Reden(OcdsPublicatie.Proces p, DateTimeOffset? sinds) =>
        p.Aanbesteding.Overgangen.Where(o => o.Reden is not null && (sinds is null || o.Moment >= sinds)).OrderBy(o => o.Moment).LastOrDefault()?.Reden
        ?? p.Contracten.Where(c => c.BeeindigingsReden is not null).Select(c => c.BeeindigingsReden).LastOrDefault()
        ?? "Gegevens na publicatie gewijzigd in Zorginkoop";
}
