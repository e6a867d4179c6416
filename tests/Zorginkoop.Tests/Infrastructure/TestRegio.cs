using Zorginkoop.Catalogus;
using Zorginkoop.Data;

namespace Zorginkoop.Tests.Infrastructure;

/// <summary>A region of its own for one test, with a Jeugd and a Wmo segment, so tests sharing a database stay apart.</summary>
public static class TestRegio
{
    public static async Task<string> MaakAsync(ZorginkoopDbContext db)
    {
        var code = $"test-{Guid.NewGuid():N}"[..20];
        var regio = new Regio { Code = code, Naam = $"Testregio {code}" };
        regio.Segmenten.Add(new Segment { Domein = Domein.Jeugd, Code = "ambulant", Naam = "Ambulant" });
        regio.Segmenten.Add(new Segment { Domein = Domein.Wmo, Code = "ib", Naam = "Individuele Begeleiding" });
        db.Regios.Add(regio);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return code;
    }
}
