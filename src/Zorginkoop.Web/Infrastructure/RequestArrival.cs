namespace Zorginkoop.Web.Infrastructure;

/// <summary>
/// The moment a request arrived: the clock is read once, as the first thing the pipeline does, before any lock, queue
/// or upload is waited for. Every check of a deadline, every stored time, the receipt and the message of that request
/// use this one moment (Aanbestedingswet 2.71: a bid is on time when it is received before the deadline; how long the
/// server then takes to store it is the server's business, not the provider's).
/// </summary>
public sealed record RequestArrival(DateTimeOffset Moment);

public static class RequestArrivalRegistration
{
    /// <summary>First in the pipeline: reads the clock once per request.</summary>
    public static IApplicationBuilder UseRequestArrival(this IApplicationBuilder app)
    {
        var tijd = app.ApplicationServices.GetRequiredService<TimeProvider>();
        return app.Use((context, next) =>
        {
            context.Features.Set(new RequestArrival(tijd.GetUtcNow()));
            return next(context);
        });
    }

    /// <summary>The moment this request arrived (<see cref="UseRequestArrival"/>).</summary>
    public static DateTimeOffset RequestArrival(this HttpContext context) =>
        context.Features.Get<RequestArrival>()?.Moment
        ?? throw new InvalidOperationException("UseRequestArrival staat niet vooraan in de pipeline: dit verzoek heeft geen aankomstmoment.");
}
