using Zorginkoop.Architectuur;

namespace Zorginkoop.Tests.Architectuur;

/// <summary>
/// The CLI is a thin caller like the pages: only the use cases in src/Zorginkoop write through the DbContext
/// (docs/ontwikkelaars/codekaart.md). Read from the compiled assemblies.
/// </summary>
public class ArchitectuurTests
{
    [Fact]
    public void De_CLI_schrijft_nergens_zelf_via_de_DbContext()
    {
        var schrijvers = Schrijfcontrole.SchrijvendeAanroepen(typeof(Zorginkoop.Cli.CliHost).Assembly.Location);

        Assert.True(schrijvers.Count == 0, "Alleen handelingen in src/Zorginkoop schrijven; gevonden:\n" + string.Join("\n", schrijvers));
    }

    [Fact]
    public void De_controle_vindt_een_schrijvende_aanroep()
    {
        // The check itself must be able to fail: the core assembly writes (its use cases do), and it names them.
        var schrijvers = Schrijfcontrole.SchrijvendeAanroepen(typeof(Zorginkoop.Data.ZorginkoopDbContext).Assembly.Location);

        Assert.Contains("Zorginkoop.Catalogus.TariefOpslaan roept DbContext.SaveChangesAsync aan", schrijvers);
        Assert.Contains("Zorginkoop.Catalogus.TariefOpslaan roept DbSet`1.Add aan", schrijvers);
        Assert.Contains(schrijvers, s => s.StartsWith("Zorginkoop.Monitoring.BudgetVaststellen roept DbSet`1.Remove", StringComparison.Ordinal));
    }

    [Fact]
    public void Een_feature_gebruikt_niets_wat_een_andere_feature_intern_houdt()
    {
        // Data (the DbContext and its converters) and Audit (written inside every SaveChanges) are the shared rooms.
        var verwijzingen = Featuregrenzen.InterneVerwijzingen(typeof(Zorginkoop.Data.ZorginkoopDbContext).Assembly.Location, new HashSet<string> { "Data", "Audit" });

        Assert.True(verwijzingen.Count == 0, "Gebruik de publieke kant van een andere feature; gevonden:\n" + string.Join("\n", verwijzingen));
    }

    [Fact]
    public void De_featuregrens_ziet_een_interne_verwijzing()
    {
        // Without shared rooms the DbContext (in Data) is one more feature looking at Zorgdata's internal configurations: the check must see that.
        var verwijzingen = Featuregrenzen.InterneVerwijzingen(typeof(Zorginkoop.Data.ZorginkoopDbContext).Assembly.Location, new HashSet<string>());

        Assert.Contains("Zorginkoop.Data.ZorginkoopDbContext gebruikt Zorginkoop.Zorgdata.IZorgdataConfiguration (intern in Zorgdata)", verwijzingen);
    }
}
