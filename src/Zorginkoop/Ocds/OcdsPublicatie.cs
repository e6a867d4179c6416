using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Zorginkoop.Aanbestedingen;
using Zorginkoop.Accounts;
using Zorginkoop.Contracten;
using Zorginkoop.Data;
using Zorginkoop.Formatting;

namespace Zorginkoop.Ocds;

/// <summary>
/// Every published procedure as an Open Contracting Data Standard 1.1 contracting process: a release at publication
/// (tag <c>tender</c>), one per rectification (<c>tenderAmendment</c>), one at the final award or first admission
/// (<c>award</c>) and one per framework agreement (<c>contract</c>), and a record per process with the compiled
/// release. Lots use the OCDS lots extension, framework agreements the techniques extension. A release is built when
/// its event happens and stored as it is (<see cref="OcdsVastlegging"/>); this class builds, the store keeps.
/// Concepts are never published.
/// </summary>
public static class OcdsPublicatie
{
    public const string Versie = "1.1";

    public static readonly string[] Extensies =
    [
        "https://raw.githubusercontent.com/open-contracting-extensions/ocds_lots_extension/v1.1.5/extension.json",
        "https://raw.githubusercontent.com/open-contracting-extensions/ocds_techniques_extension/master/extension.json",
    ];

    /// <summary>The ocid of a procedure: the publisher's prefix (from configuration) and the procedure's id.</summary>
    public static string Ocid(string prefix, int aanbestedingId) => $"{prefix}-{aanbestedingId.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>The published procedures among <paramref name="aanbestedingIds"/> (all when null) with what their releases need.</summary>
    public static async Task<List<Proces>> ProcessenAsync(ZorginkoopDbContext db, IReadOnlyCollection<int>? aanbestedingIds, CancellationToken ct = default)
    {
        IQueryable<Aanbesteding> q = db.Aanbestedingen.AsNoTracking().Include(a => a.Regio).Include(a => a.Deelnames).ThenInclude(d => d.Regio).Include(a => a.Percelen).Include(a => a.Overgangen).Include(a => a.Rectificaties);
        q = q.Zichtbaar(Kijker.Publiek);
        if (aanbestedingIds is not null)
        {
            q = q.Where(a => aanbestedingIds.Contains(a.Id));
        }

        var aanbestedingen = await q.AsSplitQuery().OrderBy(a => a.Id).ToListAsync(ct);
        var ids = aanbestedingen.Select(a => a.Id).ToList();
        var contracten = await db.Raamovereenkomsten.AsNoTracking().Include(c => c.Zorgaanbieder).Include(c => c.Leden).ThenInclude(l => l.Zorgaanbieder)
            .Where(c => ids.Contains(c.AanbestedingId)).OrderBy(c => c.Id).ToListAsync(ct);
        return [.. aanbestedingen.Select(a => new Proces(a, [.. contracten.Where(c => c.AanbestedingId == a.Id)]))];
    }

    /// <summary>A procedure and its contracts.</summary>
    public sealed record Proces(Aanbesteding Aanbesteding, IReadOnlyList<Raamovereenkomst> Contracten);

    /// <summary>
    /// A moment worth a release: publication (<c>tender</c>), each rectification (<c>tenderAmendment</c>, with its
    /// reason), the final award or first admission (<c>award</c>) and each framework agreement (<c>contract</c>, about
    /// that contract and its own suppliers only).
    /// </summary>
    public sealed record Gebeurtenis(string ReleaseId, DateTimeOffset Datum, string Tag, bool MetGunning, int? ContractId = null, string? Reden = null);

