using System.Globalization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Localization;
using Zorginkoop.Audit;
using Zorginkoop.Data;
using Zorginkoop.Demo;
using Zorginkoop.Inschrijvingen;
using Zorginkoop.Web.Accounts;
using Zorginkoop.Web.Achtergrond;
using Zorginkoop.Web.Api;
using Zorginkoop.Web.Pages.Catalogus;
using Zorginkoop.Web.Pages.Documenten;
using Zorginkoop.Web.Pages.Inkooptrajecten;
using Zorginkoop.Web.Pages.Monitor;
using Zorginkoop.Web.Pages.Zorgdata;
using Zorginkoop.Zorgdata;

namespace Zorginkoop.Web.Infrastructure;

public static class WebRegistration
{
    public static WebApplicationBuilder AddZorginkoopWeb(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        if (!builder.Environment.IsDevelopment())
        {
            // Structured logs: one JSON object per event, ready for a log collector.
            builder.Logging.ClearProviders();
            builder.Logging.AddJsonConsole(o => o.IncludeScopes = true);
        }

        services.AddSingleton(TimeProvider.System);
        services.AddHttpContextAccessor();
        services.AddScoped<ICurrentUser, HttpCurrentUser>();
        services.AddZorginkoopDatabase(builder.Configuration);
        services.AddZorgdata(builder.Configuration, builder.Environment.IsDevelopment());
        services.AddAudit(builder.Configuration, builder.Environment.IsDevelopment());
        services.AddHostedService<AuditAnchorJob>();
        services.AddSingleton<ImportQueue>();
        services.AddHostedService<ImportWorker>();
        services.AddHostedService<SluitingsmomentJob>();
        services.AddHostedService<OcdsKalenderJob>();
        services.AddHostedService<MonitorWarmup>();
        services.AddOptions<Zorginkoop.Meldingen.MeldingenOptions>().Bind(builder.Configuration.GetSection(Zorginkoop.Meldingen.MeldingenOptions.Sectie))
            .ValidateDataAnnotations()
            .Validate(o => o.Kanaal != Zorginkoop.Meldingen.MeldingenOptions.KanaalSmtp || !string.IsNullOrWhiteSpace(o.Smtp.Host),
                "Meldingen:Kanaal is 'smtp' maar Meldingen:Smtp:Host is leeg.")
            .ValidateOnStart();
        services.AddHostedService<MeldingenJob>();
        // Webhooks: http URLs only in Development (issue 17), on by default there and refused at start elsewhere.
        services.AddOptions<Zorginkoop.Webhooks.WebhookOptions>()
            .Configure(o => o.HttpToestaan = builder.Environment.IsDevelopment())
            .Bind(builder.Configuration.GetSection(Zorginkoop.Webhooks.WebhookOptions.Sectie))
            .Validate(o => !o.HttpToestaan || builder.Environment.IsDevelopment(),
                "Webhooks:HttpToestaan staat aan buiten Development. Een webhook gebruikt https (de berichten en hun handtekening gaan anders onversleuteld); zet de instelling uit.")
            .ValidateOnStart();
        services.AddHttpClient(WebhookJob.HttpClientNaam)
            .ConfigurePrimaryHttpMessageHandler(sp => Zorginkoop.Webhooks.WebhookBezorger.Handler(
                sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<Zorginkoop.Webhooks.WebhookOptions>>().Value));
        services.AddHostedService<WebhookJob>();
        services.AddMemoryCache();
        services.AddOpenbarePaginaCache(builder.Configuration);
        services.AddScoped<WerkTeller>();
        services.AddOptions<Zorginkoop.Contracten.ContractOptions>().Bind(builder.Configuration.GetSection(Zorginkoop.Contracten.ContractOptions.Sectie))
            .ValidateDataAnnotations().ValidateOnStart();
        services.AddDataProtection().SetApplicationName("Zorginkoop").PersistKeysToDbContext<ZorginkoopDbContext>();
        services.AddSingleton(sp => new Kluis(sp.GetRequiredService<IDataProtectionProvider>(),
            sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<OpslagOptions>>().Value.DataMap));
        services.AddZorginkoopAccounts(builder.Configuration, builder.Environment);
        services.AddZorginkoopApi();
        services.AddHealthChecks().AddDbContextCheck<ZorginkoopDbContext>("database");
        services.AddRazorPages(o =>
            {
                // Edit pages share their page with the create route.
                o.Conventions.AddPageRoute("/Catalogus/ProductBewerken", "/catalogus/{regio}/producten/{id:int}/bewerken");
                o.Conventions.AddPageRoute("/Catalogus/TariefBewerken", "/catalogus/{regio}/producten/{productId:int}/tarieven/{tariefId:int}/bewerken");
                o.Conventions.AddPageRoute("/Catalogus/SegmentBewerken", "/catalogus/{regio}/segmenten/{id:int}/bewerken");
                o.Conventions.AddPageRoute("/Catalogus/RegioBewerken", "/catalogus/{regio}/bewerken");
                o.Conventions.AddPageRoute("/Zorgaanbieders/Bewerken", "/zorgaanbieders/{id:int}/bewerken");
                o.Conventions.AddPageRoute("/Inkooptrajecten/Bewerken", "/inkooptrajecten/{id:int}/bewerken");
                o.Conventions.AddPageRoute("/Inkooptrajecten/BerichtBewerken", "/inkooptrajecten/{id:int}/updates/{berichtId:int}/bewerken");
                o.Conventions.AddPageRoute("/Inkooptrajecten/BijeenkomstBewerken", "/inkooptrajecten/{id:int}/bijeenkomsten/{bijeenkomstId:int}/bewerken");
                o.Conventions.AddPageRoute("/Aanbestedingen/Bewerken", "/aanbestedingen/{id:int}/bewerken");
                o.Conventions.ConfigureFilter(new UnknownHandlerFilter());
                o.Conventions.ConfigureFilter(new RegioHuisstijlFilter());
            })
            .AddMvcOptions(o => DutchModelBindingMessages.Zet(o.ModelBindingMessageProvider));
        services.Configure<RequestLocalizationOptions>(o =>
        {
            var nl = new CultureInfo("nl-NL");
            o.DefaultRequestCulture = new RequestCulture(nl);
            o.SupportedCultures = [nl];
            o.SupportedUICultures = [nl];
            o.RequestCultureProviders.Clear();
        });
        services.Configure<ForwardedHeadersOptions>(o => o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto);
        services.AddAntiforgery(o => o.Cookie.Name = "zi-antiforgery");
        services.AddRouting(o => o.LowercaseUrls = true);
        return builder;
    }

