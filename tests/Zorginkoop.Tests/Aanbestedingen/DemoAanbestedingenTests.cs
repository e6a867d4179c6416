using Microsoft.EntityFrameworkCore;
using Zorginkoop.Aanbestedingen;
using Zorginkoop.Formatting;
using Zorginkoop.Tests.Infrastructure;

namespace Zorginkoop.Tests.Aanbestedingen;

/// <summary>The first source's procedures, stored through the lifecycle, with their real dates and states.</summary>
public abstract class DemoAanbestedingenTests<TDatabase>(TDatabase database) : DatabaseTests<TDatabase>(database)
    where TDatabase : TestDatabase
{
    private async Task<Aanbesteding> LoadAsync(string naam)
    {
        await using var db = NieuweContext();
        return await db.Aanbestedingen.Include(a => a.Overgangen).SingleAsync(a => a.Naam.StartsWith(naam), Ct);
    }

    [Fact]
    public async Task Wmo_individuele_begeleiding_loopt_sinds_1_oktober_2022()
    {
        var a = await LoadAsync("Wmo Individuele Begeleiding");

        Assert.Equal(AanbestedingStatus.LopendContract, a.Status);
        Assert.Equal("23 mei 2022, 12:00 uur", NlFormat.DatumTijd(a.Sluitingsmoment!.Value));
        var definitief = a.Overgangen.Single(o => o.Gebeurtenis == Gebeurtenis.DefinitiefGunnen);
        Assert.Equal(new DateOnly(2022, 7, 8), DateOnly.FromDateTime(definitief.Moment.UtcDateTime));
        Assert.Equal(
            [AanbestedingStatus.Gepubliceerd, AanbestedingStatus.InschrijvingGesloten, AanbestedingStatus.InBeoordeling, AanbestedingStatus.VoorlopigGegund,
             AanbestedingStatus.DefinitiefGegund, AanbestedingStatus.LopendContract],
            a.Overgangen.OrderBy(o => o.Moment).Select(o => o.Naar));
    }

    [Fact]
    public async Task Ambulant_werd_geschorst_en_uitgesteld_tot_1_juli_2023()
    {
        var a = await LoadAsync("Jeugdhulp Ambulant");

        Assert.Equal("TN469421", a.TenderNedKenmerk);
        Assert.Contains(a.Overgangen, o => o.Naar == AanbestedingStatus.Geschorst && o.Reden!.Contains("tarieven", StringComparison.Ordinal));
        Assert.Contains(a.Overgangen, o => o.Gebeurtenis == Gebeurtenis.ContractstartUitstellen);
        Assert.Equal(new DateOnly(2023, 7, 1), a.ContractStart);
    }

    [Fact]
    public async Task De_heropening_sluit_op_28_juni_2024_om_12_uur_bij_het_lezen()
    {
        await using var db = NieuweContext();
        var a = await db.Aanbestedingen.Include(x => x.Overgangen).SingleAsync(x => x.Naam.StartsWith("Heropening"), Ct);
        var deadline = a.Sluitingsmoment!.Value;

        Assert.False(AanbestedingAanpassen.Bijwerken(a, deadline.AddTicks(-1)));
        Assert.True(AanbestedingAanpassen.Bijwerken(a, deadline));
        Assert.Equal(AanbestedingStatus.InschrijvingGesloten, a.Status);
        Assert.Equal(deadline, a.Overgangen.OrderBy(o => o.Moment).Last().Moment);
        Assert.Equal("28 juni 2024, 12:00 uur", NlFormat.DatumTijd(deadline));
    }
}

public sealed class DemoAanbestedingenTestsSqlite(SqliteTestDatabase database) : DemoAanbestedingenTests<SqliteTestDatabase>(database);

public sealed class DemoAanbestedingenTestsPostgres(PostgresTestDatabase database) : DemoAanbestedingenTests<PostgresTestDatabase>(database);
