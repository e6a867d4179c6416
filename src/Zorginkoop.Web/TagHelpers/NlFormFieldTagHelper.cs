using System.Globalization;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Zorginkoop.Web.TagHelpers;

/// <summary>
/// <c>&lt;nl-form-field asp-for="Input.Naam" label="Naam" /&gt;</c>: a complete NL Design System form field (label,
/// description, error message from ModelState, input) so no page hand-rolls error markup. The input is tied to its
/// description and error with aria-describedby, and marked aria-invalid when the field has an error (WCAG 3.3.1).
/// </summary>
[HtmlTargetElement("nl-form-field", TagStructure = TagStructure.WithoutEndTag)]
public sealed class NlFormFieldTagHelper(IHtmlGenerator generator) : TagHelper
{
    [HtmlAttributeName("asp-for")]
    public required ModelExpression For { get; set; }

    [HtmlAttributeName("asp-items")]
    public IEnumerable<SelectListItem>? Items { get; set; }

    public required string Label { get; set; }

    public string? Beschrijving { get; set; }

    /// <summary>text (default), date, datetime-local, number, email, tel, url, textarea, select, file, password.</summary>
    public string Type { get; set; } = "text";

    /// <summary>Text of the empty first option of a select; none when null.</summary>
    public string? LegeOptie { get; set; }

    public bool Verplicht { get; set; }

    public bool Meervoudig { get; set; }

    public string? Autocomplete { get; set; }

    public string? Inputmode { get; set; }

    [ViewContext]
    [HtmlAttributeNotBound]
    public required ViewContext ViewContext { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var naam = For.Name;
        var id = TagBuilder.CreateSanitizedId(naam, "_");
        var fouten = ViewContext.ViewData.ModelState.TryGetValue(naam, out var entry) ? entry.Errors.Select(e => e.ErrorMessage).ToList() : [];
        var ongeldig = fouten.Count > 0;
        var beschrijvingId = id + "-beschrijving";
        var foutId = id + "-fout";
        var describedBy = string.Join(' ', new[] { Beschrijving is null ? null : beschrijvingId, ongeldig ? foutId : null }.OfType<string>());

        var input = MaakInput(id, ongeldig);
        if (describedBy.Length > 0)
        {
            input.Attributes["aria-describedby"] = describedBy;
        }

        if (ongeldig)
        {
            input.Attributes["aria-invalid"] = "true";
        }

        if (Verplicht)
        {
            // aria-required only: the forms validate on the server (novalidate), and the HTML required attribute
            // would make the Utrecht textbox and textarea show as invalid (:invalid) before anything was typed.
            input.Attributes["aria-required"] = "true";
        }

        if (Autocomplete is not null)
        {
            input.Attributes["autocomplete"] = Autocomplete;
        }

        if (Inputmode is not null)
        {
            input.Attributes["inputmode"] = Inputmode;
        }

        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "utrecht-form-field utrecht-form-field--text utrecht-form-field--distanced" + (ongeldig ? " utrecht-form-field--invalid" : ""));

        var html = output.Content;
        html.AppendHtml($"<div class=\"utrecht-form-field__label\"><label class=\"utrecht-form-label\" for=\"{id}\">");
        html.Append(Label);
        if (!Verplicht && Type is not ("select" or "file") && !Meervoudig)
        {
            html.AppendHtml(" <span class=\"utrecht-form-label__optional\">(niet verplicht)</span>");
        }

        html.AppendHtml("</label></div>");
        if (Beschrijving is not null)
        {
            html.AppendHtml($"<div class=\"utrecht-form-field__description utrecht-form-field-description\" id=\"{beschrijvingId}\">");
            html.Append(Beschrijving);
            html.AppendHtml("</div>");
        }

        if (ongeldig)
        {
            html.AppendHtml($"<div class=\"utrecht-form-field__error-message utrecht-form-field-error-message\" id=\"{foutId}\">");
            html.Append(string.Join(" ", fouten));
            html.AppendHtml("</div>");
        }

        html.AppendHtml("<div class=\"utrecht-form-field__input\">");
        html.AppendHtml(input);
        html.AppendHtml("</div>");
    }

    private TagBuilder MaakInput(string id, bool ongeldig)
    {
        var model = For.Model;
        TagBuilder tag;
        switch (Type)
        {
            case "select":
                tag = generator.GenerateSelect(ViewContext, For.ModelExplorer, LegeOptie, For.Name, Items ?? [], Meervoudig, null);
                tag.AddCssClass("utrecht-select utrecht-select--html-select" + (ongeldig ? " utrecht-select--invalid" : ""));
                break;
            case "textarea":
                tag = generator.GenerateTextArea(ViewContext, For.ModelExplorer, For.Name, 6, 60, null);
                tag.AddCssClass("utrecht-textarea utrecht-textarea--html-textarea" + (ongeldig ? " utrecht-textarea--invalid" : ""));
                break;
            case "file":
                tag = new TagBuilder("input") { TagRenderMode = TagRenderMode.SelfClosing };
                tag.Attributes["type"] = "file";
                tag.Attributes["name"] = For.Name;
                tag.AddCssClass("utrecht-textbox utrecht-textbox--html-input" + (ongeldig ? " utrecht-textbox--invalid" : ""));
                break;
            default:
                var format = Type switch
                {
                    "date" => "{0:yyyy-MM-dd}",
                    "datetime-local" => "{0:yyyy-MM-ddTHH:mm}",
                    _ => null,
                };
                var waarde = ViewContext.ViewData.ModelState.TryGetValue(For.Name, out var s) && s.AttemptedValue is not null
                    ? s.AttemptedValue
                    : model is null ? null : format is null ? Convert.ToString(model, CultureInfo.InvariantCulture) : string.Format(CultureInfo.InvariantCulture, format, model);
                tag = new TagBuilder("input") { TagRenderMode = TagRenderMode.SelfClosing };
                tag.Attributes["type"] = Type;
                tag.Attributes["name"] = For.Name;
                tag.Attributes["value"] = Type == "password" ? "" : waarde ?? "";
                tag.AddCssClass("utrecht-textbox utrecht-textbox--html-input" + (ongeldig ? " utrecht-textbox--invalid" : ""));
                break;
        }

        tag.Attributes["id"] = id;
        return tag;
    }
}
