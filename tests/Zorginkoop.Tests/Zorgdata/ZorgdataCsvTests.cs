using System.Text;
using Zorginkoop.Catalogus.Import;
using Zorginkoop.Zorgdata;

namespace Zorginkoop.Tests.Zorgdata;

/// <summary>The care-data CSV as files come in practice: BOM, comma or semicolon, CRLF, quotes, blank lines, bad bytes.</summary>
public sealed class ZorgdataCsvTests
{
    private static (List<RuweZorgregel> Regels, List<ImportMelding> Meldingen) Lees(byte[] bytes)
    {
        var meldingen = new List<ImportMelding>();
        var regels = ZorgdataCsv.Lees(new MemoryStream(bytes), meldingen.Add, TestContext.Current.CancellationToken).ToList();
        return (regels, meldingen);
    }

    private static (List<RuweZorgregel> Regels, List<ImportMelding> Meldingen) Lees(string tekst) => Lees(Encoding.UTF8.GetBytes(tekst));

    [Fact]
    public void Bom_komma_crlf_aanhalingstekens_spaties_en_lege_regels_worden_gelezen()
    {
        var (regels, meldingen) = Lees(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(
            "toewijzingnummer,bsn,gemeente,agb,productcode,begindatum,einddatum,volume,eenheid,bedrag_cent\r\n" +
            " 0500001 ,999900018,0632,98000001,45A51,2018-01-01,2018-01-31,10,\"uur\",110000\r\n" +
            "\r\n" +
            ",\"999900031\",0335, 98000002 ,\"07A01\",2018-03-01,2018-03-31,12,16,-54000\r\n")).ToArray());

        Assert.Empty(meldingen);
        Assert.Equal(2, regels.Count);
        var (a, b) = (regels[0], regels[1]);
        Assert.Equal((2, "0500001", "999900018", "0632", "98000001", "45A51", new DateOnly(2018, 1, 1), new DateOnly(2018, 1, 31), 10L, "uur", 110000L),
            (a.Regel, a.ToewijzingNummer, a.Bsn, a.Gemeente, a.Agb, a.ProductCode, a.Begindatum, a.Einddatum, a.Volume, a.Eenheid, a.BedragCent));
        Assert.Equal((4, (string?)null, "999900031", "0335", "98000002", "07A01", -54000L), (b.Regel, b.ToewijzingNummer, b.Bsn, b.Gemeente, b.Agb, b.ProductCode, b.BedragCent));
    }

    [Fact]
    public void Een_veld_met_een_puntkomma_tussen_aanhalingstekens_is_een_veld_en_het_regelnummer_telt_door()
    {
        var (regels, meldingen) = Lees(
            "toewijzingnummer;bsn;gemeente;agb;productcode;begindatum;einddatum;volume;eenheid;bedrag_cent\n" +
            "1;999900018;0632;98000001;\"45;A51\";2018-01-01;2018-01-31;10;uur;110000\n" +
            "2;999900018;0632;98000001;45A51;2018-01-01;2018-01-31;10;uur\n");

        Assert.Equal("45;A51", Assert.Single(regels).ProductCode);
        Assert.Equal(["regel 3: Deze regel heeft 9 velden, de kopregel 10.", "regel 3, kolom bedrag_cent: Vul een geheel getal in."],
            meldingen.Select(m => m.ToString()));
    }

    [Fact]
    public void Elk_fout_veld_wordt_gemeld_met_regel_en_kolom_en_nooit_met_het_bsn()
    {
        var (regels, meldingen) = Lees(
            "toewijzingnummer;bsn;gemeente;agb;productcode;begindatum;einddatum;volume;eenheid;bedrag_cent\n" +
            "1234567890;999900019;632;9800001;;2018-02-30;2018-01-31;-1;;12,50\n");

        Assert.Empty(regels);
        Assert.Equal(
            [
                "regel 2, kolom toewijzingnummer: Een toewijzingnummer bestaat uit 1 tot 9 cijfers (of is leeg).",
                "regel 2, kolom bsn: Het BSN voldoet niet aan de 11-proef.",
                "regel 2, kolom gemeente: Een gemeentecode bestaat uit 4 cijfers (CBS), zoals 0632.",
                "regel 2, kolom agb: Een AGB-code bestaat uit 8 cijfers.",
                "regel 2, kolom productcode: Vul de productcode in.",
                "regel 2, kolom begindatum: '2018-02-30' is geen datum: gebruik jjjj-mm-dd, zoals 2018-10-01.",
                "regel 2, kolom volume: '-1' is geen geheel getal van 0 of meer.",
                "regel 2, kolom eenheid: Vul de eenheid in (code zoals 04 of naam zoals uur).",
                "regel 2, kolom bedrag_cent: '12,50' is geen geheel getal.",
            ],
            meldingen.Select(m => m.ToString()));
        Assert.DoesNotContain(meldingen, m => m.Tekst.Contains("999900019", StringComparison.Ordinal));
    }

    [Fact]
    public void Ongeldige_utf8_noemt_de_regel_waarin_de_bytes_staan()
    {
        var kop = "toewijzingnummer;bsn;gemeente;agb;productcode;begindatum;einddatum;volume;eenheid;bedrag_cent\n";
        var goed = "1;999900018;0632;98000001;45A51;2018-01-01;2018-01-31;10;uur;110000\n";
        var bytes = Encoding.UTF8.GetBytes(kop + goed + goed).Concat(new byte[] { 0xC3, 0x28, (byte)'\n' }).ToArray();

        var (_, meldingen) = Lees(bytes);
        var (_, inKop) = Lees(new byte[] { (byte)'t', 0xFF, (byte)'\n' });

        Assert.Equal("regel 4: Deze regel is geen geldige UTF-8-tekst; sla het bestand op als UTF-8.", Assert.Single(meldingen).ToString());
        Assert.Equal(1, Assert.Single(inKop).Regel);
    }

    [Fact]
    public void Een_leeg_bestand_en_een_kopregel_met_verkeerde_kolommen()
    {
        var (_, leeg) = Lees("");
        var (_, kop) = Lees("toewijzingnummer;bsn;gemeente;agb;productcode;begindatum;einddatum;volume;eenheid;bedrag;extra\n");

        Assert.StartsWith("Het bestand is leeg", Assert.Single(leeg).Tekst, StringComparison.Ordinal);
        Assert.Equal(["bedrag_cent", "bedrag", "extra"], kop.Select(m => m.Kolom));
    }

    [Fact]
    public void De_regel_met_ongeldige_utf8_wordt_ook_over_de_grens_van_een_buffer_gevonden()
    {
        var regel = Encoding.UTF8.GetBytes(new string('a', 999) + "\n");
        var bytes = Enumerable.Repeat(regel, 200).SelectMany(r => r).Concat(new byte[] { 0xE2, 0x82, (byte)'\n' }).ToArray();

        Assert.Equal(201, ZorgdataCsv.EersteOngeldigeRegel(new MemoryStream(bytes)));
        Assert.Equal(201, ZorgdataCsv.EersteOngeldigeRegel(new MemoryStream(Enumerable.Repeat(regel, 200).SelectMany(r => r).ToArray())));
    }
}
