using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Zorginkoop.Data;

namespace Zorginkoop.Audit;

public static class AuditRegistration
{
    /// <summary>The audit key and the anchors, for the web app and the CLI alike.</summary>
    /// <param name="isDevelopment">Development may create a key file in the data folder; elsewhere a missing key stops the start.</param>
    public static IServiceCollection AddAudit(this IServiceCollection services, IConfiguration configuration, bool isDevelopment)
    {
        services.AddOptions<AuditOptions>().Bind(configuration.GetSection(AuditOptions.Sectie));
        services.AddSingleton(sp => AuditKey.Laad(
            sp.GetRequiredService<IOptions<AuditOptions>>().Value,
            sp.GetRequiredService<IOptions<OpslagOptions>>().Value,
            isDevelopment,
            sp.GetRequiredService<ILoggerFactory>().CreateLogger<AuditKey>()));
        services.AddSingleton(sp => new Auditankers(
            sp.GetRequiredService<IOptions<OpslagOptions>>().Value.DataMap,
            sp.GetRequiredService<AuditKey>(),
            sp.GetRequiredService<ILoggerFactory>().CreateLogger<Auditankers>()));
        return services;
    }
}
