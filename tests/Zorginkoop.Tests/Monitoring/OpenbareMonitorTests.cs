using Zorginkoop.Catalogus;
using Zorginkoop.Monitoring;

namespace Zorginkoop.Tests.Monitoring;

/// <summary>
/// Small numbers stay hidden (issue 13, point 5): tables built so that a hidden figure could be computed from a total
/// and the other rows, and an attacker that tries exactly that on what the public monitor shows.
/// </summary>
public sealed class OpenbareMonitorTests
{
    private static readonly MonitorFilter Filter = new(new MonitorPeriode(new(2024, 1, 1), new(2024, 12, 31)));

    private static MonitorCijfers C(int clienten, long kostenEuro, int? trajecten = null) => new(trajecten ?? clienten, clienten, kostenEuro * 100);

    /// <summary>
    /// Lopik: total 43 clients / € 126.205 beside Wmo 40 / € 124.000. Shown exactly, the 3 children and € 2.205 of youth
    /// care follow by subtraction.
    /// </summary>
    private static (MonitorUitkomst U, Dictionary<MonitorIndeling, IReadOnlyList<MonitorRij>> Per) Lopik()
    {
        var u = new MonitorUitkomst(Filter,
            [
                new(Domein.Jeugd, "Begeleiding", C(3, 2_205)),
                new(Domein.Wmo, "Begeleiding individueel", C(25, 80_000)),
                new(Domein.Wmo, "Dagbesteding", C(15, 44_000)),
            ],
            [new(Domein.Jeugd, C(3, 2_205)), new(Domein.Wmo, C(40, 124_000))],
            C(43, 126_205));
        var maanden = Enumerable.Range(1, 12).Select(m => new MonitorRij($"2024-{m:00}", m == 7 ? C(2, 900) : C(20, 10_000 + m))).ToList();
        var per = new Dictionary<MonitorIndeling, IReadOnlyList<MonitorRij>>
        {
            [MonitorIndeling.Maand] = maanden,
            [MonitorIndeling.Kwartaal] = [.. Enumerable.Range(1, 4).Select(k => new MonitorRij($"2024Q{k}", C(30, maanden.Skip((k - 1) * 3).Take(3).Sum(m => m.Cijfers.KostenCent) / 100)))],
            [MonitorIndeling.Gemeente] = [new("0331", C(43, 126_205))],
            [MonitorIndeling.Aanbieder] = [new("98000001", C(30, 100_000)), new("98000002", C(11, 24_000)), new("98000003", C(2, 2_205))],
            [MonitorIndeling.Product] = [new("45A51", C(3, 2_205)), new("07A01", C(25, 80_000)), new("07A02", C(15, 44_000))],
        };
        return (u, per);
    }

    private static readonly Dictionary<string, (Domein, string)> ProductGroepen = new()
    {
        ["45A51"] = (Domein.Jeugd, "Begeleiding"),
        ["07A01"] = (Domein.Wmo, "Begeleiding individueel"),
        ["07A02"] = (Domein.Wmo, "Dagbesteding"),
    };

    /// <summary>
    /// What someone with only the public figures tries: in every relation of a total and its parts with exactly one
    /// figure not shown, that figure is the total minus the shown parts. Here the relations are written out from the
    /// table's structure, not taken from the code under test.
    /// </summary>
    private static List<string> Afleidbaar(OpenbareMonitor o, Dictionary<MonitorIndeling, IReadOnlyList<MonitorRij>> per)
    {
        var u = o.Uitkomst;
        var relaties = new List<(string Naam, OpenbareCel Totaal, List<OpenbareCel> Delen)>
        {
            ("totaal = domeinen", o.Totaal, [.. u.Domeinen.Select(d => o.Domein(d.Domein))]),
        };
        relaties.AddRange(u.Domeinen.Select(d => ($"{d.Domein} = groepen", o.Domein(d.Domein), u.Groepen.Where(g => g.Domein == d.Domein).Select(g => o.Groep(g.Domein, g.Monitorgroep)).ToList())));
        relaties.AddRange(per.Select(p => ($"totaal = {p.Key}", o.Totaal, p.Value.Select(r => o.Rij(p.Key, r.Sleutel)).ToList())));
        relaties.AddRange(Enumerable.Range(1, per.ContainsKey(MonitorIndeling.Kwartaal) ? 4 : 0).Select(k => ($"Q{k} = maanden", o.Rij(MonitorIndeling.Kwartaal, $"2024Q{k}"),
            Enumerable.Range(((k - 1) * 3) + 1, 3).Select(m => o.Rij(MonitorIndeling.Maand, $"2024-{m:00}")).ToList())));
        relaties.AddRange(ProductGroepen.Where(_ => per.ContainsKey(MonitorIndeling.Product)).GroupBy(p => p.Value).Select(g => ($"{g.Key} = producten", o.Groep(g.Key.Item1, g.Key.Item2),
            g.Select(p => o.Rij(MonitorIndeling.Product, p.Key)).ToList())));
        return relaties.Where(r => r.Delen.Append(r.Totaal).Count(c => c.Status != Celstatus.Getoond) == 1).Select(r => r.Naam).ToList();
    }

