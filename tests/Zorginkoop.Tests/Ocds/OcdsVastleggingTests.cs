using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Zorginkoop.Ocds;
using Zorginkoop.Tests.Infrastructure;

namespace Zorginkoop.Tests.Ocds;

/// <summary>OCDS merging, and releases stored once per event for a database that had none (an upgrade).</summary>
public sealed class OcdsSamenvoegenTests
{
    [Fact]
    public void Samenvoegen_voegt_lijsten_met_ids_per_id_samen_en_vervangt_de_rest()
    {
        var eerste = JsonNode.Parse("""{"tender":{"status":"active","lots":[{"id":"1","status":"active"}]},"awards":[{"id":"a","title":"A"}],"tag":["tender"]}""")!.AsObject();
        var tweede = JsonNode.Parse("""{"tender":{"status":"complete","lots":[{"id":"1","status":"complete"},{"id":"2"}]},"awards":[{"id":"b"}],"tag":["award"],"buyer":null}""")!.AsObject();

        var stand = OcdsSamenvoegen.Compileer([eerste, tweede]);

        Assert.Equal("complete", stand["tender"]!["status"]!.GetValue<string>());
        Assert.Equal(["1:complete", "2:"], stand["tender"]!["lots"]!.AsArray().Select(l => $"{l!["id"]}:{l["status"]}"));
        Assert.Equal(["a", "b"], stand["awards"]!.AsArray().Select(a => a!["id"]!.GetValue<string>()));
        Assert.Equal("A", stand["awards"]![0]!["title"]!.GetValue<string>());
        Assert.Equal(["award"], stand["tag"]!.AsArray().Select(t => t!.GetValue<string>()));
    }

    [Fact]
    public void Verschillen_noemt_wat_een_nieuwe_stand_verandert_en_niet_wat_hij_weglaat()
    {
        var stand = JsonNode.Parse("""{"id":"x-1","date":"2024-01-01","tender":{"status":"active","amendments":[{"id":"w"}]},"contracts":[{"id":"c1","status":"pending"}]}""")!.AsObject();
        var zelfde = JsonNode.Parse("""{"id":"x-2","date":"2025-01-01","tender":{"status":"active"},"contracts":[{"id":"c1","status":"pending"}]}""")!.AsObject();
        var anders = JsonNode.Parse("""{"id":"x-2","tender":{"status":"cancelled"},"contracts":[{"id":"c1","status":"terminated"},{"id":"c2"}]}""")!.AsObject();

        Assert.Empty(OcdsSamenvoegen.Verschillen(stand, zelfde));
        Assert.Equal(["tender/status", "contracts/c1/status", "contracts/c2"], OcdsSamenvoegen.Verschillen(stand, anders));
    }
}

