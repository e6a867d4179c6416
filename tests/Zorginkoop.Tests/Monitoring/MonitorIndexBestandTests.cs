using Microsoft.EntityFrameworkCore;
using Zorginkoop.Monitoring;
using Zorginkoop.Tests.Infrastructure;
using Zorginkoop.Zorgdata;

namespace Zorginkoop.Tests.Monitoring;

/// <summary>
/// The monitor after a restart (issue 13, point 10): the index comes back from its file with the same figures, a later
/// import is read on top of it, and a file that does not fit is ignored. A restart is the process forgetting its
/// indexes (<see cref="MonitorIndex.VergeetAlles"/>); lines deleted behind the index's back show which source answered.
/// Each test uses a year of its own in Houten (0321).
/// </summary>
public abstract class MonitorIndexBestandTests<TDatabase>(TDatabase database) : DatabaseTests<TDatabase>(database)
    where TDatabase : TestDatabase
{
    private async Task ImporteerAsync(string naam, params string[] regels)
    {
        await using var db = NieuweContext();
        await CsvImport.ImporteerAsync(db, naam, regels);
    }

    private async Task<MonitorCijfers> TotaalAsync(int jaar)
    {
        await using var db = NieuweContext();
        return (await Zorgmonitor.BerekenAsync(db, new MonitorFilter(new MonitorPeriode(new(jaar, 1, 1), new(jaar, 12, 31)), "0321"), Ct)).Totaal;
    }

    private async Task VerwijderRegelsAsync(int jaar)
    {
        await using var db = NieuweContext();
        await db.Zorgdata.Zorgregels.Where(r => r.Begindatum >= new DateOnly(jaar, 1, 1) && r.Begindatum <= new DateOnly(jaar, 12, 31)).ExecuteDeleteAsync(Ct);
    }

    private string[] Bestanden() => Directory.GetFiles(Database.Map.Pad, "*monitorindex*");

    [Fact]
    public async Task Na_een_herstart_komt_de_index_uit_zijn_bestand_met_dezelfde_cijfers()
    {
        await ImporteerAsync("bestand-2031.csv",
            "31;999900018;0321;98000001;43B11;2031-02-01;2031-02-28;10;etmaal;245000",
            "32;999900031;0321;98000002;43B11;2031-03-01;2031-03-31;5;etmaal;122500");
        var voor = await TotaalAsync(2031);
        Assert.NotEmpty(Bestanden());

        MonitorIndex.VergeetAlles();
        await VerwijderRegelsAsync(2031);

        // The lines are gone from the database, so these figures can only have come from the file.
        Assert.Equal(new MonitorCijfers(2, 2, 367500), voor);
        Assert.Equal(voor, await TotaalAsync(2031));
    }

    [Fact]
    public async Task Een_import_na_het_bestand_wordt_erbij_gelezen()
    {
        await ImporteerAsync("eerste-2032.csv", "41;999900018;0321;98000001;43B11;2032-02-01;2032-02-29;10;etmaal;245000");
        Assert.Equal(new MonitorCijfers(1, 1, 245000), await TotaalAsync(2032));
        MonitorIndex.VergeetAlles();

        // Another process imports while this one is down; after the restart the file and the new lines together count.
        await ImporteerAsync("tweede-2032.csv",
            "41;999900018;0321;98000001;43B11;2032-03-01;2032-03-31;10;etmaal;245000",
            "42;999900031;0321;98000002;43B11;2032-03-01;2032-03-31;5;etmaal;122500");

        Assert.Equal(new MonitorCijfers(2, 2, 612500), await TotaalAsync(2032));

        // And the file now holds that state too.
        MonitorIndex.VergeetAlles();
        await VerwijderRegelsAsync(2032);
        Assert.Equal(new MonitorCijfers(2, 2, 612500), await TotaalAsync(2032));
    }

    [Fact]
    public async Task Vooruit_gelezen_komt_de_index_uit_die_lezing()
    {
        await ImporteerAsync("vooruit-2036.csv",
            "61;999900018;0321;98000001;43B11;2036-02-01;2036-02-29;10;etmaal;245000",
            "62;999900031;0321;98000002;43B11;2036-03-01;2036-03-31;5;etmaal;122500");
        var voor = await TotaalAsync(2036);
        MonitorIndex.VergeetAlles();

        // zorginkoop monitor reads the file ahead while it checks the databases (bench/README.md).
        await using (var db = NieuweContext())
        {
            await MonitorIndex.VoorladenAsync(db.Zorgdata, Ct);
        }

        // With the file and the lines gone, only the read ahead can answer.
        foreach (var bestand in Bestanden())
        {
            File.Delete(bestand);
        }

        await VerwijderRegelsAsync(2036);
        Assert.Equal(new MonitorCijfers(2, 2, 367500), voor);
        Assert.Equal(voor, await TotaalAsync(2036));
    }

    [Fact]
    public async Task Een_import_na_het_vooruit_lezen_wordt_erbij_gelezen()
    {
        await ImporteerAsync("vooruit-eerste-2037.csv", "71;999900018;0321;98000001;43B11;2037-02-01;2037-02-28;10;etmaal;245000");
        Assert.Equal(new MonitorCijfers(1, 1, 245000), await TotaalAsync(2037));
        MonitorIndex.VergeetAlles();
        await using (var db = NieuweContext())
        {
            await MonitorIndex.VoorladenAsync(db.Zorgdata, Ct);
        }

        // The read ahead holds an older state than the database: its version is checked and the new lines added.
        await ImporteerAsync("vooruit-tweede-2037.csv", "72;999900031;0321;98000002;43B11;2037-03-01;2037-03-31;5;etmaal;122500");

        Assert.Equal(new MonitorCijfers(2, 2, 367500), await TotaalAsync(2037));
    }

    [Fact]
    public async Task Het_laatste_jaar_met_zorggegevens_is_waar_de_monitor_opent()
    {
        // Later than any other test's year in this database.
        await ImporteerAsync("laatste-2090.csv",
            "91;999900018;0321;98000001;43B11;2089-01-01;2089-01-31;10;etmaal;245000",
            "92;999900031;0321;98000002;43B11;2090-12-01;2090-12-31;5;etmaal;122500");

        await using var db = NieuweContext();
        Assert.Equal(2090, await Zorgmonitor.LaatsteJaarAsync(db, Ct));
    }

    [Fact]
    public async Task Een_afgebroken_bestand_wordt_genegeerd_en_opnieuw_geschreven()
    {
        await ImporteerAsync("heel-2033.csv", "51;999900018;0321;98000001;43B11;2033-02-01;2033-02-28;10;etmaal;245000");
        await TotaalAsync(2033);
        foreach (var pad in Bestanden())
        {
            await using var f = new FileStream(pad, FileMode.Open);
            f.SetLength(f.Length / 2);
        }

        MonitorIndex.VergeetAlles();

        Assert.Equal(new MonitorCijfers(1, 1, 245000), await TotaalAsync(2033));
        MonitorIndex.VergeetAlles();
        await VerwijderRegelsAsync(2033);
        Assert.Equal(new MonitorCijfers(1, 1, 245000), await TotaalAsync(2033));
    }

    [Fact]
    public async Task Een_half_geschreven_bestand_van_een_gestopt_proces_wordt_bij_de_start_opgeruimd()
    {
        await ImporteerAsync("half-2035.csv", "71;999900018;0321;98000001;43B11;2035-02-01;2035-02-28;10;etmaal;245000");
        await TotaalAsync(2035);
        var bestand = Assert.Single(Bestanden());
        var half = $"{bestand}.{Guid.NewGuid():N}.tmp";
        await File.WriteAllBytesAsync(half, new byte[4096], Ct);

        await using (var db = NieuweContext())
        {
            MonitorIndex.RuimOp(db.Zorgdata);
        }

        Assert.False(File.Exists(half));
        Assert.True(File.Exists(bestand));
    }

    [Fact]
    public async Task Na_een_antwoord_op_declaraties_wordt_het_bestand_niet_gebruikt_maar_alles_opnieuw_gelezen()
    {
        await ImporteerAsync("gedeclareerd-2034.csv", "61;999900018;0321;98000001;43B11;2034-02-01;2034-02-28;10;etmaal;245000");
        Assert.Equal(new MonitorCijfers(1, 1, 245000), await TotaalAsync(2034));
        MonitorIndex.VergeetAlles();

        // A claim answer rejects lines already in the file: the index must be read from the lines again.
        await VerwijderRegelsAsync(2034);
        await using (var db = NieuweContext())
        {
            db.Zorgdata.Importruns.Add(new Importrun
            {
                Bestandsnaam = "antwoord.xml",
                Sha256 = new string('b', 64),
                Formaat = "jw325",
                Gebruiker = "test",
                Resultaat = Resultaten.Gelukt,
            });
            await db.Zorgdata.SaveChangesAsync(Ct);
        }

        Assert.Equal(new MonitorCijfers(0, 0, 0), await TotaalAsync(2034));
    }
}

public sealed class MonitorIndexBestandTestsSqlite(SqliteTestDatabase database) : MonitorIndexBestandTests<SqliteTestDatabase>(database);

public sealed class MonitorIndexBestandTestsPostgres : MonitorIndexBestandTests<PostgresTestDatabase>
{
    public MonitorIndexBestandTestsPostgres(PostgresTestDatabase database) : base(database)
    {
        // PostgreSQL's care data has no file to sit beside; the app names its data folder at start.
        using var db = database.NieuweContext();
        MonitorIndex.BewaarIn(db.Zorgdata, database.Map.Pad);
    }
}