    [Fact]
    public void Lopik_verraadt_de_kinderen_niet_meer_door_aftrekken()
    {
        var (u, per) = Lopik();

        var o = OpenbareMonitor.Maak(u, per, ProductGroepen);

        Assert.Equal(Celstatus.Klein, o.Domein(Domein.Jeugd).Status);
        Assert.Equal(Celstatus.Klein, o.Groep(Domein.Jeugd, "Begeleiding").Status);
        // The total is shown, so Wmo must not be: else 45 - 40 and € 126.000 - € 124.000 give youth care back.
        Assert.Equal(Celstatus.Getoond, o.Totaal.Status);
        Assert.Equal(Celstatus.Afgeschermd, o.Domein(Domein.Wmo).Status);
        Assert.Null(o.Domein(Domein.Wmo).KostenCent);
        Assert.Empty(Afleidbaar(o, per));
    }

    [Fact]
    public void Een_kleine_maand_neemt_een_tweede_maand_van_haar_kwartaal_mee()
    {
        var (u, per) = Lopik();

        var o = OpenbareMonitor.Maak(u, per, ProductGroepen);

        Assert.Equal(Celstatus.Klein, o.Rij(MonitorIndeling.Maand, "2024-07").Status);
        var derdeKwartaal = Enumerable.Range(7, 3).Select(m => o.Rij(MonitorIndeling.Maand, $"2024-{m:00}").Status).ToList();
        Assert.True(derdeKwartaal.Count(s => s != Celstatus.Getoond) >= 2 || o.Rij(MonitorIndeling.Kwartaal, "2024Q3").Status != Celstatus.Getoond);
        Assert.Empty(Afleidbaar(o, per));
    }

    [Fact]
    public void Een_kleine_aanbieder_en_een_klein_product_nemen_een_tweede_rij_mee()
    {
        var (u, per) = Lopik();

        var o = OpenbareMonitor.Maak(u, per, ProductGroepen);

        Assert.Equal(Celstatus.Klein, o.Rij(MonitorIndeling.Aanbieder, "98000003").Status);
        Assert.Equal(Celstatus.Afgeschermd, o.Rij(MonitorIndeling.Aanbieder, "98000002").Status);
        Assert.Equal(Celstatus.Getoond, o.Rij(MonitorIndeling.Aanbieder, "98000001").Status);
        Assert.Equal(Celstatus.Klein, o.Rij(MonitorIndeling.Product, "45A51").Status);
        Assert.Empty(Afleidbaar(o, per));
    }

    [Fact]
    public void Een_enkele_gemeente_is_het_totaal_en_een_groep_alleen_in_haar_domein_is_het_domein()
    {
        // One municipality in the breakdown is the total itself; a domain with one group is that group.
        var u = new MonitorUitkomst(Filter, [new(Domein.Jeugd, "Verblijf", C(4, 30_000)), new(Domein.Wmo, "Vervoer", C(50, 20_000))],
            [new(Domein.Jeugd, C(4, 30_000)), new(Domein.Wmo, C(50, 20_000))], C(54, 50_000));
        var per = new Dictionary<MonitorIndeling, IReadOnlyList<MonitorRij>> { [MonitorIndeling.Gemeente] = [new("0331", C(54, 50_000))] };

        var o = OpenbareMonitor.Maak(u, per, new Dictionary<string, (Domein, string)>());

        Assert.Equal(Celstatus.Klein, o.Groep(Domein.Jeugd, "Verblijf").Status);
        Assert.Equal(Celstatus.Klein, o.Domein(Domein.Jeugd).Status);
        // Wmo would be the total minus youth care, and Vervoer is all of Wmo: both hidden.
        Assert.Equal(Celstatus.Afgeschermd, o.Domein(Domein.Wmo).Status);
        Assert.Equal(Celstatus.Afgeschermd, o.Groep(Domein.Wmo, "Vervoer").Status);
        Assert.Equal((55, 5_000_000L), (o.Rij(MonitorIndeling.Gemeente, "0331").UniekeClienten, o.Totaal.KostenCent));
        Assert.Empty(Afleidbaar(o, []));
    }

    [Fact]
    public void Zonder_zorggegevens_is_er_een_verborgen_totaal_en_verder_niets()
    {
        // A period without lines: the total (0 clients) is hidden and has no parts; the suppression must just stop.
        var leeg = new MonitorUitkomst(Filter, [], [], new MonitorCijfers(0, 0, 0));
        var per = Enum.GetValues<MonitorIndeling>().ToDictionary(i => i, _ => (IReadOnlyList<MonitorRij>)[]);

        var o = OpenbareMonitor.Maak(leeg, per, new Dictionary<string, (Domein, string)>());

        Assert.Equal(Celstatus.Klein, o.Totaal.Status);
    }

    [Theory]
    [InlineData(112, 110)]
    [InlineData(89, 90)]
    [InlineData(43, 45)]
    [InlineData(7, 5)]
    [InlineData(8, 10)]
    [InlineData(5, 5)]
    public void Aantallen_worden_afgerond_op_vijftallen(int exact, int openbaar) => Assert.Equal(openbaar, OpenbareMonitor.RondAantal(exact));

    [Fact]
    public void Bedragen_worden_afgerond_op_duizenden_euros_en_kosten_per_client_op_honderden()
    {
        var cel = new OpenbareCel(new MonitorCijfers(112, 89, 118_872_300), Celstatus.Getoond);

        Assert.Equal((110, 90, 118_900_000L, 1_340_000L), (cel.Trajecten, cel.UniekeClienten, cel.KostenCent, cel.KostenPerClientCent));
        Assert.Equal(-200_000L, OpenbareMonitor.Rond(-150_000, OpenbareMonitor.KostenStap));
    }
}
