using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Zorginkoop.Catalogus;

namespace Zorginkoop.Data;

/// <summary>
/// Stores <see cref="Domein"/> as <c>jeugd</c> or <c>wmo</c>. EF Core's compiled model converts the enum's default
/// (0, no domain) once while it is generated, so that value becomes its number instead of an exception; no entity
/// stores it, as their constructors take a defined domain.
/// </summary>
internal sealed class DomeinConverter() : ValueConverter<Domein, string>(
    d => Enum.IsDefined(d) ? d.Code() : ((int)d).ToString(System.Globalization.CultureInfo.InvariantCulture),
    s => Uit(s))
{
    /// <summary>The stored value as a domain; also for queries that read the column in SQL of their own.</summary>
    public static Domein Uit(string opgeslagen) => opgeslagen == "wmo" ? Domein.Wmo : Domein.Jeugd;
}
