// The status page of a care data import (Pages/Zorgdata/Status.cshtml): asks for the progress every 2 seconds and
// updates the text and the progress bar in place, and loads the page again once the import is done, to show its
// result. Announces to screen readers only when the import moves on (waiting, each ten per cent read, storing),
// not every line count. A page that reloads itself on a timer is what WCAG 2.2.1 rules out; without script the page
// has a link to refresh it by hand.
"use strict";

document.addEventListener("DOMContentLoaded", () => {
  const vak = document.querySelector("[data-import-voortgang]");
  if (!vak) {
    return;
  }

  const melding = vak.querySelector("[data-import-melding]");
  const aankondiging = document.querySelector("[data-import-aankondiging]");
  vak.querySelector("[data-import-vernieuwen]").hidden = true;
  let stap = null;

  const balk = vak.querySelector("progress");
  const zetBalk = (procent) => {
    // Without a value attribute the bar is indeterminate: the count no longer tells how far the import is.
    if (procent === null) {
      balk.removeAttribute("value");
      balk.textContent = "Bezig";
    } else {
      balk.value = procent;
      balk.textContent = procent + " %";
    }
  };

  const vraag = async () => {
    let v;
    try {
      const antwoord = await fetch(vak.dataset.importVoortgang, { headers: { Accept: "application/json" }, credentials: "same-origin" });
      if (!antwoord.ok || !(antwoord.headers.get("Content-Type") || "").includes("json")) {
        // Logged out, or the app restarted (the progress lives in its memory): the page itself says which.
        location.reload();
        return;
      }
      v = await antwoord.json();
    } catch {
      // The network or the app is away for a moment: try again a little later.
      setTimeout(vraag, 5000);
      return;
    }
    if (v.klaar) {
      location.reload();
      return;
    }
    melding.textContent = v.melding;
    zetBalk(v.procent);
    const nu = v.opslaan ? "opslaan" : v.procent === null ? "bezig" : "lezen " + Math.floor(v.procent / 10);
    if (nu !== stap) {
      stap = nu;
      aankondiging.textContent = v.melding;
    }
    setTimeout(vraag, 2000);
  };

  setTimeout(vraag, 2000);
});
