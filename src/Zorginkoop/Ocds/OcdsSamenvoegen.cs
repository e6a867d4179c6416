using System.Text.Json.Nodes;

namespace Zorginkoop.Ocds;

/// <summary>
/// OCDS merging (standard 1.1, "Merging"): a compiled release is every release of a process applied in date order, each
/// field replacing the earlier value, an array of objects with an <c>id</c> merged item by item on that id, any other
/// array replaced whole, and null removing a field.
/// </summary>
public static class OcdsSamenvoegen
{
    /// <summary>The fields that say which release a value came from; they take no part in comparing states.</summary>
    private static readonly string[] Kenmerken = ["id", "date", "tag"];

    /// <summary>The releases merged in the order given (callers give date order).</summary>
    public static JsonObject Compileer(IEnumerable<JsonObject> releases)
    {
        var stand = new JsonObject();
        foreach (var r in releases)
        {
            Voeg(stand, r);
        }

        return stand;
    }

    /// <summary>
    /// The paths (as "tender/tenderPeriod/endDate", "contracts/…-contract-7/status") where <paramref name="nieuw"/>
    /// would change <paramref name="stand"/> when merged onto it; empty when it adds nothing. A value the new state no
    /// longer has is not a change: merging cannot remove it, so comparing the other way would find it every time.
    /// </summary>
    public static List<string> Verschillen(JsonObject stand, JsonObject nieuw)
    {
        var samen = (JsonObject)stand.DeepClone();
        Voeg(samen, nieuw);
        var paden = new List<string>();
        Vergelijk(stand, samen, "", paden, bovenste: true);
        return paden;
    }

    private static void Voeg(JsonObject doel, JsonObject bron)
    {
        foreach (var (naam, waarde) in bron)
        {
            if (waarde is null)
            {
                doel.Remove(naam);
            }
            else if (waarde is JsonObject o && doel[naam] is JsonObject bestaand)
            {
                Voeg(bestaand, o);
            }
            else if (waarde is JsonArray a && doel[naam] is JsonArray oud && MetIds(a) && MetIds(oud))
            {
                foreach (var item in a.Cast<JsonObject>())
                {
                    var id = Id(item);
                    if (oud.Cast<JsonObject>().FirstOrDefault(x => Id(x) == id) is { } gelijk)
                    {
                        Voeg(gelijk, item);
                    }
                    else
                    {
                        oud.Add(item.DeepClone());
                    }
                }
            }
            else
            {
                doel[naam] = waarde.DeepClone();
            }
        }
    }

    private static void Vergelijk(JsonNode? voor, JsonNode? na, string pad, List<string> paden, bool bovenste = false)
    {
        if (voor is JsonObject a && na is JsonObject b)
        {
            foreach (var (naam, waarde) in b)
            {
                if (!(bovenste && Kenmerken.Contains(naam)))
                {
                    Vergelijk(a[naam], waarde, pad.Length == 0 ? naam : $"{pad}/{naam}", paden);
                }
            }
        }
        else if (voor is JsonArray x && na is JsonArray y && MetIds(x) && MetIds(y))
        {
            foreach (var item in y.Cast<JsonObject>())
            {
                Vergelijk(x.Cast<JsonObject>().FirstOrDefault(o => Id(o) == Id(item)), item, $"{pad}/{Id(item)}", paden);
            }
        }
        else if (!JsonNode.DeepEquals(voor, na))
        {
            paden.Add(pad);
        }
    }

    private static bool MetIds(JsonArray a) => a.Count > 0 && a.All(i => i is JsonObject o && o["id"] is JsonValue);

    private static string Id(JsonObject o) => o["id"]!.ToString();
}
