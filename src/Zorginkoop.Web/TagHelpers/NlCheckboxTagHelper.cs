using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Zorginkoop.Web.TagHelpers;

/// <summary>
/// <c>&lt;nl-checkbox asp-for="Input.Openbaar" label="Openbaar" /&gt;</c>: an NL Design System checkbox bound to a
/// bool. A hidden "false" follows the box, so an unticked box posts false (as MVC's own checkbox helper does).
/// </summary>
[HtmlTargetElement("nl-checkbox", TagStructure = TagStructure.WithoutEndTag)]
public sealed class NlCheckboxTagHelper : TagHelper
{
    [HtmlAttributeName("asp-for")]
    public required ModelExpression For { get; set; }

    public required string Label { get; set; }

    public string? Beschrijving { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var naam = For.Name;
        var id = Microsoft.AspNetCore.Mvc.Rendering.TagBuilder.CreateSanitizedId(naam, "_");
        var aan = For.Model is true;
        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "utrecht-form-field utrecht-form-field--checkbox utrecht-form-field--distanced");
        var html = output.Content;
        // The input sits inside its label, in the label's grid area (the markup of the Utrecht checkbox form field).
        html.AppendHtml($"<div class=\"utrecht-form-field__label utrecht-form-field__label--checkbox\"><label class=\"utrecht-form-label utrecht-form-label--checkbox\" for=\"{id}\">");
        html.AppendHtml($"<input class=\"utrecht-form-field__input utrecht-checkbox utrecht-checkbox--html-input\" type=\"checkbox\" id=\"{id}\" name=\"{naam}\" value=\"true\"");
        if (aan)
        {
            html.AppendHtml(" checked");
        }

        if (Beschrijving is not null)
        {
            html.AppendHtml($" aria-describedby=\"{id}-beschrijving\"");
        }

        html.AppendHtml(" />");
        html.Append(Label);
        html.AppendHtml($"</label></div><input type=\"hidden\" name=\"{naam}\" value=\"false\" />");
        if (Beschrijving is not null)
        {
            html.AppendHtml($"<div class=\"utrecht-form-field__description utrecht-form-field-description\" id=\"{id}-beschrijving\">");
            html.Append(Beschrijving);
            html.AppendHtml("</div>");
        }
    }
}
