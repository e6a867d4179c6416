using Zorginkoop.Documenten;
using Zorginkoop.Formatting;

namespace Zorginkoop.Vragen;

/// <summary>The downloadable Nota van Inlichtingen of a round: made from the round's snapshot, so it is the same every time.</summary>
public static class NvIDocument
{
    public static byte[] Pdf(string aanbesteding, NvIRonde ronde)
    {
        var pdf = new TextPdf()
            .Titel($"Nota van Inlichtingen {ronde.Nummer}")
            .Alinea($"{aanbesteding}\nGepubliceerd op {NlFormat.DatumTijd(ronde.GepubliceerdOp)}. Controlegetal (SHA-256 van de inhoud): {ronde.Sha256}");
        foreach (var item in ronde.Items)
        {
            var waarover = string.Join(", ", new[] { item.Perceel is { } p ? $"perceel {p}" : null, item.Onderwerp }.OfType<string>());
            pdf.Kop($"{(item.Aanvulling ? "Aanvulling" : "Vraag")} {item.Volgnummer}{(waarover.Length > 0 ? $" ({waarover})" : "")}")
                .Alinea(item.Vraag)
                .Kop("Antwoord")
                .Alinea(item.Antwoord);
        }

        return pdf.Bouw($"Nota van Inlichtingen {ronde.Nummer} - {aanbesteding}");
    }
}
