/* The complaint form: progressive enhancement only; the form works without this file.
 * - Moves focus to the error summary after a failed step, so screen readers announce it.
 * - Keeps a second click on a submit button from sending the form twice (the server is
 *   idempotent anyway: a resubmitted draft gives the same henvendelse). */
"use strict";

(function () {
  var summary = document.getElementById("error-summary");
  if (summary) {
    summary.focus();
  }
  var forms = document.querySelectorAll("form.intake-form");
  // A page restored from the back/forward cache must be submittable again.
  window.addEventListener("pageshow", function () {
    forms.forEach(function (form) { delete form.dataset.submitted; });
  });
  forms.forEach(function (form) {
    form.addEventListener("submit", function (event) {
      if (form.dataset.submitted === "true") {
        event.preventDefault();
        return;
      }
      form.dataset.submitted = "true";
    });
  });
})();
