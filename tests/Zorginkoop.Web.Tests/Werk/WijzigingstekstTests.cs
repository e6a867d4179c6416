using Zorginkoop.Audit;
using Zorginkoop.Web.Infrastructure;

namespace Zorginkoop.Web.Tests.Werk;

/// <summary>The history tables in words, not JSON (issue 16, item 5).</summary>
public class WijzigingstekstTests
{
    private static AuditRegel Regel(string entiteit, string actie, string? voor, string? na) => new()
    {
        Moment = DateTimeOffset.UnixEpoch,
        Gebruiker = "inkoper",
        Entiteit = entiteit,
        Sleutel = "1",
        Actie = actie,
        Voor = voor,
        Na = na,
        VorigeHash = "",
        Hash = "",
    };

    [Fact]
    public void Een_gewijzigde_termijn_en_status_staan_er_in_woorden_met_oud_en_nieuw()
    {
        var r = Regel("Aanbesteding", "gewijzigd",
            """{"Sluitingsmoment":"2024-06-01T12:00:00+02:00","Status":"gepubliceerd","RegioId":1}""",
            """{"Sluitingsmoment":"2024-06-28T12:00:00+02:00","Status":"inschrijvingGesloten","RegioId":2}""");

        var velden = Wijzigingstekst.Van(r);

        Assert.Equal(
            [
                new Veldwijziging("Uiterste inschrijfdatum", "1 juni 2024, 12:00 uur", "28 juni 2024, 12:00 uur"),
                new Veldwijziging("Status", "gepubliceerd", "inschrijving gesloten"),
            ],
            velden);
        Assert.Equal("Aanbesteding gewijzigd", Wijzigingstekst.Wat(r));
    }

    [Fact]
    public void Een_nieuw_gegeven_toont_wat_het_bevat_zonder_sleutels_en_lege_velden()
    {
        var r = Regel("Tarief", "toegevoegd", null,
            """{"Id":7,"ProductId":3,"BedragCent":12345,"GeldigVan":"2025-01-01","GeldigTot":null,"Eenheidssoort":"perEtmaal","Openbaar":true}""");

        var velden = Wijzigingstekst.Van(r);

        Assert.Equal(["Bedrag", "Geldig vanaf", "Eenheidssoort", "Openbaar"], velden.Select(v => v.Veld));
        Assert.Equal(["€ 123,45", "1 januari 2025", "per etmaal", "ja"], velden.Select(v => v.Na!.Replace('\u00a0', ' ')));
    }

    [Fact]
    public void Lange_tekst_wordt_afgekapt_en_kapotte_json_geeft_geen_velden()
    {
        var lang = new string('x', 500);
        var velden = Wijzigingstekst.Van(Regel("Inkooptraject", "gewijzigd", $$"""{"Omschrijving":"kort"}""", $$"""{"Omschrijving":"{{lang}}"}"""));
        var kapot = Wijzigingstekst.Van(Regel("Inkooptraject", "gewijzigd", "{niet", "[]"));

        Assert.Equal(201, velden.Single().Na!.Length);
        Assert.EndsWith("…", velden.Single().Na, StringComparison.Ordinal);
        Assert.Empty(kapot);
    }
}
