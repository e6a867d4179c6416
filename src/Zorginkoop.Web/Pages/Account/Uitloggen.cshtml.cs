using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zorginkoop.Accounts;

namespace Zorginkoop.Web.Pages.Account;

[AllowAnonymous]
public class UitloggenModel(SignInManager<Gebruiker> signIn) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await signIn.SignOutAsync();
        TempData["Melding"] = "U bent uitgelogd.";
        return RedirectToPage("/Index");
    }
}
