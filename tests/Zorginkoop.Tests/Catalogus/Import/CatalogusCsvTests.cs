using System.Text;
using Zorginkoop.Catalogus;
using Zorginkoop.Catalogus.Import;

namespace Zorginkoop.Tests.Catalogus.Import;

public class CatalogusCsvTests
{
    private static (IReadOnlyList<CatalogusRegel> Regels, IReadOnlyList<ImportMelding> Meldingen) Lees(Stream s) => CatalogusCsv.Lees(s);

    private static string Posities(IEnumerable<ImportMelding> meldingen) =>
        string.Join(" ", meldingen.Select(m => $"{m.Regel}:{m.Kolom ?? "-"}"));

    [Fact]
    public void Een_volledige_regel_wordt_gelezen()
    {
        var (regels, meldingen) = Lees(Csv.Regels("43B11;Logeren;jeugd;43;Verblijf;etmaal;ambulant;2023-08-01;2025-12-31;24500;2024-01-01;43A03"));

        Assert.Empty(meldingen);
        Assert.Equal(
            new CatalogusRegel(2, "43B11", "Logeren", Domein.Jeugd, "43", "Verblijf", "etmaal", "ambulant",
                new DateOnly(2023, 8, 1), new DateOnly(2025, 12, 31), 24500, new DateOnly(2024, 1, 1), "43A03"),
            Assert.Single(regels));
    }

    [Fact]
    public void Alleen_de_verplichte_kolommen_is_genoeg()
    {
        var (regels, meldingen) = Lees(Csv.Bestand("code;naam;domein;categorie;monitorgroep;eenheid\n02B01;Begeleiding;wmo;02;Begeleiding individueel;04\n"));

        Assert.Empty(meldingen);
        var r = Assert.Single(regels);
        Assert.Equal((Domein.Wmo, (string?)null, (DateOnly?)null, (long?)null), (r.Domein, r.Segment, r.GeldigVan, r.TariefCent));
    }

