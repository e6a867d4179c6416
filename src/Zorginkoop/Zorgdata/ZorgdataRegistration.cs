using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Zorginkoop.Data;

namespace Zorginkoop.Zorgdata;

public static class ZorgdataRegistration
{
    /// <param name="isDevelopment">Development may create a pseudonymisation key file on first use.</param>
    public static IServiceCollection AddZorgdata(this IServiceCollection services, IConfiguration configuration, bool isDevelopment)
    {
        services.AddOptions<ZorgdataOptions>().Bind(configuration.GetSection(ZorgdataOptions.Sectie))
            .Validate(o => o.MaxMeldingen is > 0 and <= 100_000, "Zorgdata:MaxMeldingen moet tussen 1 en 100000 liggen.")
            .ValidateOnStart();
        // Created on first use, not at start: an app without care data needs no key.
        services.AddSingleton(sp => PseudoniemSleutelBron.Maak(
            sp.GetRequiredService<IOptions<ZorgdataOptions>>().Value,
            sp.GetRequiredService<IOptions<OpslagOptions>>().Value,
            isDevelopment,
            sp.GetRequiredService<ILoggerFactory>().CreateLogger<Pseudonimisering>()));
        services.AddScoped(sp => new ZorgdataImport(
            sp.GetRequiredService<ZorginkoopDbContext>(),
            sp.GetRequiredService<Pseudonimisering>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<IOptions<ZorgdataOptions>>().Value.MaxMeldingen,
            sp.GetRequiredService<IOptions<OpslagOptions>>().Value.DataMap));
        return services;
    }
}