    /// <summary>The events of a process so far, oldest first; none is later than <paramref name="nu"/>.</summary>
    public static List<Gebeurtenis> Gebeurtenissen(Proces p, string prefix, DateTimeOffset nu)
    {
        var a = p.Aanbesteding;
        var ocid = Ocid(prefix, a.Id);
        var publicatie = a.Overgangen.Where(o => o.Gebeurtenis == Aanbestedingen.Gebeurtenis.Publiceren).Select(o => (DateTimeOffset?)o.Moment).Min()
            ?? Middernacht(a.Publicatiedatum ?? NlFormat.DatumInAmsterdam(nu));
        var lijst = new List<Gebeurtenis> { new($"{ocid}-tender", Min(publicatie, nu), "tender", MetGunning: false) };
        lijst.AddRange(a.Rectificaties.OrderBy(r => r.Nummer)
            .Select(r => new Gebeurtenis($"{ocid}-rectificatie-{r.Nummer}", Min(r.Moment, nu), "tenderAmendment", MetGunning: false, Reden: r.Reden)));
        if (Gegund(p) is { } gegund)
        {
            lijst.Add(new($"{ocid}-gunning", Min(gegund, nu), "award", MetGunning: true));
            lijst.AddRange(p.Contracten.Select(c => new Gebeurtenis($"{ocid}-contract-{c.Id}", Min(Max(gegund, Middernacht(c.Start)), nu), "contract", true, c.Id)));
        }

        return [.. lijst.OrderBy(g => g.Datum)];
    }

    /// <summary>The release of one event, with the process as it stands on <paramref name="vandaag"/>.</summary>
    public static JsonObject Release(Proces p, string prefix, Gebeurtenis g, DateOnly vandaag) =>
        Release(p, Ocid(prefix, p.Aanbesteding.Id), g.ReleaseId, g.Datum, g.Tag, vandaag, g.MetGunning, g.ContractId);

    /// <summary>
    /// The whole process as it stands (every award and contract), the state a new release is compared with; its id,
    /// date and tag are filled in by whoever stores it.
    /// </summary>
    public static JsonObject Stand(Proces p, string prefix, DateTimeOffset nu) =>
        Release(p, Ocid(prefix, p.Aanbesteding.Id), "", nu, "tenderUpdate", NlFormat.DatumInAmsterdam(nu), Gegund(p) is not null, null);

    /// <summary>When the process was awarded: its final award, or (Open House) the start of its first contract; null before.</summary>
    private static DateTimeOffset? Gegund(Proces p) =>
        p.Aanbesteding.Overgangen.Where(o => o.Gebeurtenis == Aanbestedingen.Gebeurtenis.DefinitiefGunnen).Select(o => (DateTimeOffset?)o.Moment).Min()
        ?? (p.Contracten.Count > 0 ? p.Contracten.Min(c => Middernacht(c.Start)) : null);

    /// <summary>A release package: the envelope OCDS asks for around releases.</summary>
    public static JsonObject ReleasePakket(IEnumerable<JsonObject> releases, string uri, string uitgever, DateTimeOffset nu) => new()
    {
        ["uri"] = uri,
        ["version"] = Versie,
        ["extensions"] = new JsonArray([.. Extensies.Select(e => (JsonNode)JsonValue.Create(e)!)]),
        ["publishedDate"] = Tijd(nu),
        ["publisher"] = new JsonObject { ["name"] = uitgever },
        ["license"] = "https://creativecommons.org/publicdomain/zero/1.0/",
        ["publicationPolicy"] = "https://zorginkoop.example/ocds/beleid",
        ["releases"] = new JsonArray([.. releases]),
    };

    /// <summary>
    /// A record package: per process (ocid) its stored releases in order and the compiled release, merged from them as
    /// OCDS prescribes (<see cref="OcdsSamenvoegen"/>).
    /// </summary>
    public static JsonObject RecordPakket(IEnumerable<(string Ocid, IReadOnlyList<JsonObject> Releases)> processen, string uri, string uitgever, DateTimeOffset nu)
    {
        var records = new JsonArray();
        foreach (var (ocid, releases) in processen)
        {
            var stand = OcdsSamenvoegen.Compileer(releases);
            stand["id"] = $"{ocid}-compiled";
            stand["tag"] = new JsonArray("compiled");
            records.Add(new JsonObject
            {
                ["ocid"] = ocid,
                ["releases"] = new JsonArray([.. releases.Select(r => r.DeepClone())]),
                ["compiledRelease"] = stand,
            });
        }

        return new JsonObject
        {
            ["uri"] = uri,
            ["version"] = Versie,
            ["extensions"] = new JsonArray([.. Extensies.Select(e => (JsonNode)JsonValue.Create(e)!)]),
            ["publishedDate"] = Tijd(nu),
            ["publisher"] = new JsonObject { ["name"] = uitgever },
            ["license"] = "https://creativecommons.org/publicdomain/zero/1.0/",
            ["publicationPolicy"] = "https://zorginkoop.example/ocds/beleid",
            ["records"] = records,
        };
    }

