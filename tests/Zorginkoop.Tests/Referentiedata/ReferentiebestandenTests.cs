using Zorginkoop.Referentiedata;

namespace Zorginkoop.Tests.Referentiedata;

/// <summary>The embedded source files themselves, read without a database.</summary>
public class ReferentiebestandenTests
{
    [Fact]
    public void Het_gemeentebestand_heeft_342_unieke_codes()
    {
        var gemeenten = ReferentiedataLoader.LeesGemeenten();

        Assert.Equal(342, gemeenten.Count);
        Assert.Equal(342, gemeenten.Select(g => g.Code).Distinct().Count());
        Assert.All(gemeenten, g => Assert.False(string.IsNullOrWhiteSpace(g.Naam)));
    }

    [Fact]
    public void De_codelijsten_bevatten_categorieen_en_eenheden_van_beide_standaarden()
    {
        var lijsten = ReferentiedataLoader.LeesCodelijsten();

        Assert.Contains(("iJw 3.2", "LDT_ProductCategorie", "43"), lijsten.Select(l => (l.Standaard, l.Datatype, l.Code)));
        Assert.Contains(("iWmo 3.2", "LDT_ProductCategorie", "18"), lijsten.Select(l => (l.Standaard, l.Datatype, l.Code)));
        Assert.Equal(14, lijsten.Count(l => l.Datatype == "LDT_Eenheid")); // 7 units, in both standards
    }
}
