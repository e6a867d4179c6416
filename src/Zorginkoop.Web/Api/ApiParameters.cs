using System.Reflection;
using Microsoft.AspNetCore.Mvc;

namespace Zorginkoop.Web.Api;

/// <summary>
/// A read with a query parameter the operation does not know is refused (400, code <c>api.parameter-onbekend</c>)
/// instead of answered without it: <c>?gemeentecode=0632</c> for <c>?gemeente=0632</c> would otherwise return every
/// municipality and look like an answer (issue 17, "unknown filters"). The known names are read once per endpoint from
/// its handler's parameters, those of an <c>[AsParameters]</c> type included.
/// </summary>
public static class ApiParameters
{
    public static EndpointFilterDelegate Filter(EndpointFilterFactoryContext context, EndpointFilterDelegate next)
    {
        // A route value's name (id) counts as known too: harmless, and the route pattern is not at hand here.
        var bekend = context.MethodInfo.GetParameters().SelectMany(p => Namen(p.Name ?? "", p.ParameterType, p)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var lijst = string.Join(", ", bekend.Order(StringComparer.Ordinal));
        return async invocation =>
        {
            var http = invocation.HttpContext;
            if (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method))
            {
                var onbekend = http.Request.Query.Keys.Where(k => !bekend.Contains(k)).Order(StringComparer.Ordinal).ToList();
                if (onbekend.Count > 0)
                {
                    return ApiProblems.Validatie(onbekend.Select(k => new Weigering("api.parameter-onbekend", k,
                        $"Onbekende parameter '{k}'. " + (bekend.Count == 0 ? "Deze bewerking kent geen parameters." : $"Deze bewerking kent: {lijst}."))));
                }
            }

            return await next(invocation);
        };
    }

    private static IEnumerable<string> Namen(string naam, Type type, ICustomAttributeProvider bron)
    {
        if (bron.IsDefined(typeof(AsParametersAttribute), false))
        {
            return type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite || IsRecordParameter(type, p.Name))
                .SelectMany(p => Namen(p.Name, p.PropertyType, p));
        }

        if (bron.GetCustomAttributes(typeof(FromQueryAttribute), false).OfType<FromQueryAttribute>().FirstOrDefault() is { } query)
        {
            return [query.Name ?? naam];
        }

        if (bron.IsDefined(typeof(FromRouteAttribute), false) || bron.IsDefined(typeof(FromBodyAttribute), false)
            || bron.IsDefined(typeof(FromServicesAttribute), false) || bron.IsDefined(typeof(FromHeaderAttribute), false) || !Eenvoudig(type))
        {
            return [];
        }

        return [naam];
    }

    /// <summary>A positional record's constructor parameter is bound by name, though its property has only an init accessor.</summary>
    private static bool IsRecordParameter(Type type, string naam) =>
        type.GetConstructors().Any(c => c.GetParameters().Any(p => string.Equals(p.Name, naam, StringComparison.OrdinalIgnoreCase)));

    /// <summary>What minimal APIs bind from the query string (or the route) without being told: strings, numbers, dates, enums.</summary>
    private static bool Eenvoudig(Type type)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        return t.IsPrimitive || t.IsEnum || t == typeof(string) || t == typeof(decimal) || t == typeof(DateOnly) || t == typeof(DateTime)
            || t == typeof(DateTimeOffset) || t == typeof(Guid) || t == typeof(TimeOnly) || (t.IsArray && Eenvoudig(t.GetElementType()!));
    }
}
