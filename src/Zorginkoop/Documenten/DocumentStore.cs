using System.Security.Cryptography;

namespace Zorginkoop.Documenten;

/// <summary>A stored file: where it is, what it is and its fingerprint.</summary>
public sealed record StoredFile(string Opslagnaam, string Bestandsnaam, DocumentSoort Soort, long Grootte, string Sha256);

/// <summary>The stored file, or why it was refused (in Dutch, naming the file and the rule).</summary>
public sealed record OpslagUitkomst(StoredFile? Bestand, string? Fout);

/// <summary>
/// The document store: a folder <c>documenten</c> in the data folder, outside the web root. Files are streamed to
/// disk (never held whole in memory) while their SHA-256 is computed, checked by content, and only then given their
/// final name, a GUID. Nothing the uploader typed is ever part of a path.
/// </summary>
public sealed class DocumentStore(string dataMap, long maxBytes = DocumentStore.StandaardMaxBytes)
{
    /// <summary>20 MB: the limit the procurement issue sets for published documents.</summary>
    public const long StandaardMaxBytes = 20L * 1024 * 1024;

    public long MaxBytes { get; } = maxBytes;

    public string Map { get; } = Path.Combine(dataMap, "documenten");

    public async Task<OpslagUitkomst> StoreAsync(Stream bron, string? bestandsnaam, CancellationToken ct = default)
    {
        var naam = Bestandsnaam.Schoon(bestandsnaam);
        if (naam is null)
        {
            return Fout("Het bestand heeft geen bruikbare naam. Geef het een naam zoals 'verslag.pdf'.");
        }

        var verwacht = DocumentSoort.BijExtensie(naam);
        if (verwacht is null)
        {
            return Fout($"'{naam}': dit soort bestand wordt niet gepubliceerd. Toegestaan zijn {DocumentSoort.Opsomming}.");
        }

        Directory.CreateDirectory(Map);
        var opslagnaam = Guid.NewGuid().ToString("D");
        var tijdelijk = Path.Combine(Map, opslagnaam + ".upload");
        try
        {
            long grootte = 0;
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            await using (var doel = new FileStream(tijdelijk, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 81920, FileOptions.Asynchronous))
            {
                var buffer = new byte[81920];
                int n;
                while ((n = await bron.ReadAsync(buffer, ct)) > 0)
                {
                    grootte += n;
                    if (grootte > MaxBytes)
                    {
                        return Fout($"'{naam}' is groter dan {Documentbeheer.Grootte(MaxBytes)} en is niet opgeslagen.");
                    }

                    hash.AppendData(buffer, 0, n);
                    await doel.WriteAsync(buffer.AsMemory(0, n), ct);
                }

                if (grootte == 0)
                {
                    return Fout($"'{naam}' is leeg.");
                }

                var soort = DocumentSoort.Herken(doel);
                if (soort is null)
                {
                    return Fout($"'{naam}' is geen {verwacht.Naam}: de inhoud is van een ander soort bestand. Alleen {DocumentSoort.Opsomming} worden gepubliceerd, herkend aan de inhoud.");
                }

                if (soort != verwacht)
                {
                    return Fout($"'{naam}' heeft de naam van een {verwacht.Naam}, maar de inhoud is een {soort.Naam}. Geef het bestand de extensie {soort.Extensie}.");
                }

                await doel.FlushAsync(ct);
                File.Move(tijdelijk, Path.Combine(Map, opslagnaam));
                return new(new StoredFile(opslagnaam, naam, soort, grootte, Convert.ToHexStringLower(hash.GetHashAndReset())), null);
            }
        }
        finally
        {
            if (File.Exists(tijdelijk))
            {
                File.Delete(tijdelijk);
            }
        }
    }

    /// <summary>Opens a stored file for reading; only GUID names are accepted, so no path can be smuggled in.</summary>
    public Stream Open(string opslagnaam) =>
        new FileStream(Pad(opslagnaam), FileMode.Open, FileAccess.Read, FileShare.Read, 81920, FileOptions.Asynchronous);

    /// <summary>Removes a stored file whose database record was not saved (so no orphan stays behind).</summary>
    public void Verwijder(string opslagnaam)
    {
        var pad = Pad(opslagnaam);
        if (File.Exists(pad))
        {
            File.Delete(pad);
        }
    }

    private string Pad(string opslagnaam) => Guid.TryParseExact(opslagnaam, "D", out var g) && g.ToString("D") == opslagnaam
        ? Path.Combine(Map, opslagnaam)
        : throw new ArgumentException("Ongeldige opslagnaam.", nameof(opslagnaam));

    private static OpslagUitkomst Fout(string tekst) => new(null, tekst);
}
