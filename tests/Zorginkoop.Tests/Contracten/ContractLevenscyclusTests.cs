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

    private static ContractStand Stand() => ContractStand.Van(Contract());

    /// <summary>Applies a decision the way the use case does: the refusal's text, or null and the new state.</summary>
    private static string? Pas(ref ContractStand stand, ContractVerzoek v, DateOnly vandaag)
    {
        var uitkomst = ContractLevenscyclus.Pas(stand, v, vandaag);
        stand = uitkomst.Stand ?? stand;
        return uitkomst.Weigering?.Tekst;
    }

    [Fact]
    public void Verlengen_kan_zo_vaak_als_de_opties_toestaan_en_verschuift_het_einde()
    {
        var c = Contract();
        var s = ContractStand.Van(c);
        var vandaag = new DateOnly(2025, 3, 1);

        Assert.Null(Pas(ref s, new ContractVerzoek(ContractGebeurtenis.Verlengen), vandaag));
        Assert.Equal(ContractStatus.Verlengd, ContractLevenscyclus.Status(s, vandaag));
        Assert.Null(Pas(ref s, new ContractVerzoek(ContractGebeurtenis.Verlengen), vandaag));
        var derde = Pas(ref s, new ContractVerzoek(ContractGebeurtenis.Verlengen), vandaag);
        s.PasToeOp(c);

        Assert.Equal(new DateOnly(2027, 9, 30), c.Einde);
        Assert.Equal(new DateOnly(2025, 9, 30), c.OorspronkelijkEinde);
        Assert.Equal("Alle 2 verlengingsopties zijn al gebruikt.", derde);
        Assert.False(ContractLevenscyclus.VerlengingOpen(c));
        Assert.False(ContractLevenscyclus.Mag(c, ContractGebeurtenis.Verlengen, vandaag));
        Assert.True(ContractLevenscyclus.Mag(c, ContractGebeurtenis.Beeindigen, vandaag));
    }

    [Fact]
    public void Een_besluit_verandert_het_contract_zelf_niet()
    {
        // The lifecycle is a function of the state: only the use case applies its outcome (Raamovereenkomsten.BesluitAsync).
        var c = Contract();

        var uitkomst = ContractLevenscyclus.Pas(ContractStand.Van(c), new ContractVerzoek(ContractGebeurtenis.Verlengen), new DateOnly(2025, 3, 1));

        Assert.Equal(new DateOnly(2026, 9, 30), uitkomst.Stand!.Einde);
        Assert.Equal((new DateOnly(2025, 9, 30), 0), (c.Einde, c.VerlengingenGebruikt));
    }

    [Fact]
    public void Niet_verlengen_vraagt_een_reden_en_sluit_verlengen_daarna_uit()
    {
        var s = Stand();
        var vandaag = new DateOnly(2025, 3, 1);

        Assert.Equal("Niet verlengen kan alleen met een reden.", Pas(ref s, new ContractVerzoek(ContractGebeurtenis.NietVerlengen), vandaag));
        Assert.Null(Pas(ref s, new ContractVerzoek(ContractGebeurtenis.NietVerlengen, "Nieuwe aanbesteding per 1 oktober 2025"), vandaag));

        Assert.Equal("Er is al besloten dit contract niet te verlengen.", Pas(ref s, new ContractVerzoek(ContractGebeurtenis.Verlengen), vandaag));
    }

    [Fact]
    public void Voortijdig_beeindigen_vraagt_een_reden_en_een_datum_tussen_vandaag_en_het_einde()
    {
        var vandaag = new DateOnly(2024, 1, 15);
        var s = Stand();

        Assert.Equal("Voortijdig beëindigen kan alleen met een reden.",
            Pas(ref s, new ContractVerzoek(ContractGebeurtenis.Beeindigen, Per: new DateOnly(2024, 6, 30)), vandaag));
        Assert.Equal("Kies de laatste dag van het contract: vandaag of later.",
            Pas(ref s, new ContractVerzoek(ContractGebeurtenis.Beeindigen, "Faillissement", new DateOnly(2024, 1, 14)), vandaag));
        Assert.Contains("voortijdig beëindigen is vóór die datum",
            Pas(ref s, new ContractVerzoek(ContractGebeurtenis.Beeindigen, "Faillissement", new DateOnly(2025, 9, 30)), vandaag), StringComparison.Ordinal);
        Assert.Equal(Stand(), s);

        Assert.Null(Pas(ref s, new ContractVerzoek(ContractGebeurtenis.Beeindigen, "Faillissement", new DateOnly(2024, 6, 30)), vandaag));
        Assert.Equal(ContractStatus.Actief, ContractLevenscyclus.Status(s, new DateOnly(2024, 6, 30)));
        Assert.Equal(ContractStatus.Beeindigd, ContractLevenscyclus.Status(s, new DateOnly(2024, 7, 1)));
        Assert.Contains("eindigt al voortijdig", Pas(ref s, new ContractVerzoek(ContractGebeurtenis.Verlengen), vandaag), StringComparison.Ordinal);
    }

    [Fact]
    public void Na_het_einde_kan_er_niets_meer()
    {
        var s = Stand();

        var uitkomst = ContractLevenscyclus.Pas(s, new ContractVerzoek(ContractGebeurtenis.Verlengen), new DateOnly(2025, 10, 1));

        Assert.Contains("is beëindigd op 30 september 2025", uitkomst.Weigering?.Tekst, StringComparison.Ordinal);
        Assert.Equal("contract.beeindigd", uitkomst.Weigering?.Code);
        Assert.All(Enum.GetValues<ContractGebeurtenis>(), g => Assert.False(ContractLevenscyclus.Mag(Contract(), g, new DateOnly(2025, 10, 1))));
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
