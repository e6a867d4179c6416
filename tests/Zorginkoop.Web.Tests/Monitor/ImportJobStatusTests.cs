using Zorginkoop.Web.Achtergrond;
using Zorginkoop.Zorgdata;

namespace Zorginkoop.Web.Tests.Monitor;

/// <summary>What the status page of a web import says at each moment of the import.</summary>
public sealed class ImportJobStatusTests
{
    private static ImportJobStatus Status() => new() { Opdracht = new(Guid.NewGuid(), "zorg.csv", "analist") };

    [Fact]
    public void Een_wachtende_import_zegt_dat_hij_op_zijn_beurt_wacht()
    {
        var s = Status();

        Assert.Equal(("De import wacht op zijn beurt.", (int?)null), (s.Melding, s.Procent));
    }

    [Fact]
    public void Voor_de_eerste_regel_zegt_de_pagina_wat_er_gebeurt()
    {
        var s = Status();
        s.Fase = "bezig";

        Assert.Equal(("Bezig: het bestand wordt herkend en de catalogus geladen.", (int?)null), (s.Melding, s.Procent));
    }

    [Fact]
    public void Tijdens_het_lezen_toont_de_balk_hoeveel_van_het_bestand_gelezen_is()
    {
        var s = Status();
        s.Fase = "bezig";
        s.Voortgang = new ImportProgress(4_500_000, 45, Opslaan: false);

        Assert.Equal(("Bezig: 4.500.000 regels gelezen (45 %).", (int?)45), (s.Melding, s.Procent));
    }

    [Fact]
    public void Na_het_lezen_zegt_de_pagina_dat_de_regels_worden_opgeslagen_en_staat_de_balk_niet_stil_op_een_getal()
    {
        var s = Status();
        s.Fase = "bezig";
        s.Voortgang = new ImportProgress(10_000_000, 100, Opslaan: true);

        Assert.Equal(
            ("Bezig: alle 10.000.000 regels gelezen en gecontroleerd; de regels worden opgeslagen.", (int?)null),
            (s.Melding, s.Procent));
    }
}
