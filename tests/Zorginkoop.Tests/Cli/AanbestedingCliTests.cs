using Microsoft.Data.Sqlite;

namespace Zorginkoop.Tests.Cli;

/// <summary>
/// The zorginkoop command on a SQLite file with the demo data: the lifecycle through the same method as pages and API,
/// and 'audit verify' finding a change made behind the app's back. One database for the class, loaded once.
/// </summary>
public sealed class AanbestedingCliTests : DemoCliTests
{
    [Fact]
    public async Task Lijst_toont_de_aanbestedingen_met_status_in_woorden()
    {
        var (code, uit, _) = await CliProces.RunAsync(Map.Pad, "--db", Db, "aanbesteding", "lijst", "--status", "LopendContract");

        Assert.Equal(0, code);
        Assert.Contains("Jeugdhulp Ambulant\t6 maart 2023, 12:00 uur\t1 juli 2023", uit, StringComparison.Ordinal);
        Assert.DoesNotContain("Heropening", uit, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Een_geweigerde_stap_noemt_de_regel_en_eindigt_met_code_1()
    {
        var (code, _, fout) = await CliProces.RunAsync(Map.Pad, "--db", Db, "aanbesteding", "stap", "2", "intrekken", "--reden", "test");

        Assert.Equal(1, code);
        Assert.Contains("kan niet meer worden ingetrokken: dat kan alleen vóór de definitieve gunning", fout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Een_onbekende_stap_of_datum_wordt_geweigerd()
    {
        var (code, _, fout) = await CliProces.RunAsync(Map.Pad, "--db", Db, "aanbesteding", "stap", "7", "vliegen");
        var (code2, _, fout2) = await CliProces.RunAsync(Map.Pad, "--db", Db, "aanbesteding", "stap", "7", "deadline-uitstellen", "--deadline", "2030-03-31T02:30", "--reden", "x");

        Assert.Equal((1, 1), (code, code2));
        Assert.Contains("Kies uit: publiceren, schorsen", fout, StringComparison.Ordinal);
        Assert.Contains("bestaat niet in Nederland", fout2, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Audit_verify_zegt_intact_en_vindt_een_gewijzigde_regel()
    {
        var (code, uit, _) = await CliProces.RunAsync(Map.Pad, "--db", Db, "audit", "verify");
        Assert.Equal(0, code);
        Assert.StartsWith("intact (", uit, StringComparison.Ordinal);

        // A copy, so the other tests keep an intact chain.
        var kopie = Map.Bestand("gewijzigd.db");
        File.Copy(Db, kopie);
        await using (var verbinding = new SqliteConnection($"Data Source={kopie};Pooling=False"))
        {
            await verbinding.OpenAsync(TestContext.Current.CancellationToken);
            await using var cmd = verbinding.CreateCommand();
            cmd.CommandText = "UPDATE \"AuditLog\" SET \"Na\" = replace(\"Na\", 'Jeugdhulp Ambulant', 'Jeugdhulp Vervalst') WHERE \"Na\" LIKE '%Jeugdhulp Ambulant%'";
            Assert.True(await cmd.ExecuteNonQueryAsync(TestContext.Current.CancellationToken) > 0);
        }

        var (code2, uit2, _) = await CliProces.RunAsync(Map.Pad, "--db", kopie, "audit", "verify");
        Assert.Equal(1, code2);
        Assert.StartsWith("gebroken bij regel ", uit2, StringComparison.Ordinal);
        Assert.Contains("de inhoud past niet bij de hash", uit2, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Audit_verify_vindt_een_verwijderd_einde_van_de_keten_tegen_het_anker()
    {
        // A data folder of its own with a copy of the database and its audit key: the anchors here are this copy's.
        using var eigen = new Zorginkoop.Tests.Shared.TempFolder();
        var kopie = eigen.Bestand("kopie.db");
        File.Copy(Db, kopie);
        File.Copy(Map.Bestand(Zorginkoop.Audit.AuditKey.Bestandsnaam), eigen.Bestand(Zorginkoop.Audit.AuditKey.Bestandsnaam));
        var (code, uit, fout) = await CliProces.RunAsync(eigen.Pad, "--db", kopie, "audit", "anker");
        Assert.True(code == 0, uit + fout);
        Assert.StartsWith("anker geschreven: ", uit, StringComparison.Ordinal);

        await using (var verbinding = new SqliteConnection($"Data Source={kopie};Pooling=False"))
        {
            await verbinding.OpenAsync(TestContext.Current.CancellationToken);
            await using var cmd = verbinding.CreateCommand();
            cmd.CommandText = "DELETE FROM \"AuditLog\" WHERE \"Id\" > (SELECT MAX(\"Id\") - 2 FROM \"AuditLog\")";
            Assert.Equal(2, await cmd.ExecuteNonQueryAsync(TestContext.Current.CancellationToken));
        }

        var (code2, uit2, _) = await CliProces.RunAsync(eigen.Pad, "--db", kopie, "audit", "verify");
        Assert.Equal(1, code2);
        Assert.StartsWith("niet intact: het einde van de keten ontbreekt: bij het anker van ", uit2, StringComparison.Ordinal);
        Assert.Contains("(handmatig (zorginkoop audit anker))", uit2, StringComparison.Ordinal);
    }
}
