using Zorginkoop.Aanbestedingen;
using Zorginkoop.Formatting;

namespace Zorginkoop.Tests.Aanbestedingen;

/// <summary>The rules for a procedure's conditions, and the differences a rectification publishes.</summary>
public class AanbestedingRegelsTests
{
    private static readonly DateTimeOffset Deadline = NlFormat.AlsAmsterdamseTijd(new DateTime(2024, 6, 28, 12, 0, 0));

    /// <summary>Sound conditions of a European tender; each test breaks one thing.</summary>
    private static Voorwaarden Goed(Procedurevorm vorm = Procedurevorm.OpenbaarEuropees) => new(
        "Heropening 43B11 Logeren", vorm,
        TenderNedKenmerk: "TN469379",
        Publicatiedatum: new DateOnly(2024, 5, 13),
        VragenDeadline: Deadline.AddDays(-14),
        Sluitingsmoment: Deadline,
        GeplandeGunning: new DateOnly(2024, 7, 15),
        ContractStart: new DateOnly(2024, 10, 1),
        ContractEinde: new DateOnly(2027, 9, 30));

    private static IReadOnlyList<Weigering> Valideer(Voorwaarden v) => AanbestedingRegels.Valideer(v.Genormaliseerd());

    private static string? FoutVoor(Voorwaarden v, string veld) => Valideer(v).SingleOrDefault(m => m.Veld == veld)?.Tekst;

    [Theory]
    [InlineData(Procedurevorm.OpenbaarEuropees)]
    [InlineData(Procedurevorm.SasProcedure)]
    [InlineData(Procedurevorm.MeervoudigOnderhands)]
    [InlineData(Procedurevorm.DialoogEenGegadigde)]
    [InlineData(Procedurevorm.OpenHouse)]
    public void Goede_voorwaarden_geven_geen_meldingen(Procedurevorm vorm)
    {
        Assert.Empty(Valideer(Goed(vorm)));
    }

    [Theory]
    [InlineData("TN469379")]
    [InlineData("TN1")]
    [InlineData(null)]
    public void Een_TenderNed_kenmerk_is_TN_met_cijfers(string? kenmerk)
    {
        Assert.Null(AanbestedingRegels.TenderNedFout(kenmerk));
    }

    [Theory]
    [InlineData("TN")]
    [InlineData("469379")]
    [InlineData("TNabc")]
    [InlineData("tn469379")] // only after normalisation
    [InlineData("TN 469379")]
    [InlineData("TN469379 ")]
    [InlineData("XTN469379")]
    [InlineData("TN1234567890123")] // 13 digits
    [InlineData("TN４６９")] // full-width digits
    public void Een_ander_TenderNed_kenmerk_wordt_geweigerd(string kenmerk)
    {
        Assert.Equal("Een TenderNed-kenmerk is 'TN' gevolgd door cijfers, zoals TN469379.", AanbestedingRegels.TenderNedFout(kenmerk));
    }

