using System.Text;
using Microsoft.Extensions.Time.Testing;
using Zorginkoop.Data;
using Zorginkoop.Zorgdata;

namespace Zorginkoop.Tests.Infrastructure;

/// <summary>Care lines in the CSV format, imported through the product's own importer (with a fixed pseudonym key).</summary>
public static class CsvImport
{
    public const string Kop = "toewijzingnummer;bsn;gemeente;agb;productcode;begindatum;einddatum;volume;eenheid;bedrag_cent";

    public static async Task ImporteerAsync(ZorginkoopDbContext db, string naam, params string[] regels)
    {
        var import = new ZorgdataImport(db, new Pseudonimisering(new byte[32]), new FakeTimeProvider());
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(string.Join("\n", regels.Prepend(Kop))));
        var r = await import.RunAsync(stream, naam, "test", ct: TestContext.Current.CancellationToken);
        Assert.True(r.Gelukt, string.Join("\n", r.Meldingen));
    }
}