    [Fact]
    public void Komma_als_scheidingsteken_wordt_herkend()
    {
        var (regels, meldingen) = Lees(Csv.Bestand("code,naam,domein,categorie,monitorgroep,eenheid\n43B11,\"Logeren; kort\",jeugd,43,Verblijf,14\n"));

        Assert.Empty(meldingen);
        Assert.Equal("Logeren; kort", Assert.Single(regels).Naam);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void UTF8_met_en_zonder_BOM_wordt_gelezen(bool bom)
    {
        var (regels, meldingen) = Lees(Csv.Bestand("code;naam;domein;categorie;monitorgroep;eenheid\n43E01;Essentiële functies;jeugd;43;Crisis;14\n", bom));

        Assert.Empty(meldingen);
        // With a BOM the first header name must still be "code", not "\uFEFFcode".
        Assert.Equal("Essentiële functies", Assert.Single(regels).Naam);
    }

    [Fact]
    public void Ongeldige_UTF8_wordt_geweigerd_in_plaats_van_stil_vervangen()
    {
        // "Essentiële" saved as Windows-1252: 0xEB is not valid UTF-8 here.
        var latin1 = Encoding.Latin1.GetBytes("code;naam;domein;categorie;monitorgroep;eenheid\n43E01;Essentiële functies;jeugd;43;Crisis;14\n");

        var (regels, meldingen) = Lees(new MemoryStream(latin1));

        Assert.Empty(regels);
        Assert.Equal("Het bestand is geen geldige UTF-8-tekst. Sla het op als 'CSV UTF-8' en probeer het opnieuw.", Assert.Single(meldingen).Tekst);
    }

    [Fact]
    public void Een_leeg_bestand_wordt_gemeld()
    {
        var (regels, meldingen) = Lees(new MemoryStream());

        Assert.Empty(regels);
        var m = Assert.Single(meldingen);
        Assert.Equal(1, m.Regel);
        Assert.StartsWith("Het bestand is leeg", m.Tekst, StringComparison.Ordinal);
    }

    [Fact]
    public void Alleen_een_kopregel_wordt_gemeld()
    {
        var (_, meldingen) = Lees(Csv.Bestand(Csv.Kop + "\n"));

        Assert.Equal(new ImportMelding(2, null, "Het bestand bevat geen producten: alleen een kopregel."), Assert.Single(meldingen));
    }

    [Fact]
    public void Ontbrekende_onbekende_en_dubbele_kolommen_worden_allemaal_gemeld_op_regel_1()
    {
        var (regels, meldingen) = Lees(Csv.Bestand("code;naam;naam;domein;categorie;eenheid;prijs\n43B11;Logeren;Logeren;jeugd;43;14;1\n"));

        Assert.Empty(regels);
        Assert.Equal("1:monitorgroep 1:prijs 1:naam", Posities(meldingen));
        Assert.Contains("verplichte kolom 'monitorgroep' ontbreekt", meldingen[0].Tekst, StringComparison.Ordinal);
        Assert.StartsWith("Onbekende kolom 'prijs'", meldingen[1].Tekst, StringComparison.Ordinal);
        Assert.Equal("De kolom 'naam' staat meer dan één keer in de kopregel.", meldingen[2].Tekst);
    }

    [Fact]
    public void Kolomnamen_zijn_niet_hoofdlettergevoelig_en_worden_getrimd()
    {
        var (regels, meldingen) = Lees(Csv.Bestand("Code; NAAM ;Domein;Categorie;Monitorgroep;Eenheid\n43B11;Logeren;jeugd;43;Verblijf;14\n"));

        Assert.Empty(meldingen);
        Assert.Single(regels);
    }

    [Fact]
    public void Elke_fout_wordt_gemeld_met_regel_en_kolom()
    {
        var (regels, meldingen) = Lees(Csv.Regels(
            "43B11;Logeren;jeugd;43;Verblijf;14;;2023-08-01;;24500;;", // good: line 2
            "43B12;;zorg;4A;Verblijf;14;;;;;;", // naam missing, domein and categorie wrong: line 3
            "43B13;Dag;jeugd;43;Verblijf;14;;2024/06/28;;;;", // bad date: line 4
            "43B14;Dag;jeugd;43;Verblijf;14;;2024-01-01;;12,50;;", // not whole cents: line 5
            "43B15;Dag;jeugd;43;Verblijf;14;;2024-01-01;;;2024-01-01;", // tarief_vanaf without tarief_cent: line 6
            "43B16;Dag;jeugd;43;Verblijf;14;;2024-06-01;2024-05-31;;;", // end before start: line 7
            "43B17;Dag;jeugd;43;Verblijf;14;;;;100;;", // tariff without any start date: line 8
            "43B18;Dag;jeugd;43;;;;;;-5;2024-01-01;")); // monitorgroep, eenheid missing, negative: line 9

        Assert.Equal(
            "3:naam 3:domein 3:categorie 4:geldig_van 5:tarief_cent 6:tarief_cent 7:geldig_tot 8:tarief_vanaf " +
            "9:monitorgroep 9:eenheid 9:tarief_cent",
            Posities(meldingen));
        // Every line comes back, so later checks (unit, segment) can still report on it; only line 2 is readable.
        Assert.Equal(8, regels.Count);
        Assert.Equal("43B11", Assert.Single(regels, r => r.Leesbaar).Code);
        Assert.Equal("'zorg' is geen domein: gebruik jeugd of wmo.", meldingen[1].Tekst);
        Assert.Equal("'2024/06/28' is geen datum: gebruik jjjj-mm-dd, zoals 2024-06-28.", meldingen[3].Tekst);
    }

    [Fact]
    public void Meldingen_noemen_de_regel_in_het_bestand_ook_na_lege_regels()
    {
        // The user looks up line numbers in a spreadsheet or editor: blank lines still count.
        var (_, meldingen) = Lees(Csv.Bestand(Csv.Kop + "\n43B11;Logeren;jeugd;43;Verblijf;14;;;;;;\n\n\n43B12;;jeugd;43;Verblijf;14;;;;;;\n"));

        Assert.Equal("5:naam", Posities(meldingen));
    }

    [Fact]
    public void Een_categorie_van_een_cijfer_krijgt_een_voorloopnul()
    {
        var (regels, _) = Lees(Csv.Regels("02B01;Begeleiding;wmo;2;Begeleiding individueel;4;;;;;;"));

        var r = Assert.Single(regels);
        Assert.Equal("02", r.Categorie);
        Assert.Equal("4", r.Eenheid); // units are resolved later, against the reference data
    }

    [Fact]
    public void Zonder_tarief_vanaf_begint_het_tarief_op_geldig_van()
    {
        var (regels, _) = Lees(Csv.Regels("43B11;Logeren;jeugd;43;Verblijf;14;;2023-08-01;;24500;;"));

        Assert.Equal(new DateOnly(2023, 8, 1), Assert.Single(regels).TariefVanaf);
    }

    [Fact]
    public void Dag_maand_jaar_met_streepjes_wordt_ook_als_datum_gelezen()
    {
        var (regels, meldingen) = Lees(Csv.Regels("43B11;Logeren;jeugd;43;Verblijf;14;;1-8-2023;31-12-2025;;;"));

        Assert.Empty(meldingen);
        var r = Assert.Single(regels);
        Assert.Equal((new DateOnly(2023, 8, 1), new DateOnly(2025, 12, 31)), (r.GeldigVan!.Value, r.GeldigTot!.Value));
    }

    [Fact]
    public void Spaties_rond_waarden_worden_verwijderd()
    {
        var (regels, _) = Lees(Csv.Regels(" 43B11 ; Logeren ; jeugd ; 43 ; Verblijf ; 14 ;;;;;;"));

        var r = Assert.Single(regels);
        Assert.Equal(("43B11", "Logeren", "43"), (r.Code, r.Naam, r.Categorie));
    }

    [Fact]
    public void ImportMelding_tekst_noemt_regel_en_kolom()
    {
        Assert.Equal("regel 3, kolom naam: Vul de productnaam in.", new ImportMelding(3, "naam", "Vul de productnaam in.").ToString());
        Assert.Equal("regel 0: Kapot.", new ImportMelding(0, null, "Kapot.").ToString());
    }
}
