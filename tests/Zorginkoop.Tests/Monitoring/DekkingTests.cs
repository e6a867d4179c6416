using Zorginkoop.Monitoring;
using Zorginkoop.Tests.Infrastructure;

namespace Zorginkoop.Tests.Monitoring;

/// <summary>Coverage signals a user can act on, each saying why; contracted supply without clients is information (issue 16).</summary>
public abstract class DekkingTests<TDatabase>(TDatabase database) : DatabaseTests<TDatabase>(database)
    where TDatabase : TestDatabase
{
    [Fact]
    public async Task Een_product_zonder_contract_is_een_signaal_en_aanbod_zonder_clienten_alleen_informatie()
    {
        await using var db = NieuweContext();
        // One client of 43B11 (logeren) in Houten in March 2024: Lekstroom's Jeugd contracts run since August 2023.
        await CsvImport.ImporteerAsync(db, "dekking.csv", "7001;999900018;0321;98000001;43B11;2024-03-01;2024-03-31;4;etmaal;98000");
        Assert.True(MonitorPeriode.TryParse("2024", out var jaar));

        var rijen = await Dekking.BerekenAsync(db, "lekstroom", jaar, ct: Ct);

        var logeren = rijen.Single(r => r.ProductCode == "43B11" && r.GemeenteCode == "0321");
        Assert.Equal(1, logeren.Clienten);
        Assert.Equal("geen gecontracteerde aanbieder, terwijl 1 cliënt dit product kreeg: zij kunnen nergens met contract terecht", Assert.Single(logeren.Signalen));
        // Every product without any contracted provider is a signal, with or without clients, and says why.
        Assert.All(rijen.Where(r => r.Gecontracteerd == 0), r => Assert.StartsWith("geen gecontracteerde aanbieder", Assert.Single(r.Signalen), StringComparison.Ordinal));
        // Contracted supply without clients is never a signal, only information.
        var zonderVraag = rijen.Where(r => r.Gecontracteerd > 0 && r.Clienten == 0).ToList();
        Assert.NotEmpty(zonderVraag);
        Assert.All(zonderVraag, r =>
        {
            Assert.Empty(r.Signalen);
            Assert.EndsWith("zonder cliënten in deze periode: aanbod genoeg, de vraag ontbreekt", Assert.Single(r.Informatie), StringComparison.Ordinal);
        });
    }
}

public sealed class DekkingTestsSqlite(SqliteTestDatabase database) : DekkingTests<SqliteTestDatabase>(database);

public sealed class DekkingTestsPostgres(PostgresTestDatabase database) : DekkingTests<PostgresTestDatabase>(database);
