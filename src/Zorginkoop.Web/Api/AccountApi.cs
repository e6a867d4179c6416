using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Zorginkoop.Accounts;

namespace Zorginkoop.Web.Api;

/// <summary>Login for API clients: the same accounts as the web, answered with a bearer token (ASP.NET Core Identity).</summary>
public static class AccountApi
{
    /// <param name="Tweestapscode">The code from the authenticator app, for an account that logs in in two steps.</param>
    public sealed record InloggenVerzoek(string Email, string Wachtwoord, string? Tweestapscode = null);

    public sealed record VernieuwenVerzoek(string RefreshToken);

    public static void MapAccountApi(this RouteGroupBuilder api)
    {
        var groep = api.MapGroup("/account").WithTags("Account").AllowAnonymous();

        groep.MapPost("/_inloggen", InloggenAsync)
            .WithSummary("Inloggen: geeft een bearer-token")
            .Produces<AccessTokenResponse>()
            .ProducesProblem(StatusCodes.Status401Unauthorized);

        groep.MapPost("/_vernieuwen", VernieuwenAsync)
            .WithSummary("Een nieuw bearer-token met het vernieuwingstoken")
            .Produces<AccessTokenResponse>()
            .ProducesProblem(StatusCodes.Status401Unauthorized);
    }

    public static async Task<Results<EmptyHttpResult, ProblemHttpResult>> InloggenAsync(InloggenVerzoek verzoek, SignInManager<Gebruiker> signIn)
    {
        // The bearer handler writes the token response (tokenType, accessToken, expiresIn, refreshToken).
        signIn.AuthenticationScheme = IdentityConstants.BearerScheme;
        var r = await Accounts.PasswordLogin.ProbeerAsync(signIn, verzoek.Email ?? "", verzoek.Wachtwoord ?? "");
        if (r.RequiresTwoFactor)
        {
            if (string.IsNullOrWhiteSpace(verzoek.Tweestapscode))
            {
                return TypedResults.Problem("Dit account logt in in twee stappen: geef ook 'tweestapscode', de code uit de authenticator-app.",
                    statusCode: StatusCodes.Status401Unauthorized, title: "Tweede stap nodig");
            }

            // Identity keeps the first step on this SignInManager for a bearer login (as its own MapIdentityApi does).
            r = await signIn.TwoFactorAuthenticatorSignInAsync(verzoek.Tweestapscode.Replace(" ", "", StringComparison.Ordinal), isPersistent: false, rememberClient: false);
        }

        return r.Succeeded
            ? TypedResults.Empty
            : TypedResults.Problem(Accounts.PasswordLogin.Mislukt, statusCode: StatusCodes.Status401Unauthorized, title: "Inloggen mislukt");
    }

    public static async Task<Results<SignInHttpResult, ProblemHttpResult>> VernieuwenAsync(VernieuwenVerzoek verzoek, SignInManager<Gebruiker> signIn,
        IOptionsMonitor<BearerTokenOptions> opties, TimeProvider tijd)
    {
        var ticket = opties.Get(IdentityConstants.BearerScheme).RefreshTokenProtector.Unprotect(verzoek.RefreshToken);
        // A refresh token is refused once it has expired or the account's security stamp changed (password, lockout).
        if (ticket?.Properties.ExpiresUtc is not { } verloopt || tijd.GetUtcNow() >= verloopt
            || await signIn.ValidateSecurityStampAsync(ticket.Principal) is not { } gebruiker)
        {
            return TypedResults.Problem("Het vernieuwingstoken is ongeldig of verlopen; log opnieuw in.", statusCode: StatusCodes.Status401Unauthorized, title: "Niet ingelogd");
        }

        // The new token keeps how the first one was got ("amr": pwd or mfa): the two-step rule (TweestapsVerplicht) reads it.
        var principal = await signIn.CreateUserPrincipalAsync(gebruiker);
        if (ticket.Principal.FindFirst("amr") is { } amr && principal.Identity is System.Security.Claims.ClaimsIdentity identiteit)
        {
            identiteit.AddClaim(new System.Security.Claims.Claim("amr", amr.Value));
        }

        return TypedResults.SignIn(principal, authenticationScheme: IdentityConstants.BearerScheme);
    }
}
