using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Zorginkoop.Accounts;
using Zorginkoop.Data;
using Zorginkoop.Inschrijvingen;
using Zorginkoop.Tests.Shared;
using Zorginkoop.Web.Tests.Infrastructure;

namespace Zorginkoop.Web.Tests.Inschrijvingen;

/// <summary>
/// The app as a real process, killed (SIGKILL) while a burst of providers submit their bids. After a restart every
/// acknowledged receipt belongs to a stored bid that opens intact, and no bid shows as submitted without its receipt.
/// </summary>
public abstract class CrashTests : IAsyncLifetime
{
    private const int Aanbieders = 12;
    private const string Wachtwoord = "Crash-test-wachtwoord-1";
    private readonly TempFolder map = new();
    private readonly List<Process> processen = [];

    protected abstract string Provider { get; }

    protected string ConnectionString { get; set; } = "";

    protected abstract Task<bool> MaakDatabaseAsync();

    protected virtual Task VerwijderDatabaseAsync() => Task.CompletedTask;

    protected string Map => map.Pad;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => Assert.SkipUnless(await MaakDatabaseAsync(), TestEnvironment.PostgresSkipReden() ?? "");

    public async ValueTask DisposeAsync()
    {
        foreach (var p in processen.Where(p => !p.HasExited))
        {
            p.Kill(entireProcessTree: true);
            await p.WaitForExitAsync();
        }

        await VerwijderDatabaseAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        map.Dispose();
        GC.SuppressFinalize(this);
    }

    private ZorginkoopDbContext Context()
    {
        var builder = new DbContextOptionsBuilder<ZorginkoopDbContext>();
        DatabaseRegistration.Configureer(builder, Provider, ConnectionString, map.Pad);
        return new ZorginkoopDbContext(builder.Options);
    }

    /// <summary>Starts Zorginkoop.Web.dll and returns once it says it listens (read from its own output, no waiting by the clock).</summary>
    /// <param name="herstart">After the crash: started as production is, without loading the demo again (which only
    /// costs time, and would hide what the restart itself does with the half-written state).</param>
    private async Task<(Process Proces, Uri Adres)> StartAsync(bool herstart = false)
    {
        using var vrij = new TcpListener(IPAddress.Loopback, 0);
        vrij.Start();
        var poort = ((IPEndPoint)vrij.LocalEndpoint).Port;
        vrij.Stop();
        var adres = new Uri($"http://127.0.0.1:{poort}");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = AppContext.BaseDirectory };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Zorginkoop.Web.dll"));
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(adres.ToString());
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["Database__Provider"] = Provider;
        start.Environment["ConnectionStrings__Zorginkoop"] = ConnectionString;
        start.Environment["Zorginkoop__DataMap"] = map.Pad;
        start.Environment["Zorginkoop__DemoDataLaden"] = herstart ? "false" : "true";
        start.Environment["Zorginkoop__DemoAccounts"] = "true";
        start.Environment["Meldingen__Kanaal"] = "uit";
        start.Environment["Logging__LogLevel__Default"] = "Information";
        var proces = Process.Start(start)!;
        processen.Add(proces);
        using var wacht = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        wacht.CancelAfter(TimeSpan.FromMinutes(3));
        var fout = proces.StandardError.ReadToEndAsync(Ct);
        while (await proces.StandardOutput.ReadLineAsync(wacht.Token) is { } regel)
        {
            if (regel.Contains("Application started", StringComparison.Ordinal))
            {
                // Keep reading the output so the app never blocks on a full pipe.
                _ = proces.StandardOutput.BaseStream.CopyToAsync(Stream.Null, CancellationToken.None);
                return (proces, adres);
            }
        }