    public static WebApplication UseZorginkoopWeb(this WebApplication app)
    {
        app.UseRequestArrival();
        app.UseForwardedHeaders();
        app.UseApiVersionHeader();
        if (!app.Environment.IsDevelopment())
        {
            // The API answers errors as problem+json (IProblemDetailsService); pages show the Dutch error page.
            app.UseWhen(ApiRegistration.IsApi, api => api.UseExceptionHandler());
            app.UseWhen(c => !ApiRegistration.IsApi(c), web => web.UseExceptionHandler("/fout"));
            app.UseHsts();
        }

        app.UseWhen(ApiRegistration.IsApi, api => api.UseStatusCodePages());
        app.UseWhen(c => !ApiRegistration.IsApi(c), web => web.UseStatusCodePagesWithReExecute("/fout/{0}"));
        app.UseMiddleware<DatabaseBusyMiddleware>();
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseRequestLocalization();
        app.UseStaticFiles();
        app.UseRouting();
        app.UseCors();
        app.UseAuthentication();
        app.UseTweestapsVerplicht();
        app.UseAuthorization();
        // After authentication: the output cache must see who is logged in, and stores only anonymous answers.
        app.UseOutputCache();
        WerkTeller.UseWerkTeller(app);
        app.MapHealthChecks("/health", new() { ResponseWriter = HealthResponse.SchrijfJson }).AllowAnonymous();
        app.MapRazorPages();
        app.MapZorginkoopApi();
        app.MapCatalogusExport();
        app.MapRegioHuisstijl();
        app.MapMonitorExport();
        app.MapZorgdataUpload();
        app.MapDocumentDownload();
        app.MapInkooptrajectFeeds();
        app.MapExternalLogin();
        return app;
    }

    /// <summary>Migrate, load reference data, and demo data and demo accounts where configured.</summary>
    public static async Task InitializeAsync(this WebApplication app)
    {
        await DatabaseInitialization.InitializeAsync(app.Services);
        var demo = app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<OpslagOptions>>().Value.DemoDataLaden;
        if (demo)
        {
            await using var scope = app.Services.CreateAsyncScope();
            var sp = scope.ServiceProvider;
            await DemoInschrijvingen.LoadAsync(sp.GetRequiredService<ZorginkoopDbContext>(), sp.GetRequiredService<Kluis>(), sp.GetRequiredService<TimeProvider>().GetUtcNow());
        }

        await DemoAccounts.AanmakenAlsIngesteldAsync(app.Services);
        if (demo)
        {
            await using var scope = app.Services.CreateAsyncScope();
            var r = await DemoZorgdata.LoadAsync(scope.ServiceProvider.GetRequiredService<ZorgdataImport>());
            if (r is { Gelukt: false })
            {
                throw new InvalidOperationException("Demozorgdata laden mislukt: " + string.Join("; ", r.Meldingen));
            }
        }
    }
}
