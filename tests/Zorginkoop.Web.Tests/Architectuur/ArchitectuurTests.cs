using Zorginkoop.Architectuur;

namespace Zorginkoop.Web.Tests.Architectuur;

/// <summary>
/// Pages, API endpoints and background jobs are thin callers: only the use cases in src/Zorginkoop write through
/// the DbContext (docs/ontwikkelaars/codekaart.md). Read from the compiled web assembly, so a new page that saves on
/// its own fails here.
/// </summary>
public class ArchitectuurTests
{
    [Fact]
    public void De_webapplicatie_schrijft_nergens_zelf_via_de_DbContext()
    {
        var schrijvers = Schrijfcontrole.SchrijvendeAanroepen(typeof(Program).Assembly.Location);

        Assert.True(schrijvers.Count == 0, "Alleen handelingen in src/Zorginkoop schrijven; gevonden:\n" + string.Join("\n", schrijvers));
    }
}
