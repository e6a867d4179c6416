using Zorginkoop.Contracten;

namespace Zorginkoop.Tests.Contracten;

/// <summary>A framework agreement's status by date, and the decisions on it.</summary>
public class ContractLevenscyclusTests
{
    private static Raamovereenkomst Contract() => new()
    {
        Start = new DateOnly(2022, 10, 1),
        Einde = new DateOnly(2025, 9, 30),
        OorspronkelijkEinde = new DateOnly(2025, 9, 30),
        VerlengingenMogelijk = 2,
        VerlengingMaanden = 12,
    };

    [Theory]
    [InlineData("2022-09-30", ContractStatus.Gepland)]
    [InlineData("2022-10-01", ContractStatus.Actief)]
    [InlineData("2025-09-30", ContractStatus.Actief)]
    [InlineData("2025-10-01", ContractStatus.Beeindigd)]
    public void De_status_volgt_uit_de_datums(string dag, ContractStatus verwacht) =>
        Assert.Equal(verwacht, Contract().StatusOp(DateOnly.Parse(dag, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Verlengen_kan_zo_vaak_als_de_opties_toestaan_en_verschuift_het_einde()
    {
        var c = Contract();
        var vandaag = new DateOnly(2025, 3, 1);

        Assert.Null(ContractLevenscyclus.Pas(c, new ContractVerzoek(ContractGebeurtenis.Verlengen), vandaag));
        Assert.Equal(ContractStatus.Verlengd, c.StatusOp(vandaag));
        Assert.Null(ContractLevenscyclus.Pas(c, new ContractVerzoek(ContractGebeurtenis.Verlengen), vandaag));
        var derde = ContractLevenscyclus.Pas(c, new ContractVerzoek(ContractGebeurtenis.Verlengen), vandaag);

        Assert.Equal(new DateOnly(2027, 9, 30), c.Einde);
        Assert.Equal(new DateOnly(2025, 9, 30), c.OorspronkelijkEinde);
        Assert.Equal("Alle 2 verlengingsopties zijn al gebruikt.", derde);
        Assert.False(ContractLevenscyclus.VerlengingOpen(c));
    }

    [Fact]
    public void Niet_verlengen_vraagt_een_reden_en_sluit_verlengen_daarna_uit()
    {
        var c = Contract();
        var vandaag = new DateOnly(2025, 3, 1);

        Assert.Equal("Niet verlengen kan alleen met een reden.", ContractLevenscyclus.Pas(c, new ContractVerzoek(ContractGebeurtenis.NietVerlengen), vandaag));
        Assert.Null(ContractLevenscyclus.Pas(c, new ContractVerzoek(ContractGebeurtenis.NietVerlengen, "Nieuwe aanbesteding per 1 oktober 2025"), vandaag));

        Assert.Equal("Er is al besloten dit contract niet te verlengen.", ContractLevenscyclus.Pas(c, new ContractVerzoek(ContractGebeurtenis.Verlengen), vandaag));
    }

    [Fact]
    public void Voortijdig_beeindigen_vraagt_een_reden_en_een_datum_tussen_vandaag_en_het_einde()
    {
        var vandaag = new DateOnly(2024, 1, 15);

        Assert.Equal("Voortijdig beëindigen kan alleen met een reden.",
            ContractLevenscyclus.Pas(Contract(), new ContractVerzoek(ContractGebeurtenis.Beeindigen, Per: new DateOnly(2024, 6, 30)), vandaag));
        Assert.Equal("Kies de laatste dag van het contract: vandaag of later.",
            ContractLevenscyclus.Pas(Contract(), new ContractVerzoek(ContractGebeurtenis.Beeindigen, "Faillissement", new DateOnly(2024, 1, 14)), vandaag));
        Assert.Contains("voortijdig beëindigen is vóór die datum",
            ContractLevenscyclus.Pas(Contract(), new ContractVerzoek(ContractGebeurtenis.Beeindigen, "Faillissement", new DateOnly(2025, 9, 30)), vandaag), StringComparison.Ordinal);

        var c = Contract();
        Assert.Null(ContractLevenscyclus.Pas(c, new ContractVerzoek(ContractGebeurtenis.Beeindigen, "Faillissement", new DateOnly(2024, 6, 30)), vandaag));
        Assert.Equal(ContractStatus.Actief, c.StatusOp(new DateOnly(2024, 6, 30)));
        Assert.Equal(ContractStatus.Beeindigd, c.StatusOp(new DateOnly(2024, 7, 1)));
        Assert.Contains("eindigt al voortijdig", ContractLevenscyclus.Pas(c, new ContractVerzoek(ContractGebeurtenis.Verlengen), vandaag), StringComparison.Ordinal);
    }

    [Fact]
    public void Na_het_einde_kan_er_niets_meer()
    {
        var c = Contract();

        Assert.Contains("is beëindigd op 30 september 2025", ContractLevenscyclus.Pas(c, new ContractVerzoek(ContractGebeurtenis.Verlengen), new DateOnly(2025, 10, 1)), StringComparison.Ordinal);
        Assert.Equal(2, c.VerlengingenMogelijk - c.VerlengingenGebruikt);
    }

    [Theory]
    [InlineData("2 × 1 jaar", 2, 12)]
    [InlineData("2x1 jaar", 2, 12)]
    [InlineData("1 × 6 maanden", 1, 6)]
    [InlineData(null, 0, 0)]
    [InlineData("naar behoefte", 0, 0)]
    public void Verlengingsopties_worden_gelezen_zoals_aanbestedingen_ze_schrijven(string? tekst, int aantal, int maanden) =>
        Assert.Equal((aantal, maanden), ContractLevenscyclus.LeesVerlengingsopties(tekst));
}
