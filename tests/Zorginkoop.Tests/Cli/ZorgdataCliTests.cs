using System.Text.Json;

namespace Zorginkoop.Tests.Cli;

/// <summary>
/// 'zorginkoop zorgdata import' and 'zorginkoop monitor' as a user runs them: the real command as a process, on the
/// demo database (which holds the council's 2018 table for Woerden).
/// </summary>
public sealed class ZorgdataCliTests : DemoCliTests
{
    private const string Kop = "toewijzingnummer;bsn;gemeente;agb;productcode;begindatum;einddatum;volume;eenheid;bedrag_cent";
    private async Task<string> BestandAsync(string naam, params string[] regels)
    {
        var pad = Map.Bestand(naam);
        await File.WriteAllLinesAsync(pad, regels.Prepend(Kop), TestContext.Current.CancellationToken);
        return pad;
    }

    [Fact]
    public async Task Monitor_als_json_geeft_de_raadstabel_met_de_afgesproken_veldnamen()
    {
        var (code, uit, fout) = await CliProces.RunAsync(Map.Pad, "--db", Db, "monitor", "--periode", "2018", "--gemeente", "0632", "--formaat", "json");

        Assert.True(code == 0, fout);
        var json = JsonDocument.Parse(uit).RootElement;
        Assert.Equal("2018-01-01", json.GetProperty("periode").GetProperty("van").GetString());
        Assert.Equal("2018-12-31", json.GetProperty("periode").GetProperty("totEnMet").GetString());
        var totaal = json.GetProperty("totaal");
        Assert.Equal((2934, 1652, 873_213_500L),
            (totaal.GetProperty("trajecten").GetInt32(), totaal.GetProperty("uniekeClienten").GetInt32(), totaal.GetProperty("kostenCent").GetInt64()));
        var jeugd = json.GetProperty("domeinen").EnumerateArray().Single(d => d.GetProperty("domein").GetString() == "jeugd");
        Assert.Equal((1781, 1085, 575_242_000L),
            (jeugd.GetProperty("trajecten").GetInt32(), jeugd.GetProperty("uniekeClienten").GetInt32(), jeugd.GetProperty("kostenCent").GetInt64()));
        var verblijf = json.GetProperty("groepen").EnumerateArray().Single(g => g.GetProperty("monitorgroep").GetString() == "Verblijf");
        Assert.Equal(("jeugd", 112, 89, 118_872_300L), (verblijf.GetProperty("domein").GetString(), verblijf.GetProperty("trajecten").GetInt32(),
            verblijf.GetProperty("uniekeClienten").GetInt32(), verblijf.GetProperty("kostenCent").GetInt64()));
    }

    [Fact]
    public async Task Monitor_leest_alleen_en_maakt_geen_database_aan_die_er_niet_is()
    {
        var nieuw = Map.Bestand("nog-niet-aangemaakt.db");

        var (code, uit, fout) = await CliProces.RunAsync(Map.Pad, "--db", nieuw, "monitor", "--periode", "2018");

        Assert.Equal((2, ""), (code, uit));
        Assert.Contains("De database is nog niet aangemaakt of niet bijgewerkt naar deze versie van Zorginkoop. Voer eerst 'zorginkoop database' uit.", fout, StringComparison.Ordinal);
        Assert.False(File.Exists(nieuw));
    }

    [Fact]
    public async Task Monitor_migreert_niet_maar_weigert_een_database_zonder_migraties()
    {
        var leeg = Map.Bestand("leeg.db");
        await File.WriteAllBytesAsync(leeg, [], TestContext.Current.CancellationToken);
        await File.WriteAllBytesAsync(Map.Bestand("leeg-zorgdata.db"), [], TestContext.Current.CancellationToken);

        var (code, uit, fout) = await CliProces.RunAsync(Map.Pad, "--db", leeg, "monitor", "--periode", "2018", "--formaat", "json");

        Assert.Equal((2, ""), (code, uit));
        Assert.Contains("Voer eerst 'zorginkoop database' uit.", fout, StringComparison.Ordinal);
        // Nothing was written: a migration would have made the file grow.
        Assert.Equal(0, new FileInfo(leeg).Length);
    }

