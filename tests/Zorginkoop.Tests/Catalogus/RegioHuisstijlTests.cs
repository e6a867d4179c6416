using Microsoft.EntityFrameworkCore;
using Zorginkoop.Catalogus;
using Zorginkoop.Tests.Infrastructure;

namespace Zorginkoop.Tests.Catalogus;

/// <summary>A region's colour and logo: checked before they are shown, audited without the image, all or nothing.</summary>
public abstract class RegioHuisstijlTests<TDatabase>(TDatabase database) : DatabaseTests<TDatabase>(database)
    where TDatabase : TestDatabase
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13];
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0, 16];

    /// <summary>The region's colour, logo hash, and its logo's media type and bytes (as hex, to compare by value).</summary>
    private async Task<(string? Kleur, string? LogoSha256, string? MediaType, string? Inhoud)> StandAsync()
    {
        await using var db = NieuweContext();
        var regio = await db.Regios.AsNoTracking().SingleAsync(r => r.Code == "lekstroom", Ct);
        var logo = await db.Set<RegioLogo>().AsNoTracking().SingleOrDefaultAsync(l => l.RegioId == regio.Id, Ct);
        return (regio.Kleur, regio.LogoSha256, logo?.MediaType, logo is null ? null : Convert.ToHexString(logo.Inhoud));
    }

    [Fact]
    public async Task Een_kleur_en_een_logo_worden_opgeslagen_en_het_logo_alleen_als_hash_geaudit()
    {
        await using (var db = NieuweContext())
        {
            var uitkomst = await RegioHuisstijlOpslaan.HandleAsync(db, "lekstroom", new(" #1A5E9A ", Png), Ct);
            Assert.True(uitkomst.Gelukt, string.Join(" ", uitkomst.Weigeringen.Select(w => w.Tekst)));
        }

        var (kleur, hash, mediaType, inhoud) = await StandAsync();
        Assert.Equal("#1a5e9a", kleur);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Png)), hash);
        Assert.Equal(("image/png", Convert.ToHexString(Png)), (mediaType, inhoud));
        await using var lees = NieuweContext();
        var audit = await lees.AuditRegels.Where(r => r.Entiteit == nameof(Regio)).OrderBy(r => r.Id).LastAsync(Ct);
        Assert.Contains(hash!, audit.Na, StringComparison.Ordinal);
        Assert.Contains("#1a5e9a", audit.Na, StringComparison.Ordinal);
        Assert.False(await lees.AuditRegels.AnyAsync(r => r.Entiteit == nameof(RegioLogo), Ct));

        // A JPEG replaces it; removing it leaves the colour.
        await using (var db = NieuweContext())
        {
            Assert.True((await RegioHuisstijlOpslaan.HandleAsync(db, "lekstroom", new("#1a5e9a", Jpeg), Ct)).Gelukt);
        }

        Assert.Equal("image/jpeg", (await StandAsync()).MediaType);
        await using (var db = NieuweContext())
        {
            Assert.True((await RegioHuisstijlOpslaan.HandleAsync(db, "lekstroom", new("#1a5e9a", LogoVerwijderen: true), Ct)).Gelukt);
        }

        Assert.Equal(("#1a5e9a", (string?)null, (string?)null, (string?)null), await StandAsync());
    }

    [Theory]
    [InlineData("1a5e9a", null, "huisstijl.kleur-ongeldig")]
    [InlineData("#1a5e9a; } body { display: none", null, "huisstijl.kleur-ongeldig")]
    [InlineData("#ffcc00", null, "huisstijl.kleur-contrast")]
    [InlineData("#767676", null, "huisstijl.kleur-contrast")]
    [InlineData("#1a5e9a", "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>", "huisstijl.logo-type")]
    [InlineData("#1a5e9a", "", "huisstijl.logo-leeg")]
    public async Task Een_onjuiste_kleur_of_logo_wordt_geweigerd_en_verandert_niets(string kleur, string? logo, string weigering)
    {
        var voor = await StandAsync();
        await using var db = NieuweContext();

        var uitkomst = await RegioHuisstijlOpslaan.HandleAsync(db, "lekstroom", new(kleur, logo is null ? null : System.Text.Encoding.UTF8.GetBytes(logo)), Ct);

        Assert.Equal(weigering, Assert.Single(uitkomst.Weigeringen).Code);
        Assert.Equal(voor, await StandAsync());
    }

    [Fact]
    public async Task Een_te_groot_logo_of_een_logo_met_verwijderen_wordt_geweigerd()
    {
        await using var db = NieuweContext();
        var groot = new byte[RegioHuisstijlOpslaan.MaxLogoBytes + 1];
        Png.CopyTo(groot, 0);

        var teGroot = await RegioHuisstijlOpslaan.HandleAsync(db, "lekstroom", new(null, groot), Ct);
        var beide = await RegioHuisstijlOpslaan.HandleAsync(db, "lekstroom", new(null, Png, LogoVerwijderen: true), Ct);
        var onbekend = await RegioHuisstijlOpslaan.HandleAsync(db, "atlantis", new("#1a5e9a"), Ct);

        Assert.Equal("huisstijl.logo-te-groot", Assert.Single(teGroot.Weigeringen).Code);
        Assert.Equal("Het logo is 257 kB; het mag ten hoogste 256 kB zijn.", teGroot.Weigering!.Tekst);
        Assert.Equal("huisstijl.logo-tegenstrijdig", Assert.Single(beide.Weigeringen).Code);
        Assert.Equal("regio.niet-gevonden", Assert.Single(onbekend.Weigeringen).Code);
    }

    [Theory]
    [InlineData("#000000", "#ffffff", 21.0)]
    [InlineData("#ffffff", "#ffffff", 1.0)]
    [InlineData("#767676", "#ffffff", 4.54)]
    public void Het_contrast_volgt_WCAG(string kleur, string achtergrond, double verwacht) =>
        Assert.Equal(verwacht, RegioHuisstijlOpslaan.Contrast(kleur, achtergrond), 2);
}

public sealed class RegioHuisstijlTestsSqlite(SqliteTestDatabase database) : RegioHuisstijlTests<SqliteTestDatabase>(database);

public sealed class RegioHuisstijlTestsPostgres(PostgresTestDatabase database) : RegioHuisstijlTests<PostgresTestDatabase>(database);
