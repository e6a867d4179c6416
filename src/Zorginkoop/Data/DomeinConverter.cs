using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Zorginkoop.Catalogus;

namespace Zorginkoop.Data;

internal sealed class DomeinConverter() : ValueConverter<Domein, string>(
    d => d.Code(),
    s => s == "wmo" ? Domein.Wmo : Domein.Jeugd);
