using Microsoft.EntityFrameworkCore;
using Zorginkoop.Data;
using Zorginkoop.Formatting;
using Zorginkoop.Inschrijvingen;

namespace Zorginkoop.Gunning;

/// <summary>The bidder supplies the document: its own request only, before the term ends, once; streamed and sealed.</summary>
public static class HerstelAanleveren
{
    public sealed record Gegevens(int VerzoekId, int ZorgaanbiederId, Stream Inhoud, string? Bestandsnaam);

    public static async Task<Weigering?> HandleAsync(ZorginkoopDbContext db, Kluis kluis, Gegevens g, DateTimeOffset nu, CancellationToken ct = default)
    {
        var (verzoekId, zorgaanbiederId, inhoud, bestandsnaam) = g;
        var h = await db.Herstelverzoeken.SingleOrDefaultAsync(x => x.Id == verzoekId && x.ZorgaanbiederId == zorgaanbiederId, ct);
        var naam = Documenten.Bestandsnaam.Schoon(bestandsnaam);
        var weigering = (h is null ? Weigering.Geheel("herstel.verzoek-onbekend", "Dit herstelverzoek bestaat niet.") : null)
            ?? (h!.IsAangeleverd ? Weigering.Geheel("herstel.al-aangeleverd", "U heeft het document al aangeleverd.") : null)
            ?? (nu >= h.Termijn ? Weigering.Geheel("herstel.termijn-verstreken", $"De termijn van dit herstelverzoek is verstreken op {NlFormat.DatumTijd(h.Termijn)}.") : null)
            ?? (naam is null ? new Weigering("herstel.bestandsnaam-onbruikbaar", Herstel.Bestand, "Het bestand heeft geen bruikbare naam. Geef het een naam zoals 'verklaring.pdf'.") : null)
            ?? (Documenten.DocumentSoort.Controleer(inhoud, naam!) is { } soort ? new Weigering("herstel.bestandssoort-geweigerd", Herstel.Bestand, soort) : null);
        if (weigering is not null)
        {
            return weigering;
        }

        var i = await db.Inschrijvingen.AsNoTracking().SingleAsync(x => x.Id == h!.InschrijvingId, ct);
        var opslagnaam = Guid.NewGuid().ToString("D");
        var bewaard = await kluis.BewaarAsync(i.Sleutel, inhoud, opslagnaam, Inschrijven.HerstelContext(i, opslagnaam), Inschrijven.MaxBytesPerInschrijving, ct);
        if (bewaard is not { } b)
        {
            return new Weigering("herstel.bestand-te-groot", Herstel.Bestand, $"Het bestand is groter dan {Documenten.Documentbeheer.Grootte(Inschrijven.MaxBytesPerInschrijving)}.");
        }

        h!.Opslagnaam = opslagnaam;
        h.NaamVersleuteld = kluis.Versleutel(i.Sleutel, System.Text.Encoding.UTF8.GetBytes(naam!), Inschrijven.HerstelContext(i, opslagnaam, naam: true));
        h.Grootte = b.Grootte;
        h.Sha256 = b.Sha256;
        h.AangeleverdOp = nu;
        try
        {
            await db.SaveChangesAsync(ct);
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            kluis.Verwijder(opslagnaam);
            return Weigering.Geheel("herstel.al-aangeleverd", "U heeft het document zojuist al aangeleverd.");
        }
    }
}