    [Fact]
    public async Task Monitor_noemt_een_beschadigd_databasebestand_als_zodanig()
    {
        // Not "run 'zorginkoop database'": that would try to migrate a file that is no database at all.
        var kapot = Map.Bestand("kapot.db");
        await File.WriteAllTextAsync(kapot, new string('x', 4096), TestContext.Current.CancellationToken);

        var (code, uit, fout) = await CliProces.RunAsync(Map.Pad, "--db", kapot, "monitor", "--periode", "2018");

        Assert.Equal((2, ""), (code, uit));
        Assert.Contains("De database gaf een fout: ", fout, StringComparison.Ordinal);
        Assert.DoesNotContain("Voer eerst 'zorginkoop database' uit.", fout, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", fout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Monitor_als_tabel_en_csv_en_een_onjuiste_periode()
    {
        var (code, tabel, _) = await CliProces.RunAsync(Map.Pad, "--db", Db, "monitor", "--periode", "2018", "--gemeente", "0632");
        var (codeCsv, csv, _) = await CliProces.RunAsync(Map.Pad, "--db", Db, "monitor", "--periode", "2018Q4", "--gemeente", "0632", "--formaat", "csv");
        var (codeFout, _, fout) = await CliProces.RunAsync(Map.Pad, "--db", Db, "monitor", "--periode", "2018Q5");

        Assert.Equal((0, 0, 1), (code, codeCsv, codeFout));
        Assert.Contains("Monitor 1 januari 2018 tot en met 31 december 2018, gemeente 0632", tabel, StringComparison.Ordinal);
        Assert.Contains("€ 1.188.723", tabel, StringComparison.Ordinal);
        Assert.StartsWith("domein;monitorgroep;trajecten;unieke_clienten;kosten_cent", csv, StringComparison.Ordinal);
        Assert.Contains("Periode '2018Q5' is ongeldig.", fout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_slaat_op_meldt_hoeveel_en_hoe_snel_en_verandert_bij_herhaling_niets()
    {
        var pad = await BestandAsync("zorg.csv",
            "1;999900018;0632;98000001;45A51;2018-01-01;2018-01-31;10;uur;110000",
            ";999900031;0632;98000001;07A01;2018-03-01;2018-03-31;12;16;54000");

        var (code, uit, fout) = await CliProces.RunAsync(Map.Pad, "--db", Db, "zorgdata", "import", pad);
        var (code2, uit2, _) = await CliProces.RunAsync(Map.Pad, "--db", Db, "zorgdata", "import", pad);

        Assert.True(code == 0, fout);
        Assert.Matches(@"^zorg\.csv: 2 regels, 2 toegevoegd, 0 waren er al \(importrun \d+, \d+,\d s, [\d.]+ regels/s\)\.", uit);
        Assert.Contains("zorg.csv: alle 2 regels gelezen en gecontroleerd; de regels worden opgeslagen", fout, StringComparison.Ordinal);
        Assert.Equal(0, code2);
        Assert.Contains("zorg.csv: dit bestand is al eerder geïmporteerd; er is niets veranderd.", uit2, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Een_zip_is_een_import_en_een_fout_noemt_zip_bestand_en_regel()
    {
        string Zip(string naam, params (string Naam, string Regel)[] bestanden)
        {
            var pad = Map.Bestand(naam);
            using var zip = System.IO.Compression.ZipFile.Open(pad, System.IO.Compression.ZipArchiveMode.Create);
            foreach (var (bestand, regel) in bestanden)
            {
                using var w = new StreamWriter(zip.CreateEntry(bestand).Open());
                w.Write(Kop + "\n" + regel + "\n");
            }

            return pad;
        }

        var fout = Zip("fout.zip", ("a.csv", "11;999900018;0632;98000001;45A51;2018-04-01;2018-04-30;10;uur;110000"),
            ("b.csv", "12;123;0632;98000001;45A51;2018-04-01;2018-04-30;10;uur;110000"));
        var goed = Zip("goed.zip", ("a.csv", "11;999900018;0632;98000001;45A51;2018-04-01;2018-04-30;10;uur;110000"),
            ("b.csv", "12;999900031;0632;98000001;45A51;2018-04-01;2018-04-30;10;uur;110000"));

        var (code, uit, melding) = await CliProces.RunAsync(Map.Pad, "--db", Db, "zorgdata", "import", fout, goed);

        Assert.Equal(1, code);
        Assert.Contains("fout.zip, b.csv, regel 2, kolom bsn", melding, StringComparison.Ordinal);
        Assert.Contains("fout.zip: 1 fout(en); er is niets opgeslagen.", melding, StringComparison.Ordinal);
        Assert.Matches(@"goed\.zip: 2 regels, 2 toegevoegd, 0 waren er al", uit);
    }

    [Fact]
    public async Task Een_bestand_met_alleen_foute_regels_meldt_geen_nul_regels_gelezen()
    {
        var pad = await BestandAsync("alleen-fout.csv",
            "1;123;9999;1;45A51;2018-01-01;2018-01-31;10;uur;110000",
            "2;999900019;0632;97000002;45A51;2018-13-01;2018-01-31;10;uur;110000");

        var (code, uit, fout) = await CliProces.RunAsync(Map.Pad, "--db", Db, "zorgdata", "import", pad);

        Assert.Equal(1, code);
        Assert.DoesNotContain("0 regels gelezen", uit + fout, StringComparison.Ordinal);
        Assert.DoesNotContain("(100 %)", uit + fout, StringComparison.Ordinal);
        Assert.Contains("alleen-fout.csv, regel 2, kolom bsn", uit + fout, StringComparison.Ordinal);
        Assert.Contains("er is niets opgeslagen", uit + fout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task De_demo_opnieuw_laden_legt_geen_nieuwe_importrun_vast()
    {
        var voor = await ImportrunsAsync();

        var (code, uit, fout) = await CliProces.RunAsync(Map.Pad, "--db", Db, "demo");

        Assert.True(code == 0, uit + fout);
        Assert.Contains("De demozorgdata was al geladen.", uit, StringComparison.Ordinal);
        Assert.Equal(voor, await ImportrunsAsync());
    }

    private async Task<long> ImportrunsAsync()
    {
        await using var verbinding = new Microsoft.Data.Sqlite.SqliteConnection(Zorginkoop.Zorgdata.ZorgdataDbContext.SqliteConnectionString($"Data Source={Db}"));
        await verbinding.OpenAsync(TestContext.Current.CancellationToken);
        await using var vraag = verbinding.CreateCommand();
        vraag.CommandText = "SELECT COUNT(*) FROM \"Importruns\"";
        return (long)(await vraag.ExecuteScalarAsync(TestContext.Current.CancellationToken))!;
    }

    [Fact]
    public async Task Een_fout_bestand_noemt_regel_en_veld_zonder_bsn_en_slaat_niets_op()
    {
        var fout1 = await BestandAsync("fout.csv",
            "1;999900018;0632;97000002;45A51;2018-01-01;2018-01-31;10;uur;110000",
            "2;999900019;0632;97000002;45A51;2018-01-01;2018-01-31;10;uur;110000");

        var (code, uit, fout) = await CliProces.RunAsync(Map.Pad, "--db", Db, "zorgdata", "import", fout1, Map.Bestand("bestaat-niet.csv"));
        var (_, monitor, _) = await CliProces.RunAsync(Map.Pad, "--db", Db, "monitor", "--periode", "2018", "--aanbieder", "97000002", "--formaat", "json");

        Assert.Equal(1, code);
        Assert.Contains("fout.csv, regel 3, kolom bsn: Het BSN voldoet niet aan de 11-proef.", fout, StringComparison.Ordinal);
        Assert.Contains("fout.csv: 1 fout(en); er is niets opgeslagen.", fout, StringComparison.Ordinal);
        Assert.Contains("bestaat-niet.csv: het bestand bestaat niet.", fout, StringComparison.Ordinal);
        Assert.DoesNotContain("999900019", uit + fout, StringComparison.Ordinal);
        Assert.Equal(0, JsonDocument.Parse(monitor).RootElement.GetProperty("totaal").GetProperty("trajecten").GetInt32());
    }
}
