using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Zorginkoop.Catalogus;

namespace Zorginkoop.Monitoring;

/// <summary>
/// The monitor as JSON, field names fixed by the issue (other tools read them):
/// <c>{"periode":{"van","totEnMet"},"groepen":[{"domein","monitorgroep","trajecten","uniekeClienten","kostenCent"}],
/// "domeinen":[...],"totaal":{...}}</c>.
/// </summary>
public static class MonitorJson
{
    public sealed record PeriodeJson(string Van, string TotEnMet);

    public sealed record GroepJson(string Domein, string Monitorgroep, int Trajecten, int UniekeClienten, long KostenCent);

    public sealed record DomeinJson(string Domein, int Trajecten, int UniekeClienten, long KostenCent);

    public sealed record TotaalJson(int Trajecten, int UniekeClienten, long KostenCent);

    public sealed record UitkomstJson(PeriodeJson Periode, IReadOnlyList<GroepJson> Groepen, IReadOnlyList<DomeinJson> Domeinen, TotaalJson Totaal);

    // The serializer's metadata is generated at build time (MonitorJsonContext): reflection would cost every
    // `zorginkoop monitor --formaat json` call about 60 ms of its one-second budget (bench/README.md).
    public static readonly JsonSerializerOptions Opties = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        TypeInfoResolver = MonitorJsonContext.Default,
    };

    public static UitkomstJson Van(MonitorUitkomst u) => new(
        new(Datum(u.Filter.Periode.Van), Datum(u.Filter.Periode.TotEnMet)),
        u.Groepen.Select(g => new GroepJson(g.Domein.Code(), g.Monitorgroep, g.Cijfers.Trajecten, g.Cijfers.UniekeClienten, g.Cijfers.KostenCent)).ToList(),
        u.Domeinen.Select(d => new DomeinJson(d.Domein.Code(), d.Cijfers.Trajecten, d.Cijfers.UniekeClienten, d.Cijfers.KostenCent)).ToList(),
        new(u.Totaal.Trajecten, u.Totaal.UniekeClienten, u.Totaal.KostenCent));

    private static readonly JsonSerializerOptions Ingesprongen = new(Opties) { WriteIndented = true };

    public static string Serialize(MonitorUitkomst u, bool ingesprongen = false) =>
        JsonSerializer.Serialize(Van(u), ingesprongen ? Ingesprongen : Opties);

    private static string Datum(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

[JsonSerializable(typeof(MonitorJson.UitkomstJson))]
internal sealed partial class MonitorJsonContext : JsonSerializerContext;