        Assert.Fail("De app startte niet: " + await fout);
        return default;
    }

    private static HttpClient Client(Uri adres) =>
        new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() }) { BaseAddress = adres };

    /// <summary>One aanbieder account for each of the first providers of the demo data, made the way Identity stores them.</summary>
    private async Task<List<string>> AccountsAsync()
    {
        await using var db = Context();
        var rol = await db.Roles.SingleAsync(r => r.Name == Rollen.Aanbieder, Ct);
        var hasher = new PasswordHasher<Gebruiker>();
        var emails = new List<string>();
        foreach (var z in await db.Zorgaanbieders.OrderBy(z => z.Id).Take(Aanbieders).ToListAsync(Ct))
        {
            var email = $"crash{z.Id}@aanbieder.test";
            var g = new Gebruiker
            {
                UserName = email,
                NormalizedUserName = email.ToUpperInvariant(),
                Email = email,
                NormalizedEmail = email.ToUpperInvariant(),
                EmailConfirmed = true,
                ZorgaanbiederId = z.Id,
                SecurityStamp = Guid.NewGuid().ToString("N"),
                LockoutEnabled = true,
            };
            g.PasswordHash = hasher.HashPassword(g, Wachtwoord);
            db.Users.Add(g);
            db.UserRoles.Add(new IdentityUserRole<string> { UserId = g.Id, RoleId = rol.Id });
            emails.Add(email);
        }

        await db.SaveChangesAsync(Ct);
        return emails;
    }

    [Fact]
    public async Task Na_een_harde_stop_tijdens_het_indienen_hoort_elk_ontvangstbewijs_bij_een_intacte_inschrijving()
    {
        var (app, adres) = await StartAsync();
        var emails = await AccountsAsync();
        int aanbesteding;
        await using (var db = Context())
        {
            aanbesteding = await db.Aanbestedingen.Where(a => a.Naam == InschrijvingHulp.OpenNaam).Select(a => a.Id).SingleAsync(Ct);
        }

        var pad = $"/aanbestedingen/{aanbesteding}/inschrijving";
        var klaar = new List<(string Email, HttpClient Client, HttpContent Formulier)>();
        foreach (var email in emails)
        {
            var client = Client(adres);
            using (var login = await Inloggen.PostAsync(client, email, Wachtwoord))
            {
                Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
            }

            var eisen = await EisenAsync(aanbesteding);
            using (var upload = await Forms.PostBestandAsync(client, pad, "Bestand", "%PDF-1.4 certificaat"u8.ToArray(), "certificaat.pdf",
                       Forms.Velden(("EisId", eisen.Single(e => e.Soort == EisSoort.Bestand).Id.ToString(System.Globalization.CultureInfo.InvariantCulture)))))
            {
                Assert.Equal(HttpStatusCode.Redirect, upload.StatusCode);
            }

            var formulier = await client.GetStringAsync(pad, Ct);
            klaar.Add((email, client, new FormUrlEncodedContent(InschrijvingHulp.Velden(eisen, $"Plan van {email}", "70,00", Guid.NewGuid())
                .Prepend(new("__RequestVerificationToken", Inloggen.AntiforgeryToken(formulier))))));
        }

        // The burst; the process is killed as soon as the first answer is in, while the others are on their way.
        var indieningen = klaar.Select(k => k.Client.PostAsync($"{pad}?handler=Indienen", k.Formulier, Ct)).ToList();
        await Task.WhenAny(indieningen);
        app.Kill(entireProcessTree: true);
        await app.WaitForExitAsync(Ct);

        var bevestigd = new Dictionary<string, string>();
        for (var i = 0; i < indieningen.Count; i++)
        {
            try
            {
                using var antwoord = await indieningen[i];
                if (antwoord.StatusCode == HttpStatusCode.Redirect && antwoord.Headers.Location?.OriginalString is { } l && l.StartsWith("/mijn/ontvangstbewijzen/", StringComparison.Ordinal))
                {
                    bevestigd[klaar[i].Email] = l;
                }
            }
            catch (HttpRequestException)
            {
                // Cut off by the kill: not acknowledged, so it may or may not have been stored, but never half.
            }
        }

        Assert.NotEmpty(bevestigd);

        // No bid shows as submitted unless its receipt was stored with the same SHA-256, and its file is in the vault.
        await using (var db = Context())
        {
            var ingediend = await db.Inschrijvingen.Include(i => i.Bestanden).Where(i => i.AanbestedingId == aanbesteding && i.Status == InschrijvingStatus.Ingediend).ToListAsync(Ct);
            foreach (var i in ingediend)
            {
                Assert.True(await db.Ontvangstbewijzen.AnyAsync(o => o.InschrijvingId == i.Id && o.Sha256 == i.Ontvangstbewijs, Ct), $"Inschrijving {i.Id} is ingediend zonder ontvangstbewijs.");
                Assert.All(i.Bestanden, b => Assert.True(File.Exists(Path.Combine(map.Pad, "kluis", b.Opslagnaam)), $"Bestand {b.Opslagnaam} ontbreekt."));
            }

            Assert.True(ingediend.Count >= bevestigd.Count);
            TestContext.Current.TestOutputHelper?.WriteLine($"{Provider}: {klaar.Count} verzonden, {bevestigd.Count} bevestigd voor de harde stop, {ingediend.Count} als ingediend opgeslagen.");
        }

        // After a restart each acknowledged receipt is the standing one, and the bid opens (AES-GCM: intact) with its own text.
        var (_, nieuwAdres) = await StartAsync(herstart: true);
        foreach (var (email, bewijs) in bevestigd)
        {
            using var client = Client(nieuwAdres);
            using (var login = await Inloggen.PostAsync(client, email, Wachtwoord))
            {
                Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
            }

            var ontvangst = await client.GetStringAsync(bewijs, Ct);
            Assert.Contains("Dit is het ontvangstbewijs van uw inschrijving zoals die nu is ingediend.", ontvangst, StringComparison.Ordinal);
            var inschrijving = WebUtility.HtmlDecode(await client.GetStringAsync(pad, Ct));
            Assert.Contains($"Plan van {email}", inschrijving, StringComparison.Ordinal);
            Assert.Contains("certificaat.pdf", inschrijving, StringComparison.Ordinal);
        }

        foreach (var k in klaar)
        {
            k.Client.Dispose();
            k.Formulier.Dispose();
        }
    }

    /// <summary>A valid BSN (11-proef: 9·d1 + 8·d2 + … + 2·d8 − d9 divisible by 11) for each number from 10000000 up.</summary>
    private static IEnumerable<string> Bsns()
    {
        for (var n = 10_000_000; ; n++)
        {
            var cijfers = n.ToString("D8", System.Globalization.CultureInfo.InvariantCulture);
            var som = cijfers.Select((c, i) => (c - '0') * (9 - i)).Sum();
            if (som % 11 is var laatste and < 10)
            {
                yield return cijfers + laatste.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
        }
    }

    [Fact]
    public async Task Na_een_harde_stop_tijdens_een_import_staat_nergens_een_bsn_en_is_de_run_afgebroken()
    {
        var (app, adres) = await StartAsync();
        using var analist = Client(adres);
        using (var login = await Inloggen.PostAsync(analist, "analist@demo.zorginkoop.nl", Zorginkoop.Web.Accounts.DemoAccounts.Wachtwoord))
        {
            Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        }

        // Large enough that the import is still reading when it is killed (about 40 MB).
        var bsns = Bsns().Take(600_000).ToList();
        var csv = new System.Text.StringBuilder("toewijzingnummer;bsn;gemeente;agb;productcode;begindatum;einddatum;volume;eenheid;bedrag_cent\n");
        foreach (var (bsn, i) in bsns.Select((b, i) => (b, i)))
        {
            csv.Append(System.Globalization.CultureInfo.InvariantCulture, $"{i + 1};{bsn};0632;98000001;45A51;2018-01-01;2018-01-31;10;uur;110000\n");
        }

        var formulier = await analist.GetStringAsync("/zorgdata", Ct);
        using var data = new MultipartFormDataContent
        {
            { new StringContent(Inloggen.AntiforgeryToken(formulier)), "__RequestVerificationToken" },
            { new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(csv.ToString())), "Bestand", "zorg-2018.csv" },
        };
        using var upload = await analist.PostAsync("/zorgdata/import", data, Ct);
        Assert.Equal(HttpStatusCode.Redirect, upload.StatusCode);
        var status = upload.Headers.Location!.OriginalString;

        // Killed while it reads and checks the lines: what is read so far is never stored, and was never on disk in clear.
        while (true)
        {
            using var json = System.Text.Json.JsonDocument.Parse(await analist.GetStringAsync(status + "?handler=Voortgang", Ct));
            Assert.False(json.RootElement.GetProperty("klaar").GetBoolean(), "De import was klaar voordat hij kon worden onderbroken; maak het bestand groter.");
            if (json.RootElement.GetProperty("melding").GetString()!.Contains("regels gelezen", StringComparison.Ordinal))
            {
                break;
            }
        }

        app.Kill(entireProcessTree: true);
        await app.WaitForExitAsync(Ct);
        var (_, nieuwAdres) = await StartAsync(herstart: true);

        using var opnieuw = Client(nieuwAdres);
        using (var login = await Inloggen.PostAsync(opnieuw, "analist@demo.zorginkoop.nl", Zorginkoop.Web.Accounts.DemoAccounts.Wachtwoord))
        {
            Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        }

        var pagina = WebUtility.HtmlDecode(await opnieuw.GetStringAsync(status, Ct));
        Assert.Contains("De import is afgebroken: Zorginkoop stopte voordat hij klaar was (vastgesteld bij de start op ", pagina, StringComparison.Ordinal);
        var lijst = WebUtility.HtmlDecode(await opnieuw.GetStringAsync("/zorgdata", Ct));
        Assert.Contains("Afgebroken, niets opgeslagen", lijst, StringComparison.Ordinal);

        // No file anywhere in the data folder holds a BSN of the upload in clear (the database files included).
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        var gezocht = new[] { bsns[0], bsns[bsns.Count / 2], bsns[^1] }.Select(System.Text.Encoding.ASCII.GetBytes).ToList();
        foreach (var bestand in Directory.EnumerateFiles(map.Pad, "*", SearchOption.AllDirectories))
        {
            byte[] inhoud;
            try
            {
                inhoud = await File.ReadAllBytesAsync(bestand, Ct);
            }
            catch (IOException)
            {
                continue;
            }

            Assert.All(gezocht, bsn => Assert.True(inhoud.AsSpan().IndexOf(bsn) < 0, $"{bestand} bevat een BSN in leesbare vorm."));
        }

        Assert.Empty(Directory.EnumerateFiles(Zorginkoop.Zorgdata.ImportLock.Map(map.Pad), "*.upload"));
    }

    private async Task<List<Inschrijvingseis>> EisenAsync(int aanbesteding)
    {
        await using var db = Context();
        return await EisenBeheer.VanAsync(db, aanbesteding, Ct);
    }
}

public sealed class CrashTestsSqlite : CrashTests
{
    protected override string Provider => DatabaseOptions.Sqlite;

    protected override Task<bool> MaakDatabaseAsync()
    {
        ConnectionString = $"Data Source={Path.Combine(Map, "zorginkoop.db")}";
        return Task.FromResult(true);
    }
}

public sealed class CrashTestsPostgres : CrashTests
{
    private readonly string naam = $"zi_crash_{Guid.NewGuid():N}";

    protected override string Provider => DatabaseOptions.Postgres;

    protected override async Task<bool> MaakDatabaseAsync()
    {
        if (TestEnvironment.PostgresSkipReden() is not null)
        {
            return false;
        }

        ConnectionString = await PostgresServer.MaakDatabaseAsync(naam);
        return true;
    }

    protected override Task VerwijderDatabaseAsync() => ConnectionString.Length == 0 ? Task.CompletedTask : PostgresServer.VerwijderDatabaseAsync(naam);
}
