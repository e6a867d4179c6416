namespace Zorginkoop.Web.Infrastructure;

/// <summary>
/// Security headers on every response (ADR /core/transport/security-headers). The pages use no inline script or style,
/// so the content security policy allows only the app's own origin.
/// </summary>
public sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            var h = context.Response.Headers;
            h["Content-Security-Policy"] = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'";
            h["X-Content-Type-Options"] = "nosniff";
            h["X-Frame-Options"] = "DENY";
            // A page with a secret in its address (an invitation, a password reset) sets no-referrer itself.
            h.TryAdd("Referrer-Policy", "same-origin");
            h["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
            return Task.CompletedTask;
        });
        return next(context);
    }
}
