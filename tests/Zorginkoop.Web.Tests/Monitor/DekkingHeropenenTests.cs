using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Zorginkoop.Data;
using Zorginkoop.Web.Tests.Infrastructure;
using Zorginkoop.Zorgdata;

namespace Zorginkoop.Web.Tests.Monitor;

/// <summary>
/// From the coverage signal to the remedy: a Lekstroom product with demand but one provider links the officer to a
/// re-opening of the finally awarded procedure that bought it, with the product ticked ("onvoldoende dekking").
/// </summary>
public abstract class DekkingHeropenenTests<TApp>(TApp app) : AppTests<TApp>(app)
    where TApp : ZorginkoopApp
{
    private async Task ImporteerAsync()
    {
        await using var scope = App.Services.CreateAsyncScope();
        var import = scope.ServiceProvider.GetRequiredService<ZorgdataImport>();
        var csv = "toewijzingnummer;bsn;gemeente;agb;productcode;begindatum;einddatum;volume;eenheid;bedrag_cent\n" +
            "7001;999900018;0321;98000001;43B11;2024-03-01;2024-03-31;4;etmaal;98000\n";
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(csv));
        var r = await import.RunAsync(stream, "dekking.csv", "test", ct: Ct);
        Assert.True(r.Gelukt, string.Join("\n", r.Meldingen));
    }

    [Fact]
    public async Task Een_signaal_leidt_de_inkoper_naar_een_heropening_met_het_product_aangevinkt()
    {
        await ImporteerAsync();
        int ambulant, logeren;
        await using (var scope = App.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ZorginkoopDbContext>();
            ambulant = await db.Aanbestedingen.Where(a => a.Naam == "Jeugdhulp Ambulant").Select(a => a.Id).SingleAsync(Ct);
            logeren = await db.Producten.Where(p => p.Code == "43B11" && p.Regio!.Code == "lekstroom").Select(p => p.Id).SingleAsync(Ct);
        }

        var inkoper = await Inloggen.AlsAsync(App, "inkoper");
        var (_, dekking) = await GetAsync("/monitor/dekking?regio=lekstroom&periode=2024&alleenSignalen=true", inkoper);
        var link = $"/aanbestedingen/{ambulant}/heropenen?product={logeren}";
        Assert.Contains($"href=\"{link}\"", dekking, StringComparison.Ordinal);
        Assert.Contains("geen gecontracteerde aanbieder, terwijl 1 cliënt dit product kreeg", Tekst(dekking), StringComparison.Ordinal);

        var (antwoord, heropenen) = await GetAsync(link, inkoper);
        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        Assert.Matches(new Regex($"<input[^>]*id=\"product-{logeren}\"[^>]*checked"), heropenen);

        // An analyst sees the signal, but not the way to re-open (that is an officer's step).
        var analist = await Inloggen.AlsAsync(App, "analist");
        var (_, alsAnalist) = await GetAsync("/monitor/dekking?regio=lekstroom&periode=2024&alleenSignalen=true", analist);
        Assert.Contains("geen gecontracteerde aanbieder, terwijl 1 cliënt dit product kreeg", Tekst(alsAnalist), StringComparison.Ordinal);
        Assert.DoesNotContain("/heropenen", alsAnalist, StringComparison.Ordinal);
    }
}

public sealed class DekkingHeropenenTestsSqlite(SqliteApp app) : DekkingHeropenenTests<SqliteApp>(app);

public sealed class DekkingHeropenenTestsPostgres(PostgresApp app) : DekkingHeropenenTests<PostgresApp>(app);
