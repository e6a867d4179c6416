using Zorginkoop.Aanbestedingen;
using Zorginkoop.Data;
using Zorginkoop.Gunning;
using Zorginkoop.Inschrijvingen;
using Zorginkoop.Tests.Inschrijvingen;

namespace Zorginkoop.Tests.Gunning;

/// <summary>
/// A procedure with criteria (the UEA as requirement, a plan for 60 points on 0–10, price for 40), at most one award
/// per lot, two submitted bids on lot 1 (A at € 60,00, B at € 50,00), its vault opened by two officers and the
/// assessment started.
/// </summary>
public sealed class Beoordelingsoefening
{
    public static readonly DateTimeOffset Na = Oefening.Deadline.AddHours(2);

    public required Oefening Oefening { get; init; }
    public required int InschrijvingA { get; init; }
    public required int InschrijvingB { get; init; }
    public required Criterium Uea { get; init; }
    public required Criterium Plan { get; init; }

    public Kluis Kluis => Oefening.Kluis;

    public static async Task<Beoordelingsoefening> MaakAsync(ZorginkoopDbContext db, string map, CancellationToken ct)
    {
        var o = await Oefening.MaakAsync(db, map, ct, async a =>
        {
            a.MaxGunningenPerPerceel = 1;
            Assert.Null(await CriteriumToevoegen.HandleAsync(db, a, new(CriteriumSoort.Eis, "UEA zonder uitsluitingsgronden", null, 0, 1, null), ct));
            Assert.Null(await CriteriumToevoegen.HandleAsync(db, a, new(CriteriumSoort.Kwaliteit, "Kwaliteitsplan", "Dicht bij huis en integraal", 60, 10, null), ct));
            Assert.Null(await CriteriumToevoegen.HandleAsync(db, a, new(CriteriumSoort.Prijs, "Prijs per eenheid", null, 40, 1, null), ct));
        });
        var ia = await o.CompleetConceptAsync(db, o.AanbiederA, "plan A", ct, prijs: 6000);
        var ib = await o.CompleetConceptAsync(db, o.AanbiederB, "plan B", ct, prijs: 5000);
        var aanbesteding = await o.AanbestedingAsync(db, ct);
        Assert.Null((await Inschrijven.IndienenAsync(db, o.Kluis, aanbesteding, ia, Guid.NewGuid(), Oefening.Voor, ct)).Weigering);
        Assert.Null((await Inschrijven.IndienenAsync(db, o.Kluis, aanbesteding, ib, Guid.NewGuid(), Oefening.Voor, ct)).Weigering);
        Assert.Null(await KluisOpenen.AanvragenAsync(db, aanbesteding, "inkoper", Na, ct));
        Assert.Null(await KluisOpenen.BevestigenAsync(db, aanbesteding, "inkoper2", Na, ct));
        Assert.Null(await AanbestedingAanpassen.PasToeAsync(db, aanbesteding, new Verzoek(Gebeurtenis.BeoordelingStarten), "inkoper", Na, ct));
        var criteria = await Criteria.VanAsync(db, aanbesteding.Id, ct);
        return new Beoordelingsoefening
        {
            Oefening = o,
            InschrijvingA = ia.Id,
            InschrijvingB = ib.Id,
            Uea = criteria.Single(c => c.Soort == CriteriumSoort.Eis),
            Plan = criteria.Single(c => c.Soort == CriteriumSoort.Kwaliteit),
        };
    }

    public Task<Aanbesteding> AanbestedingAsync(ZorginkoopDbContext db, CancellationToken ct) => Oefening.AanbestedingAsync(db, ct);

    /// <summary>Assessor <paramref name="wie"/> scores a bid (UEA met, plan <paramref name="plan"/>) and submits.</summary>
    public async Task ScoorAsync(ZorginkoopDbContext db, int inschrijving, string wie, int plan, CancellationToken ct)
    {
        var a = await AanbestedingAsync(db, ct);
        Assert.Null(await Beoordelen.BewaarAsync(db, Kluis, a, inschrijving, wie,
            new Dictionary<int, Invoer> { [Uea.Id] = new(1, null), [Plan.Id] = new(plan, $"Score {plan} van {wie}") }, ct));
        Assert.Null(await Beoordelen.IndienenAsync(db, Kluis, a, inschrijving, wie, Na, ct));
    }

    /// <summary>Both assessors score both bids, consensus is recorded (A: plan 9, B: plan 6) and quality is made final.</summary>
    public async Task TotDefinitieveKwaliteitAsync(ZorginkoopDbContext db, CancellationToken ct)
    {
        foreach (var (i, plan) in new[] { (InschrijvingA, 9), (InschrijvingB, 6) })
        {
            await ScoorAsync(db, i, "beoordelaar", plan, ct);
            await ScoorAsync(db, i, "inkoper2", plan, ct);
            var a = await AanbestedingAsync(db, ct);
            Assert.Null(await ConsensusVastleggen.HandleAsync(db, Kluis, a, new(i, Uea.Id, 1, "Verklaring aanwezig"), "beoordelaar", Na, ct));
            Assert.Null(await ConsensusVastleggen.HandleAsync(db, Kluis, a, new(i, Plan.Id, plan, $"Consensus {plan}"), "beoordelaar", Na, ct));
        }

        Assert.Null(await Beoordelen.VaststellenAsync(db, Kluis, await AanbestedingAsync(db, ct), "inkoper", Na, ct));
    }
}
