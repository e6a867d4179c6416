using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using Zorginkoop.Accounts;
using Zorginkoop.Data;
using Zorginkoop.Web.Achtergrond;
using Zorginkoop.Zorgdata;

namespace Zorginkoop.Web.Pages.Zorgdata;

/// <summary>
/// POST /zorgdata/import: the upload of a care-data file, streamed straight into an encrypted file in <c>uploads/</c>
/// (<see cref="EncryptedFile"/>) and queued for import. Not a form the framework buffers: ASP.NET Core would first
/// write a large upload in clear to a temporary file, and a file of BSNs must never be on disk in clear, not even
/// briefly. So the form sends its antiforgery token first, which is checked before a byte of the file is read.
/// </summary>
public static class ZorgdataUpload
{
    public const string Pad = "/zorgdata/import";
    public const long MaxBytes = 512L * 1024 * 1024;
    private const string TokenVeld = "__RequestVerificationToken";

    public static IEndpointRouteBuilder MapZorgdataUpload(this IEndpointRouteBuilder app)
    {
        app.MapPost(Pad, PostAsync)
            .RequireAuthorization(Policies.ZorgdataImporteren)
            // Checked by hand, from the token the form sends first (see above).
            .DisableAntiforgery()
            // Room for the form around the file; the file itself is counted while it streams (MaxBytes).
            .WithMetadata(new RequestSizeLimitAttribute(MaxBytes + (1024 * 1024)));
        return app;
    }

    private static async Task<IResult> PostAsync(HttpContext http, IAntiforgery antiforgery, ImportQueue wachtrij, IOptions<OpslagOptions> opslag,
        ITempDataDictionaryFactory tempData, LinkGenerator links, ZorginkoopDbContext db, CancellationToken ct)
    {
        IResult Terug(string fout)
        {
            var td = tempData.GetTempData(http);
            td["ImportFout"] = fout;
            td.Save();
            return Results.Redirect(links.GetPathByPage(http, "/Zorgdata/Index")!);
        }

        if (!MediaTypeHeaderValue.TryParse(http.Request.ContentType, out var soort) || !soort.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
            || HeaderUtilities.RemoveQuotes(soort.Boundary).Value is not { Length: > 0 and <= 200 } grens)
        {
            return Terug("Kies een bestand om te importeren.");
        }

        var lezer = new MultipartReader(grens, http.Request.Body);
        string? token = null;
        while (await lezer.ReadNextSectionAsync(ct) is { } sectie)
        {
            if (!ContentDispositionHeaderValue.TryParse(sectie.ContentDisposition, out var deel))
            {
                continue;
            }

            var naam = HeaderUtilities.RemoveQuotes(deel.Name).Value;
            if (naam == TokenVeld && !deel.IsFileDisposition())
            {
                using var tekst = new StreamReader(sectie.Body);
                token = (await tekst.ReadToEndAsync(ct)).Trim();
                continue;
            }

            if (naam != "Bestand" || !deel.IsFileDisposition())
            {
                continue;
            }

            // The token came first, as the form sends it: checked before a byte of the file is kept.
            http.Request.Headers[AntiforgeryHeader] = token ?? "";
            if (token is null || !await antiforgery.IsRequestValidAsync(http))
            {
                return Results.StatusCode(StatusCodes.Status400BadRequest);
            }

            var bestandsnaam = Path.GetFileName((HeaderUtilities.RemoveQuotes(deel.FileNameStar).Value ?? HeaderUtilities.RemoveQuotes(deel.FileName).Value ?? "").Replace('\\', '/'));
            // Only lines of the user's own regions' municipalities: a line of another region refuses the file.
            var gemeenten = await ImportBereik.GemeentenAsync(db, http.User, ct);
            return await BewaarEnPlaatsAsync(http, sectie.Body, string.IsNullOrWhiteSpace(bestandsnaam) ? "upload" : bestandsnaam, gemeenten, wachtrij, opslag.Value.DataMap, Terug, ct);
        }

        return Terug("Kies een bestand om te importeren.");
    }

    private static async Task<IResult> BewaarEnPlaatsAsync(HttpContext http, Stream inhoud, string bestandsnaam, IReadOnlySet<string> gemeenten, ImportQueue wachtrij, string dataMap,
        Func<string, IResult> terug, CancellationToken ct)
    {
        var (id, fout) = await PlaatsAsync(inhoud, bestandsnaam, http.User.Identity!.Name!, gemeenten, wachtrij, dataMap, ct);
        if (id is null)
        {
            return terug(fout!);
        }

        var status = http.RequestServices.GetRequiredService<LinkGenerator>().GetPathByPage(http, "/Zorgdata/Status", values: new { id = id.Value.ToString("N") });
        return Results.Redirect(status!);
    }

    /// <summary>
    /// Streams the file into an encrypted upload and queues its import (the page's upload and the API's POST alike):
    /// the job's id, or null with the Dutch reason when the file is empty or too large (nothing kept then).
    /// </summary>
    public static async Task<(Guid? Id, string? Fout)> PlaatsAsync(Stream inhoud, string bestandsnaam, string gebruiker, IReadOnlySet<string> gemeenten,
        ImportQueue wachtrij, string dataMap, CancellationToken ct)
    {
        var id = Guid.NewGuid();
        // Held from the first byte until the import is done: a restart of another app instance leaves the file alone.
        var slot = ImportLock.Neem(dataMap, id)!;
        var sleutel = EncryptedFile.NieuweSleutel();
        var pad = Path.Combine(ImportLock.Map(dataMap), id.ToString("N") + ".upload");
        long? grootte;
        try
        {
            grootte = await EncryptedFile.WriteAsync(inhoud, pad, sleutel, MaxBytes, ct);
        }
        catch
        {
            File.Delete(pad);
            slot.Dispose();
            throw;
        }

        if (grootte is not > 0)
        {
            File.Delete(pad);
            slot.Dispose();
            return (null, grootte is null ? TeGroot : Leeg);
        }

        wachtrij.Plaats(new ImportJob(id, bestandsnaam, gebruiker, gemeenten), new ImportUpload(pad, sleutel, slot));
        return (id, null);
    }

    public static readonly string TeGroot =
        $"Het bestand is groter dan {Zorginkoop.Documenten.Documentbeheer.Grootte(MaxBytes)}. Importeer een groter bestand met de opdracht 'zorginkoop zorgdata import'.";

    public const string Leeg = "Het bestand is leeg. Kies een bestand om te importeren.";

    /// <summary>The header the antiforgery service reads a request token from (AntiforgeryOptions.HeaderName's default).</summary>
    private const string AntiforgeryHeader = "RequestVerificationToken";
}