public abstract class OcdsVastleggingTests<TDatabase>(TDatabase database) : DatabaseTests<TDatabase>(database)
    where TDatabase : TestDatabase
{
    [Fact]
    public async Task Een_database_zonder_releases_krijgt_ze_per_gebeurtenis_en_een_tweede_keer_niets()
    {
        await using var db = NieuweContext();
        await using var transactie = await db.Database.BeginTransactionAsync(Ct);
        var voor = await db.OcdsReleases.OrderBy(r => r.Id).Select(r => r.ReleaseId).ToListAsync(Ct);
        Assert.NotEmpty(voor);
        // As a database from before stored releases: none at all (ExecuteDelete passes by the context's refusal; only a test does this).
        await db.OcdsReleases.ExecuteDeleteAsync(Ct);
        var nu = new DateTimeOffset(2026, 12, 7, 12, 0, 0, TimeSpan.Zero);

        var toegevoegd = await OcdsVastlegging.LegVastAsync(db, null, "ocds-abc123", nu, Ct);
        await db.SaveChangesAsync(Ct);
        var nogmaals = await OcdsVastlegging.LegVastAsync(db, null, "ocds-abc123", nu.AddDays(1), Ct);

        var na = await db.OcdsReleases.AsNoTracking().ToListAsync(Ct);
        Assert.Equal(toegevoegd, na.Count);
        Assert.Equal(0, nogmaals);
        Assert.All(na, r => Assert.StartsWith("ocds-abc123-", r.ReleaseId, StringComparison.Ordinal));
        Assert.All(na, r => Assert.True(r.Datum <= nu, r.ReleaseId));
        // Every procedure that was published has its tender release, dated at its publication, and nothing dated today.
        var gepubliceerd = await db.Aanbestedingen.Where(a => a.Overgangen.Any(o => o.Gebeurtenis == Zorginkoop.Aanbestedingen.Gebeurtenis.Publiceren)).Select(a => a.Id).ToListAsync(Ct);
        Assert.All(gepubliceerd, id => Assert.Contains(na, r => r.ReleaseId == $"ocds-abc123-{id}-tender"));
        Assert.DoesNotContain(na, r => r.ReleaseId.Contains("-wijziging-", StringComparison.Ordinal));
        // The same events as the releases stored while the demo was made, whatever changed after them.
        Assert.Equal(voor.Where(v => !v.Contains("-wijziging-", StringComparison.Ordinal)).Select(v => v.Replace("ocds-zi0000-", "", StringComparison.Ordinal)).Order(StringComparer.Ordinal),
            na.Select(r => r.ReleaseId.Replace("ocds-abc123-", "", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
    }
}

public abstract class OcdsKalenderTests<TDatabase>(TDatabase database) : DatabaseTests<TDatabase>(database)
    where TDatabase : TestDatabase
{
    [Fact]
    public async Task Contracten_die_eindigen_krijgen_een_release_van_de_kalender_en_een_tweede_ronde_niets()
    {
        await using var db = NieuweContext();
        var id = await db.Aanbestedingen.Where(a => a.Naam == "Wmo Individuele Begeleiding regio Lekstroom").Select(a => a.Id).SingleAsync(Ct);
        var laatste = await db.OcdsReleases.MaxAsync(r => r.Id, Ct);
        // Its 33 contracts run to 30 September 2027; two days later nobody has saved the procedure.
        var nu = new DateTimeOffset(2027, 10, 2, 8, 0, 0, TimeSpan.Zero);
        try
        {
            var n = await OcdsVastlegging.KalenderBijwerkenAsync(db, "ocds-zi0000", nu, Ct);
            var nogmaals = await OcdsVastlegging.KalenderBijwerkenAsync(db, "ocds-zi0000", nu.AddHours(1), Ct);

            var nieuw = await db.OcdsReleases.AsNoTracking().Where(r => r.Id > laatste && r.AanbestedingId == id).SingleAsync(Ct);
            Assert.True(n >= 1);
            Assert.Equal(0, nogmaals);
            Assert.Equal("contractTermination", nieuw.Tag);
            var contracten = JsonNode.Parse(nieuw.Json)!["contracts"]!.AsArray();
            Assert.Equal(33, contracten.Count(c => c!["status"]!.GetValue<string>() == "terminated" && c["amendments"] is not null));
        }
        finally
        {
            // The releases of a day in 2027 would confuse the other tests of this class (only a test removes releases).
            await db.OcdsReleases.Where(r => r.Id > laatste).ExecuteDeleteAsync(Ct);
        }
    }
}

public sealed class OcdsKalenderTestsSqlite(SqliteTestDatabase database) : OcdsKalenderTests<SqliteTestDatabase>(database);

public sealed class OcdsKalenderTestsPostgres(PostgresTestDatabase database) : OcdsKalenderTests<PostgresTestDatabase>(database);

public sealed class OcdsVastleggingTestsSqlite(SqliteTestDatabase database) : OcdsVastleggingTests<SqliteTestDatabase>(database);

public sealed class OcdsVastleggingTestsPostgres(PostgresTestDatabase database) : OcdsVastleggingTests<PostgresTestDatabase>(database);