    [Theory]
    [InlineData("tn469379")]
    [InlineData(" tn 469379 ")]
    [InlineData("Tn469 379")]
    public void Genormaliseerd_zet_het_kenmerk_in_hoofdletters_zonder_spaties(string kenmerk)
    {
        var v = (Goed() with { TenderNedKenmerk = kenmerk }).Genormaliseerd();

        Assert.Equal("TN469379", v.TenderNedKenmerk);
        Assert.Empty(AanbestedingRegels.Valideer(v));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Een_leeg_kenmerk_wordt_null(string kenmerk)
    {
        Assert.Null((Goed() with { TenderNedKenmerk = kenmerk }).Genormaliseerd().TenderNedKenmerk);
    }

    [Theory]
    [InlineData("TN")]
    [InlineData("TNabc")]
    [InlineData("469379")]
    public void Valideer_meldt_een_fout_kenmerk_bij_het_veld(string kenmerk)
    {
        Assert.NotNull(FoutVoor(Goed() with { TenderNedKenmerk = kenmerk }, nameof(Voorwaarden.TenderNedKenmerk)));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void De_vragendeadline_moet_voor_de_inschrijfdeadline_liggen(int ticksNa)
    {
        var v = Goed() with { VragenDeadline = Deadline.AddTicks(ticksNa) };

        Assert.Equal("De uiterste datum voor vragen moet vóór de uiterste inschrijfdatum (28 juni 2024, 12:00 uur) liggen.", FoutVoor(v, nameof(Voorwaarden.VragenDeadline)));
    }

    [Fact]
    public void Een_vragendeadline_een_tik_voor_de_inschrijfdeadline_is_goed()
    {
        Assert.Empty(Valideer(Goed() with { VragenDeadline = Deadline.AddTicks(-1) }));
    }

    [Fact]
    public void Een_contracteinde_voor_de_ingangsdatum_wordt_geweigerd()
    {
        var v = Goed() with { ContractEinde = new DateOnly(2024, 9, 30) };

        Assert.Equal("De einddatum van het contract ligt vóór de ingangsdatum.", FoutVoor(v, nameof(Voorwaarden.ContractEinde)));
    }

    [Fact]
    public void Een_contract_van_een_dag_is_goed()
    {
        Assert.Empty(Valideer(Goed() with { ContractEinde = new DateOnly(2024, 10, 1) }));
    }

    [Theory]
    [InlineData(2024, 6, 28)] // the deadline's own day
    [InlineData(2024, 7, 1)]
    public void De_publicatie_ligt_voor_de_dag_van_de_deadline(int jaar, int maand, int dag)
    {
        var v = Goed() with { Publicatiedatum = new DateOnly(jaar, maand, dag), VragenDeadline = null };

        Assert.Equal("De uiterste inschrijfdatum moet na de publicatiedatum liggen.", FoutVoor(v, nameof(Voorwaarden.Sluitingsmoment)));
    }

    [Fact]
    public void De_geplande_gunning_ligt_niet_voor_de_deadline()
    {
        var v = Goed() with { GeplandeGunning = new DateOnly(2024, 6, 27) };

        Assert.NotNull(FoutVoor(v, nameof(Voorwaarden.GeplandeGunning)));
        Assert.Empty(Valideer(Goed() with { GeplandeGunning = new DateOnly(2024, 6, 28) }));
    }

    [Fact]
    public void Open_House_met_een_maximum_wordt_geweigerd()
    {
        var v = Goed(Procedurevorm.OpenHouse) with { MaxGunningenPerPerceel = 20 };

        Assert.Equal("Open House kent geen maximum: iedereen die aan de eisen voldoet, wordt toegelaten.", FoutVoor(v, nameof(Voorwaarden.MaxGunningenPerPerceel)));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(20)]
    public void Open_House_met_een_opschortingstermijn_wordt_geweigerd(int dagen)
    {
        var v = Goed(Procedurevorm.OpenHouse) with { StandstillDagen = dagen };

        Assert.Equal("Open House kent geen opschortingstermijn: er wordt niet gerangschikt of gegund.", FoutVoor(v, nameof(Voorwaarden.StandstillDagen)));
    }

    [Fact]
    public void Open_House_zonder_opgegeven_termijn_krijgt_0_dagen()
    {
        var v = Goed(Procedurevorm.OpenHouse).Genormaliseerd();

        Assert.Equal((0, (int?)null), (v.StandstillDagen!.Value, v.MaxGunningenPerPerceel));
        Assert.Empty(AanbestedingRegels.Valideer(v));
    }

    [Fact]
    public void Een_Europese_aanbesteding_met_19_dagen_opschorting_wordt_geweigerd()
    {
        var v = Goed() with { StandstillDagen = 19 };

        var fout = FoutVoor(v, nameof(Voorwaarden.StandstillDagen));

        Assert.Equal("De opschortingstermijn is ten minste 20 kalenderdagen (Aanbestedingswet 2.127).", fout);
        Assert.Contains("Aanbestedingswet 2.127", fout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(20)]
    [InlineData(30)]
    [InlineData(AanbestedingRegels.MaxStandstillDagen)]
    public void Een_Europese_aanbesteding_met_ten_minste_20_dagen_opschorting_is_goed(int dagen)
    {
        Assert.Empty(Valideer(Goed() with { StandstillDagen = dagen }));
    }

    [Fact]
    public void Een_opschortingstermijn_van_meer_dan_een_jaar_wordt_geweigerd()
    {
        Assert.NotNull(FoutVoor(Goed() with { StandstillDagen = AanbestedingRegels.MaxStandstillDagen + 1 }, nameof(Voorwaarden.StandstillDagen)));
    }

    [Fact]
    public void Zonder_opgegeven_termijn_krijgt_een_Europese_aanbesteding_20_dagen()
    {
        Assert.Equal(20, Goed().Genormaliseerd().StandstillDagen);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(5)]
    public void Een_dialoog_met_een_gegadigde_wordt_genormaliseerd_naar_maximaal_1(int? max)
    {
        var v = (Goed(Procedurevorm.DialoogEenGegadigde) with { MaxGunningenPerPerceel = max }).Genormaliseerd();

        Assert.Equal(1, v.MaxGunningenPerPerceel);
    }

    [Fact]
    public void Een_maximum_van_0_gunningen_wordt_geweigerd()
    {
        Assert.NotNull(FoutVoor(Goed() with { MaxGunningenPerPerceel = 0 }, nameof(Voorwaarden.MaxGunningenPerPerceel)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Een_naam_is_verplicht(string naam)
    {
        Assert.Equal("Vul de naam van de aanbesteding in.", FoutVoor(Goed() with { Naam = naam }, nameof(Voorwaarden.Naam)));
    }

    [Fact]
    public void Genormaliseerd_trimt_tekst_en_maakt_lege_tekst_null()
    {
        var v = (Goed() with { Naam = "  Crisis  ", Omschrijving = "  ", Verlengingsopties = " 2 × 1 jaar " }).Genormaliseerd();

        Assert.Equal(("Crisis", (string?)null, "2 × 1 jaar"), (v.Naam, v.Omschrijving, v.Verlengingsopties));
    }

    [Fact]
    public void Verschillen_noemt_alleen_de_gewijzigde_velden_in_Nederlandse_notatie()
    {
        var oud = Goed() with { ContractStart = null, MaxGunningenPerPerceel = null };
        var nieuw = oud with
        {
            ContractStart = new DateOnly(2024, 6, 28),
            Sluitingsmoment = NlFormat.AlsAmsterdamseTijd(new DateTime(2024, 7, 5, 14, 30, 0)),
            MaxGunningenPerPerceel = 20,
        };

        var verschillen = oud.Verschillen(nieuw);

        Assert.Equal(
            [
                new Wijziging("Uiterste inschrijfdatum", "28 juni 2024, 12:00 uur", "5 juli 2024, 14:30 uur"),
                new Wijziging("Ingangsdatum contract", "(leeg)", "28 juni 2024"),
                new Wijziging("Maximum aantal gunningen per perceel", "geen maximum", "20"),
            ],
            verschillen);
    }

    [Fact]
    public void Verschillen_noemt_tekst_vorm_en_traject_in_woorden()
    {
        var oud = Goed() with { Omschrijving = null, InkooptrajectId = null };
        var nieuw = oud with { Vorm = Procedurevorm.SasProcedure, Omschrijving = "Nota van Inlichtingen 1", InkooptrajectId = 7 };

        Assert.Equal(
            [
                new Wijziging("Procedurevorm", "Openbare Europese aanbesteding", "SAS-procedure"),
                new Wijziging("Omschrijving", "(leeg)", "Nota van Inlichtingen 1"),
                new Wijziging("Inkooptraject", "(geen)", "nr. 7"),
            ],
            oud.Verschillen(nieuw));
    }

    [Fact]
    public void Zonder_wijziging_zijn_er_geen_verschillen()
    {
        Assert.Empty(Goed().Verschillen(Goed()));
    }

    [Fact]
    public void Hetzelfde_moment_in_een_andere_tijdzone_is_geen_verschil()
    {
        var oud = Goed();
        var nieuw = oud with { Sluitingsmoment = Deadline.ToUniversalTime() };

        Assert.Empty(oud.Verschillen(nieuw));
    }
}