    private static JsonObject Release(Proces p, string ocid, string id, DateTimeOffset datum, string tag, DateOnly vandaag, bool metGunning, int? alleenContract)
    {
        var a = p.Aanbesteding;
        var koper = $"regio-{a.Regio!.Code}";
        var partijen = new JsonArray
        {
            new JsonObject { ["id"] = koper, ["name"] = a.Regio.Naam, ["roles"] = new JsonArray("buyer", "procuringEntity") },
        };
        // A joint procedure (OCDS joint procurement): every participant is a buyer party; the owner stays "buyer" and runs it.
        foreach (var d in a.Deelnames.Where(d => d.Regio is not null).OrderBy(d => d.Regio!.Code, StringComparer.Ordinal))
        {
            partijen.Add(new JsonObject { ["id"] = $"regio-{d.Regio!.Code}", ["name"] = d.Regio.Naam, ["roles"] = new JsonArray("buyer") });
        }

        var release = new JsonObject
        {
            ["ocid"] = ocid,
            ["id"] = id,
            ["date"] = Tijd(datum),
            ["tag"] = new JsonArray(tag),
            ["initiationType"] = "tender",
            ["language"] = "nl",
            ["parties"] = partijen,
            ["buyer"] = new JsonObject { ["id"] = koper, ["name"] = a.Regio.Naam },
            ["tender"] = Tender(a, vandaag, metGunning),
        };
        if (!metGunning || p.Contracten.Count == 0)
        {
            return release;
        }

        var awards = new JsonArray();
        var contracts = new JsonArray();
        var gegund = Gegund(p);
        // A contract's release is about that contract: its award and its own suppliers, not every provider of the procedure.
        foreach (var c in p.Contracten.Where(c => alleenContract is null || c.Id == alleenContract))
        {
            foreach (var z in c.Leden.Select(l => l.Zorgaanbieder!).Prepend(c.Zorgaanbieder!))
            {
                if (partijen.All(x => x!["id"]!.GetValue<string>() != Partij(z)))
                {
                    partijen.Add(new JsonObject
                    {
                        ["id"] = Partij(z),
                        ["name"] = z.Naam,
                        ["identifier"] = new JsonObject { ["scheme"] = "NL-KVK", ["id"] = z.KvkNummer, ["legalName"] = z.Naam },
                        ["additionalIdentifiers"] = new JsonArray(new JsonObject { ["scheme"] = "NL-AGB", ["id"] = z.AgbCode }),
                        ["roles"] = new JsonArray("supplier"),
                    });
                }
            }

            var awardId = $"{ocid}-gunning-{c.PerceelNummer}-{c.ZorgaanbiederId}";
            var status = c.StatusOp(vandaag);
            awards.Add(new JsonObject
            {
                ["id"] = awardId,
                ["title"] = c.Consortium is null ? c.Zorgaanbieder!.Naam : $"{c.Consortium} (penvoerder {c.Zorgaanbieder!.Naam})",
                ["status"] = "active",
                ["date"] = Tijd(Min(gegund ?? Middernacht(c.Start), Middernacht(c.Start))),
                ["suppliers"] = new JsonArray([.. c.Leden.Select(l => l.Zorgaanbieder!).Prepend(c.Zorgaanbieder!)
                    .Select(z => (JsonNode)new JsonObject { ["id"] = Partij(z), ["name"] = z.Naam })]),
                ["relatedLots"] = new JsonArray(Lot(c.PerceelNummer)),
                ["contractPeriod"] = Periode(c.Start, ContractLevenscyclus.LaatsteDag(c)),
            });
            contracts.Add(new JsonObject
            {
                ["id"] = $"{ocid}-contract-{c.Id}",
                ["awardID"] = awardId,
                ["title"] = $"Raamovereenkomst {a.Naam}, perceel {c.PerceelNummer}",
                ["status"] = status switch
                {
                    ContractStatus.Gepland => "pending",
                    ContractStatus.Beeindigd => "terminated",
                    _ => "active",
                },
                ["period"] = Periode(c.Start, ContractLevenscyclus.LaatsteDag(c)),
                ["dateSigned"] = Tijd(Middernacht(c.Start)),
            });
        }

        release["awards"] = awards;
        release["contracts"] = contracts;
        return release;
    }

