using System.Security.Claims;
using Zorginkoop.Accounts;

namespace Zorginkoop.Web.Accounts;

/// <summary>
/// Two-step login is required for those who manage accounts (beheerder, systeembeheerder; issue 15): after a password
/// login without it, they can only set it up (or log out) before anything else. A login through the organisation's
/// identity provider or eHerkenning brings that provider's own second factor and is not asked again. The demo's
/// accounts, whose passwords are public and which never run in Production, are left free.
/// </summary>
public static class TweestapsVerplicht
{
    public const string Instellen = "/account/tweestaps";

    /// <summary>What such a person may still reach: setting it up, logging out, the error pages.</summary>
    private static readonly string[] Vrij = [Instellen, "/uitloggen", "/fout"];

    public static bool Geldt(ClaimsPrincipal user, bool demoAccounts) =>
        user.Identity?.IsAuthenticated == true
        && Rollen.AccountBeheer.Any(user.IsInRole)
        // Identity marks a password login "pwd" (a two-step one "mfa"); an external login carries its scheme's name.
        && user.FindFirstValue("amr") == "pwd"
        && !user.HasClaim(Policies.TweestapsClaim, "aan")
        && !DemoVrij(user.Identity.Name, demoAccounts);

    /// <summary>A demo account (public password, never in Production) while the demo accounts are on: free of the rule.</summary>
    public static bool DemoVrij(string? email, bool demoAccounts) =>
        demoAccounts && email?.EndsWith(DemoAccounts.Domein, StringComparison.OrdinalIgnoreCase) == true;

    /// <summary>After authentication: a page request goes to the set-up page, an API request gets 403 with the reason.</summary>
    public static IApplicationBuilder UseTweestapsVerplicht(this IApplicationBuilder app)
    {
        var demo = app.ApplicationServices.GetRequiredService<IConfiguration>().GetValue<bool>("Zorginkoop:DemoAccounts");
        return app.Use(async (context, next) =>
        {
            var pad = context.Request.Path;
            if (!Geldt(context.User, demo) || Vrij.Any(v => pad.StartsWithSegments(v, StringComparison.OrdinalIgnoreCase)))
            {
                await next(context);
                return;
            }

            if (Api.ApiRegistration.IsApi(context))
            {
                await Results.Problem("Voor beheerders is inloggen in twee stappen verplicht. Zet het aan op /account/tweestaps en log opnieuw in.",
                    statusCode: StatusCodes.Status403Forbidden, title: "Inloggen in twee stappen vereist").ExecuteAsync(context);
                return;
            }

            context.Response.Redirect($"{Instellen}?returnUrl={Uri.EscapeDataString(pad + context.Request.QueryString)}");
        });
    }
}