    private static JsonObject Tender(Aanbesteding a, DateOnly vandaag, bool metGunning)
    {
        var (aantal, maanden) = ContractLevenscyclus.LeesVerlengingsopties(a.Verlengingsopties);
        var tender = new JsonObject
        {
            ["id"] = a.TenderNedKenmerk ?? $"zorginkoop-{a.Id.ToString(CultureInfo.InvariantCulture)}",
            ["title"] = a.Naam,
            ["description"] = a.Omschrijving,
            ["status"] = a.Status switch
            {
                AanbestedingStatus.Ingetrokken => "cancelled",
                AanbestedingStatus.DefinitiefGegund => "complete",
                AanbestedingStatus.LopendContract when a.Vorm != Procedurevorm.OpenHouse => "complete",
                _ => "active",
            },
            ["procurementMethod"] = a.Vorm switch
            {
                Procedurevorm.OpenHouse or Procedurevorm.OpenbaarEuropees or Procedurevorm.SasProcedure => "open",
                Procedurevorm.DialoogEenGegadigde => "direct",
                _ => "limited",
            },
            ["procurementMethodDetails"] = a.Vorm.Naam(),
            ["mainProcurementCategory"] = "services",
            ["awardCriteria"] = a.Instellingen.Rangschikking ? "ratedCriteria" : "qualityOnly",
            ["submissionMethod"] = new JsonArray("electronicSubmission"),
            ["techniques"] = new JsonObject { ["hasFrameworkAgreement"] = true },
            ["lots"] = new JsonArray([.. a.Percelen.OrderBy(p => p.Nummer).Select(p => (JsonNode)new JsonObject
            {
                ["id"] = Lot(p.Nummer),
                ["title"] = p.Naam,
                ["status"] = a.Status == AanbestedingStatus.Ingetrokken ? "cancelled" : metGunning ? "complete" : "active",
            })]),
        };
        if (a.Sluitingsmoment is { } sluiting)
        {
            tender["tenderPeriod"] = new JsonObject { ["endDate"] = Tijd(sluiting) };
        }

        if (a.VragenDeadline is { } vragen)
        {
            tender["enquiryPeriod"] = new JsonObject { ["endDate"] = Tijd(vragen) };
            tender["hasEnquiries"] = true;
        }

        if (a.ContractStart is { } start)
        {
            var periode = Periode(start, a.ContractEinde);
            if (aantal > 0)
            {
                periode["maxExtentDate"] = Tijd(Middernacht((a.ContractEinde ?? start.AddYears(3).AddDays(-1)).AddMonths(aantal * maanden)));
            }

            tender["contractPeriod"] = periode;
        }

        return tender;
    }

    private static string Partij(Catalogus.Zorgaanbieder z) => $"NL-KVK-{z.KvkNummer}";

    private static string Lot(int nummer) => $"perceel-{nummer.ToString(CultureInfo.InvariantCulture)}";

    private static JsonObject Periode(DateOnly start, DateOnly? einde)
    {
        var p = new JsonObject { ["startDate"] = Tijd(Middernacht(start)) };
        if (einde is { } e)
        {
            // The end of the last day, in Dutch time.
            p["endDate"] = Tijd(Middernacht(e.AddDays(1)).AddSeconds(-1));
        }

        return p;
    }

    private static DateTimeOffset Middernacht(DateOnly dag) => NlFormat.AlsAmsterdamseTijd(dag.ToDateTime(TimeOnly.MinValue));

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;

    /// <summary>ISO 8601 with the Dutch offset, as OCDS wants date-times.</summary>
    public static string Tijd(DateTimeOffset moment) => TimeZoneInfo.ConvertTime(moment, NlFormat.Amsterdam).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
}
